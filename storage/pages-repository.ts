import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { RawPage } from '../pipeline/types.ts';
import type { Database } from './tables/database.ts';
import type { PageRow, PageStatus } from './tables/pages.table.ts';

export type { PageStatus } from './tables/pages.table.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * Bodies up to this size are (un)compressed on the main thread. A news page (5–100 KB) takes a
 * tenth of a millisecond; the thread-pool round trip of the async form costs two to four times
 * that in CPU. Larger bodies go to the pool so a multi-megabyte page does not stall the loop.
 */
const SYNC_ZLIB_BYTES = 256 * 1024;

function gzipBody(body: Uint8Array): Promise<Buffer> | Buffer {
  return body.byteLength <= SYNC_ZLIB_BYTES ? gzipSync(body) : gzipAsync(body);
}

async function gunzipBody(gz: Uint8Array): Promise<Uint8Array> {
  // A gzip member ends with the input size modulo 2^32: a cheap bound to choose the path by.
  // (PGlite gives a plain Uint8Array, node-postgres a Buffer.)
  const size = gz.byteLength >= 4 ? new DataView(gz.buffer, gz.byteOffset, gz.byteLength).getUint32(gz.byteLength - 4, true) : 0;
  return new Uint8Array(size <= SYNC_ZLIB_BYTES ? gunzipSync(gz) : await gunzipAsync(gz));
}

/** What storing a fetched page did: a first fetch, a body that changed, or the same body again. */
export type StorePageOutcome = 'new' | 'changed' | 'unchanged';

/**
 * The result of storing a page. `pending` tells, for an unchanged body, that the stored version
 * was never processed (a crawl that died between storing and handing on): it must be handed on again.
 */
export type StorePageResult = { pageId: number; outcome: 'new' | 'changed' } | { pageId: number; outcome: 'unchanged'; pending: boolean };

/** A stored page as the processing stage reads it: the raw bytes plus where it stands. */
export type LoadedPage = RawPage & { id: number; sourceId: string | null; status: PageStatus };

/**
 * Stores a fetched page, idempotent by `url`. A body whose sha256 matches the stored one changes
 * only `fetched_at` (status, validators and body stay). A new or changed body is stored gzip'd
 * and the page goes (back) to `pending` with its error cleared and `versions` counted up.
 */
export async function storePage(db: Kysely<Database>, page: RawPage & { sourceId: string | null }): Promise<StorePageResult> {
  const [result] = await storePages(db, [page]);
  if (!result) throw new Error(`page ${page.url} gave no result`);
  return result;
}

/**
 * {@link storePage} for several pages in two statements at most: one insert of every page, and
 * one touch of those whose body had not changed. Results are in input order. A URL may appear
 * only once (PostgreSQL refuses to upsert one row twice in a statement).
 */
