import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Backend } from '../database.ts';
import type { Database } from '../tables/database.ts';
import { parseQuery } from './parse-query.ts';
import type { SearchRequest } from './search-request.ts';
import { whereClause } from './search-sql.ts';

/** Article fields every export row carries. */
interface ExportArticleFields {
  id: number;
  url: string;
  /** ISO 8601 in UTC with milliseconds, formatted by the database. */
  published_at: string | null;
  source_id: string | null;
  title: string;
  extractor_version: string;
  classifier_version: string;
}

/**
 * One article of the wide layout, its tags already folded by the database into `; `-joined code
 * lists (provinces first by primary, then confidence), so no tag row reaches JavaScript.
 */
export interface WideRecord extends ExportArticleFields {
  sapo: string;
  text: string;
  author: string | null;
  section: string | null;
  relevant: boolean;
  relevance: number;
  fingerprint: string;
  primary_province: string | null;
  provinces: string | null;
  /** Today's unit of each named province, in the same order; may repeat a unit. */
  provinces_current: string | null;
  countries: string | null;
  activities: string | null;
}

/**
 * One tag of the long layout with its article's fields; an article without tags gives one record
 * with `kind` null, so that keyset paging sees every article.
 */
export interface LongRecord extends ExportArticleFields {
  kind: string | null;
  code: string | null;
  current_code: string | null;
  is_primary: boolean | null;
  via: string | null;
  confidence: number | null;
  method: string | null;
  /** The spans' texts joined with `; `. */
  evidence_text: string | null;
  /** The evidence as stored, as JSON text (not parsed: the export writes it as it is). */
  evidence: string | null;
}

export type ExportLayout = 'wide' | 'long';

/** The database to export from; the engine decides how rows are streamed. */
export interface ExportSource {
  db: Kysely<Database>;
  backend: Backend;
}

/**
 * Rows per database round trip on PostgreSQL. @defaultValue 100
 *
 * Small on purpose: a row then dies young, before V8's next minor collection, instead of being
 * promoted and piling up until a full one (at 500 rows a JSONL export peaked near 250 MB of RSS,
 * at 100 near 150 MB; throughput the same).
 */
export const EXPORT_BATCH_SIZE = 100;

/**
 * Articles per keyset page on PGlite. @defaultValue 1000
 *
 * Each page is a query of its own, planned and decoded in-process: 1000 exported 9,900 rows/s where
 * 100 gave 6,200 (300,000 articles), for about the same peak memory, which PGlite's heap dominates.
 */
export const PGLITE_EXPORT_BATCH_SIZE = 1_000;

/** Rows per round trip when the caller does not choose. */
export function defaultExportBatchSize(backend: Backend): number {
  return backend === 'postgres' ? EXPORT_BATCH_SIZE : PGLITE_EXPORT_BATCH_SIZE;
}

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

const ARTICLE_COLUMNS =
  sql.raw(`a.id, a.url, to_char(a.published_at at time zone 'UTC', ${ISO_UTC}) as published_at,
  a.source_id, a.title, a.extractor_version, a.classifier_version`);

// The tag order of the article view: primary first, then by confidence.
const TAG_ORDER = sql.raw(`t.is_primary desc, t.confidence desc, t.code`);

function wideSelect(where: RawBuilder<boolean>): RawBuilder<WideRecord> {
  return sql<WideRecord>`
    select ${ARTICLE_COLUMNS}, a.sapo, a.text, a.author, a.section, a.relevant, a.relevance, a.fingerprint,
      g.primary_province, g.provinces, g.provinces_current, g.countries, g.activities
    from articles a
    left join lateral (
      select
        (array_agg(t.code order by ${TAG_ORDER}) filter (where t.kind = 'province' and t.is_primary))[1] as primary_province,
        string_agg(t.code, '; ' order by ${TAG_ORDER}) filter (where t.kind = 'province') as provinces,
        string_agg(coalesce(t.current_code, t.code), '; ' order by ${TAG_ORDER}) filter (where t.kind = 'province')
          as provinces_current,
        string_agg(t.code, '; ' order by ${TAG_ORDER}) filter (where t.kind = 'country') as countries,
        string_agg(t.code, '; ' order by ${TAG_ORDER}) filter (where t.kind = 'activity') as activities
      from article_tags t
      where t.article_id = a.id
    ) g on true
    where ${where}`;
}

function longSelect(articles: RawBuilder<unknown>): RawBuilder<LongRecord> {
  return sql<LongRecord>`
    select a.*, t.kind, t.code, t.current_code, t.is_primary, t.via, t.confidence, t.method,
      case when jsonb_typeof(t.evidence) = 'array' then coalesce(
        (select string_agg(coalesce(e.span ->> 'text', ''), '; ' order by e.n)
         from jsonb_array_elements(t.evidence) with ordinality as e(span, n)), '') end as evidence_text,
      case when jsonb_typeof(t.evidence) = 'array' then t.evidence::text when t.id is not null then '[]' end as evidence
    from (${articles}) a
    left join article_tags t on t.article_id = a.id`;
}

const LONG_ORDER = sql.raw(`e.id, e.kind, e.is_primary desc, e.confidence desc, e.code`);

