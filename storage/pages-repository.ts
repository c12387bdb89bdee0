import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { RawPage } from '../pipeline/types.ts';
import type { Database } from './tables/database.ts';
import type { PageStatus } from './tables/pages.table.ts';

export type { PageStatus } from './tables/pages.table.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** What storing a fetched page did: a first fetch, a body that changed, or the same body again. */
export type StorePageOutcome = 'new' | 'changed' | 'unchanged';

/** A stored page as the processing stage reads it: the raw bytes plus where it stands. */
export type LoadedPage = RawPage & { id: number; sourceId: string | null; status: PageStatus };

/**
 * Stores a fetched page, idempotent by `url`. A body whose sha256 matches the stored one changes
 * only `fetched_at` (status, validators and body stay). A new or changed body is stored gzip'd
 * and the page goes (back) to `pending` with its error cleared and `versions` counted up.
 */
export async function storePage(
  db: Kysely<Database>,
  page: RawPage & { sourceId: string | null },
): Promise<{ pageId: number; outcome: StorePageOutcome }> {
  const sha256 = createHash('sha256').update(page.body).digest('hex');
  const bodyGz = await gzipAsync(page.body);
  // One statement: the conditional DO UPDATE takes the row lock, so two concurrent stores of the
  // same body cannot both count as a change.
  const written = await db
    .insertInto('pages')
    .values({
      url: page.url,
      final_url: page.finalUrl,
      source_id: page.sourceId,
      fetched_at: page.fetchedAt,
      http_status: page.httpStatus,
      etag: page.etag,
      last_modified: page.lastModified,
      content_type: page.contentType,
      body_gz: bodyGz,
      body_bytes: page.body.byteLength,
      body_sha256: sha256,
      status: 'pending',
      error: null,
      versions: 1,
    })
    .onConflict((oc) =>
      oc
        .column('url')
        .doUpdateSet((eb) => ({
          final_url: eb.ref('excluded.final_url'),
          source_id: sql<string | null>`coalesce(excluded.source_id, pages.source_id)`,
          fetched_at: eb.ref('excluded.fetched_at'),
          http_status: eb.ref('excluded.http_status'),
          etag: eb.ref('excluded.etag'),
          last_modified: eb.ref('excluded.last_modified'),
          content_type: eb.ref('excluded.content_type'),
          charset: null,
          body_gz: eb.ref('excluded.body_gz'),
          body_bytes: eb.ref('excluded.body_bytes'),
          body_sha256: eb.ref('excluded.body_sha256'),
          status: 'pending',
          error: null,
          versions: sql<number>`pages.versions + 1`,
          updated_at: sql<Date>`now()`,
        }))
        .where(sql<boolean>`pages.body_sha256 is distinct from excluded.body_sha256`),
    )
    .returning(['id', sql<boolean>`xmax::text = '0'`.as('inserted')])
    .executeTakeFirst();
  if (written) return { pageId: written.id, outcome: written.inserted ? 'new' : 'changed' };

  const touched = await touchPage(db, page.url, page.fetchedAt);
  if (touched === undefined) throw new Error(`page ${page.url} vanished while it was being stored`);
  return { pageId: touched, outcome: 'unchanged' };
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
  const row = await db
    .updateTable('pages')
    .set({ fetched_at: fetchedAt })
    .where('url', '=', url)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
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
    .select([
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
    ])
    .where('id', '=', pageId)
    .executeTakeFirst();
  if (!row) return undefined;
  const body = row.body_gz ? new Uint8Array(await gunzipAsync(row.body_gz)) : new Uint8Array(0);
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
    body,
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