export async function storePages(db: Kysely<Database>, pages: ReadonlyArray<RawPage & { sourceId: string | null }>): Promise<StorePageResult[]> {
  if (pages.length === 0) return [];
  if (new Set(pages.map((page) => page.url)).size !== pages.length) throw new Error('storePages: a URL appears twice in one batch');
  const rows = await Promise.all(
    pages.map(async (page) => {
      const sha256 = createHash('sha256').update(page.body).digest('hex');
      const bodyGz = await gzipBody(page.body);
      return sql`(${page.url}, ${page.finalUrl}, ${page.sourceId}, ${page.fetchedAt}, ${page.httpStatus}, ${page.etag},
        ${page.lastModified}, ${page.contentType}, ${bodyGz}, ${page.body.byteLength}, ${sha256}, 'pending', null, 1)`;
    }),
  );
  // One statement: the conditional DO UPDATE takes the row lock, so two concurrent stores of the
  // same body cannot both count as a change. Written as SQL text: a crawl stores every page it
  // fetches, and building this statement with the query builder cost as much CPU as running it.
  const { rows: written } = await sql<{ id: number; url: string; inserted: boolean }>`
    insert into pages (url, final_url, source_id, fetched_at, http_status, etag, last_modified, content_type,
                       body_gz, body_bytes, body_sha256, status, error, versions)
    values ${sql.join(rows)}
    on conflict (url) do update set
      final_url = excluded.final_url,
      source_id = coalesce(excluded.source_id, pages.source_id),
      fetched_at = excluded.fetched_at,
      http_status = excluded.http_status,
      etag = excluded.etag,
      last_modified = excluded.last_modified,
      content_type = excluded.content_type,
      charset = null,
      body_gz = excluded.body_gz,
      body_bytes = excluded.body_bytes,
      body_sha256 = excluded.body_sha256,
      status = 'pending',
      error = null,
      versions = pages.versions + 1,
      updated_at = now()
    where pages.body_sha256 is distinct from excluded.body_sha256
    returning id, url, xmax::text = '0' as inserted`.execute(db);
  const byUrl = new Map<string, StorePageResult>(
    written.map((row) => [row.url, { pageId: row.id, outcome: row.inserted ? 'new' : 'changed' }]),
  );

  const same = pages.filter((page) => !byUrl.has(page.url));
  if (same.length > 0) {
    const { rows: touched } = await sql<{ id: number; url: string; pending: boolean }>`
      update pages set fetched_at = touched.fetched_at
      from (values ${sql.join(same.map((page) => sql`(${page.url}, ${page.fetchedAt}::timestamptz)`))}) as touched(url, fetched_at)
      where pages.url = touched.url
      returning pages.id, pages.url, pages.status = 'pending' and pages.body_gz is not null as pending`.execute(db);
    for (const row of touched) byUrl.set(row.url, { pageId: row.id, outcome: 'unchanged', pending: Boolean(row.pending) });
  }
  return pages.map((page) => {
    const result = byUrl.get(page.url);
    if (!result) throw new Error(`page ${page.url} vanished while it was being stored`);
    return result;
  });
}

/**
 * Records a fetch that gave no usable body (404, 410, 5xx after retries, too large…) and returns
 * the page id. A page never stored before is kept as `failed` with the reason. A page that already
 * has a body keeps it, and keeps its status, so a later outage never hides a stored article; its
 * `error` records the latest failure.
 */