/**
 * Every article matching the search filters (or, in the long layout, every tag of them), in id
 * order, streamed so that memory stays the same whatever the size of the export.
 *
 * PostgreSQL: one query read through a cursor, `batchSize` rows at a time, in a read-only
 * transaction (one snapshot for the whole file). PGlite: keyset batches (`id > last`), because its
 * single connection must not be held between batches (a long download would stop the API), and its
 * driver would load a cursor's whole result at once.
 */
export function streamExportRecords(
  source: ExportSource,
  request: SearchRequest,
  layout: 'wide',
  batchSize?: number,
): AsyncGenerator<WideRecord>;
export function streamExportRecords(
  source: ExportSource,
  request: SearchRequest,
  layout: 'long',
  batchSize?: number,
): AsyncGenerator<LongRecord>;
export async function* streamExportRecords(
  source: ExportSource,
  request: SearchRequest,
  layout: ExportLayout,
  batchSize = defaultExportBatchSize(source.backend),
): AsyncGenerator<WideRecord | LongRecord> {
  const where = whereClause(request, parseQuery(request.q));
  if (source.backend === 'postgres') yield* streamWithCursor(source.db, where, layout, batchSize);
  else yield* streamByKeyset(source.db, where, layout, batchSize);
}

async function* streamWithCursor(
  db: Kysely<Database>,
  where: RawBuilder<boolean>,
  layout: ExportLayout,
  batchSize: number,
): AsyncGenerator<WideRecord | LongRecord> {
  const trx = await db.startTransaction().setAccessMode('read only').execute();
  let committed = false;
  try {
    // A cursor is read from its first row. Left alone, the planner reads a broad export by a
    // sequential scan and sorts all of it (hundreds of MB, spilled to disk) before the first row;
    // without sequential scans it walks the primary key in order, while a narrow filter still uses
    // its own index and sorts only what matched (a 13k-row text filter on 300k articles: 1.1 s,
    // against 5.8 s with sorts forbidden instead).
    await sql`set local enable_seqscan = off`.execute(trx);
    // Compiling the lateral aggregates costs more than it saves on a plain scan.
    await sql`set local jit = off`.execute(trx);
    const records: AsyncIterable<WideRecord | LongRecord> =
      layout === 'wide'
        ? trx
            .selectFrom(sql<WideRecord>`(${wideSelect(where)})`.as('e'))
            .selectAll()
            .orderBy(sql`e.id`)
            .stream(batchSize)
        : trx
            .selectFrom(
              sql<LongRecord>`(${longSelect(sql`select ${ARTICLE_COLUMNS} from articles a where ${where}`)})`.as(
                'e',
              ),
            )
            .selectAll()
            .orderBy(LONG_ORDER)
            .stream(batchSize);
    for await (const record of readAhead(records, batchSize)) {
      // bigint: a string from the cursor, which does not use the pool's type parsers.
      record.id = Number(record.id);
      yield record;
    }
    await trx.commit().execute();
    committed = true;
  } finally {
    // Also when the reader stops early (a closed download): the cursor is closed by then.
    if (!committed)
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
  }
}

async function* streamByKeyset(
  db: Kysely<Database>,
  where: RawBuilder<boolean>,
  layout: ExportLayout,
  batchSize: number,
): AsyncGenerator<WideRecord | LongRecord> {
  let afterId = 0;
  for (;;) {
    const page = sql<boolean>`${where} and a.id > ${afterId}`;
    const query =
      layout === 'wide'
        ? sql<WideRecord>`select * from (${wideSelect(page)} order by a.id limit ${batchSize}) e order by e.id`
        : sql<LongRecord>`select * from (${longSelect(
            sql`select ${ARTICLE_COLUMNS} from articles a where ${page} order by a.id limit ${batchSize}`,
          )}) e order by ${LONG_ORDER}`;
    const { rows } = await query.execute(db);
    let articles = 0;
    for (const record of rows) {
      record.id = Number(record.id);
      if (record.id !== afterId) articles++;
      afterId = record.id;
      yield record;
    }
    if (articles < batchSize) return;
  }
}

/**
 * Pulls from `source` into a queue of up to `capacity` items while the consumer works through
 * what is already there, so the next slice of a cursor is fetched while this one is formatted.
 */
async function* readAhead<T>(source: AsyncIterable<T>, capacity: number): AsyncGenerator<T> {
  const queue: T[] = [];
  let finished = false;
  let failure: { error: unknown } | undefined;
  let stopped = false;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const wake = (which: 'consumer' | 'producer') => {
    const resume = which === 'consumer' ? wakeConsumer : wakeProducer;
    if (which === 'consumer') wakeConsumer = undefined;
    else wakeProducer = undefined;
    resume?.();
  };
  const producer = (async () => {
    try {
      for await (const item of source) {
        queue.push(item);
        wake('consumer');
        if (stopped) return;
        if (queue.length >= capacity) await new Promise<void>((resolve) => (wakeProducer = resolve));
        if (stopped) return;
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      wake('consumer');
    }
  })();
  try {
    for (;;) {
      if (queue.length > 0) {
        const item = queue.shift()!;
        if (queue.length < capacity) wake('producer');
        yield item;
      } else if (failure) throw failure.error;
      else if (finished) return;
      else await new Promise<void>((resolve) => (wakeConsumer = resolve));
    }
  } finally {
    // The consumer left early or failed: stop the producer, which closes the source (and its cursor).
    stopped = true;
    wake('producer');
    await producer;
  }
}