export async function recordFetchFailure(
  db: Kysely<Database>,
  failure: { url: string; sourceId: string | null; httpStatus: number; error: string; fetchedAt: Date },
): Promise<number> {
  const row = await db
    .insertInto('pages')
    .values({
      url: failure.url,
      final_url: failure.url,
      source_id: failure.sourceId,
      fetched_at: failure.fetchedAt,
      http_status: failure.httpStatus,
      etag: null,
      last_modified: null,
      content_type: null,
      body_gz: null,
      body_bytes: 0,
      body_sha256: null,
      status: 'failed',
      error: failure.error,
      versions: 0,
    })
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        fetched_at: eb.ref('excluded.fetched_at'),
        http_status: sql<number>`case when pages.body_gz is null then excluded.http_status else pages.http_status end`,
        status: sql<PageStatus>`case when pages.body_gz is null then 'failed' else pages.status end`,
        error: eb.ref('excluded.error'),
        updated_at: sql<Date>`now()`,
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A 304 Not Modified: the stored body is current; only `fetched_at` moves. Returns the page id, if stored. */
export async function touchPage(db: Kysely<Database>, url: string, fetchedAt: Date): Promise<number | undefined> {
  return (await touchStoredPage(db, url, fetchedAt))?.pageId;
}

/**
 * {@link touchPage} that also says whether the stored body still waits for processing (`pending`
 * with a body), so a crawl can hand on a page an earlier crawl stored but never handed over.
 */
export async function touchStoredPage(
  db: Kysely<Database>,
  url: string,
  fetchedAt: Date,
): Promise<{ pageId: number; pending: boolean } | undefined> {
  const row = await db
    .updateTable('pages')
    .set({ fetched_at: fetchedAt })
    .where('url', '=', url)
    .returning(['id', sql<boolean>`status = 'pending' and body_gz is not null`.as('pending')])
    .executeTakeFirst();
  return row && { pageId: row.id, pending: Boolean(row.pending) };
}

/** What a conditional request needs (`If-None-Match`, `If-Modified-Since`) and the stored body's hash. */
export async function findPageValidators(
  db: Kysely<Database>,
  url: string,
): Promise<{ etag: string | null; lastModified: string | null; sha256: string | null } | undefined> {
  const row = await db
    .selectFrom('pages')
    .select(['etag', 'last_modified', 'body_sha256'])
    .where('url', '=', url)
    .executeTakeFirst();
  return row && { etag: row.etag, lastModified: row.last_modified, sha256: row.body_sha256 };
}

/**
 * Validators of many pages in one query, keyed by URL; URLs never stored are absent. A crawl
 * looks up the article URLs of a listing or sitemap together instead of one round trip per request.
 */
export async function findPageValidatorsOf(
  db: Kysely<Database>,
  urls: readonly string[],
): Promise<Map<string, { etag: string | null; lastModified: string | null; sha256: string | null }>> {
  const found = new Map<string, { etag: string | null; lastModified: string | null; sha256: string | null }>();
  if (urls.length === 0) return found;
  const rows = await db
    .selectFrom('pages')
    .select(['url', 'etag', 'last_modified', 'body_sha256'])
    .where('url', 'in', urls)
    .execute();
  for (const row of rows) found.set(row.url, { etag: row.etag, lastModified: row.last_modified, sha256: row.body_sha256 });
  return found;
}

/** A stored page with its raw bytes (un-gzipped; empty when the fetch failed before a body arrived). */
export async function loadPage(db: Kysely<Database>, pageId: number): Promise<LoadedPage | undefined> {
  const row = await db
    .selectFrom('pages')
    .select(LOADED_COLUMNS)
    .where('id', '=', pageId)
    .executeTakeFirst();
  return row && toLoadedPage(row);
}

/** Several stored pages in one query, keyed by id; ids not stored are absent. */
export async function loadPages(db: Kysely<Database>, pageIds: readonly number[]): Promise<Map<number, LoadedPage>> {
  const pages = new Map<number, LoadedPage>();
  if (pageIds.length === 0) return pages;
  const rows = await db.selectFrom('pages').select(LOADED_COLUMNS).where('id', 'in', [...new Set(pageIds)]).execute();
  for (const row of rows) pages.set(row.id, await toLoadedPage(row));
  return pages;
}

const LOADED_COLUMNS = [
  'id',
  'url',
  'final_url',
  'source_id',
  'fetched_at',
  'http_status',
  'content_type',
  'etag',
  'last_modified',
  'body_gz',
  'status',
] as const;

async function toLoadedPage(row: Pick<PageRow, (typeof LOADED_COLUMNS)[number]>): Promise<LoadedPage> {
  return {
    id: row.id,
    url: row.url,
    finalUrl: row.final_url,
    sourceId: row.source_id,
    fetchedAt: row.fetched_at,
    httpStatus: row.http_status,
    contentType: row.content_type,
    etag: row.etag,
    lastModified: row.last_modified,
    body: row.body_gz ? await gunzipBody(row.body_gz) : new Uint8Array(0),
    status: row.status,
  };
}

/** Pages waiting for processing, oldest id first; page through with `afterId` = the last id seen. */
export async function listPendingPages(
  db: Kysely<Database>,
  options: { limit: number; afterId?: number; sourceId?: string },
): Promise<{ id: number; url: string }[]> {
  let query = db
    .selectFrom('pages')
    .select(['id', 'url'])
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(options.limit);
  if (options.afterId !== undefined) query = query.where('id', '>', options.afterId);
  if (options.sourceId !== undefined) query = query.where('source_id', '=', options.sourceId);
  return query.execute();
}

/** Marks a page done (`processed`) or not an article (`skipped`), clearing any error; records the charset found. */
export async function markPageProcessed(
  db: Kysely<Database>,
  pageId: number,
  status: 'processed' | 'skipped',
  charset?: string,
): Promise<void> {
  await db
    .updateTable('pages')
    .set({ status, error: null, updated_at: sql<Date>`now()`, ...(charset !== undefined ? { charset } : {}) })
    .where('id', '=', pageId)
    .execute();
}

/** Marks a page as failed in processing, with the reason a person will read. */
export async function markPageFailed(db: Kysely<Database>, pageId: number, reason: string): Promise<void> {
  await db
    .updateTable('pages')
    .set({ status: 'failed', error: reason, updated_at: sql<Date>`now()` })
    .where('id', '=', pageId)
    .execute();
}

/** What processing decided for one page. */
export interface PageProcessOutcome {
  pageId: number;
  status: 'processed' | 'skipped' | 'failed';
  /** The reason of a failure, for a person to read; cleared for the other statuses. */
  error?: string | null;
  /** Charset found; absent or null keeps the stored one. */
  charset?: string | null;
  /** For a processed page: whether its article was judged relevant. */
  relevant?: boolean;
}

/**
 * Records the outcome of processing many pages in one statement and, with `runId`, adds the
 * articles stored to that crawl run's `articles_stored` and `relevant` counters.
 *
 * Only pages that were `pending` and are now `processed` are counted, so processing a page again
 * (a retried job whose first attempt got this far before its worker died, a reprocess, a page
 * handed on twice) never counts it twice. The rows are locked while they are read, so two workers
 * finishing the same page at once count it once. Returns what was counted.
 */
export async function recordProcessOutcomes(
  db: Kysely<Database>,
  outcomes: readonly PageProcessOutcome[],
  options: { runId?: number } = {},
): Promise<{ articlesStored: number; relevant: number }> {
  if (outcomes.length === 0) return { articlesStored: 0, relevant: 0 };
  // The last outcome of a page wins, as if they had been written one after the other.
  const byPage = new Map(outcomes.map((outcome) => [outcome.pageId, outcome]));
  const list = [...byPage.values()];
  const ids = list.map((outcome) => outcome.pageId);
  const statuses = list.map((outcome) => outcome.status);
  const errors = list.map((outcome) => (outcome.status === 'failed' ? (outcome.error ?? 'failed') : null));
  const charsets = list.map((outcome) => outcome.charset ?? null);
  const relevant = list.map((outcome) => outcome.status === 'processed' && outcome.relevant === true);
  const { rows } = await sql<{ articles_stored: number; relevant: number }>`
    with outcome as (
      select * from unnest(${ids}::int[], ${statuses}::text[], ${errors}::text[], ${charsets}::text[], ${relevant}::bool[])
        as o(id, status, error, charset, relevant)
    ),
    before as (
      select pages.id, pages.status from pages join outcome on outcome.id = pages.id for update of pages
    ),
    written as (
      update pages set status = outcome.status, error = outcome.error,
        charset = coalesce(outcome.charset, pages.charset), updated_at = now()
      from outcome where pages.id = outcome.id
      returning pages.id
    ),
    counted as (
      select count(*)::int as articles_stored, (count(*) filter (where outcome.relevant))::int as relevant
      from outcome join before on before.id = outcome.id
      where before.status = 'pending' and outcome.status = 'processed'
    ),
    run as (
      update crawl_runs set articles_stored = crawl_runs.articles_stored + counted.articles_stored,
        relevant = crawl_runs.relevant + counted.relevant
      from counted where crawl_runs.id = ${options.runId ?? null}::int and counted.articles_stored > 0
      returning crawl_runs.id
    )
    select articles_stored, relevant from counted`.execute(db);
  const counted = rows[0];
  return { articlesStored: counted?.articles_stored ?? 0, relevant: counted?.relevant ?? 0 };
}

/** How many pages are in each status (every status present, zero when none). */
export async function countPagesByStatus(db: Kysely<Database>): Promise<Record<PageStatus, number>> {
  const rows = await db
    .selectFrom('pages')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('status')
    .execute();
  const counts: Record<PageStatus, number> = { pending: 0, processed: 0, failed: 0, skipped: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}
