import { sql, type Kysely } from 'kysely';
import type { CrawlRunRow, CrawlRunStatus } from './tables/crawl-runs.table.ts';
import type { Database } from './tables/database.ts';

export type { CrawlRunRow, CrawlRunStatus } from './tables/crawl-runs.table.ts';

/** Counters a crawl run keeps. */
export type CrawlRunCounter = 'discovered' | 'fetched' | 'unchanged' | 'failed' | 'articles_stored' | 'relevant';

/** Opens a run in status `running` and returns its id. `trigger` says why: `schedule`, `cli`, `api`. */
export async function startCrawlRun(db: Kysely<Database>, sourceId: string, trigger: string): Promise<number> {
  const row = await db
    .insertInto('crawl_runs')
    .values({ source_id: sourceId, trigger, status: 'running', finished_at: null, error: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Adds to a run's counters in one statement (`fetched = fetched + n`), so concurrent request
 * handlers can report without losing counts. Zero or missing counters are left alone.
 */
export async function addToCrawlRun(
  db: Kysely<Database>,
  runId: number,
  counters: Partial<Record<CrawlRunCounter, number>>,
): Promise<void> {
  const entries = Object.entries(counters).filter(
    (entry): entry is [CrawlRunCounter, number] => isCounter(entry[0]) && Number.isFinite(entry[1]) && entry[1] !== 0,
  );
  if (entries.length === 0) return;
  const set = Object.fromEntries(
    entries.map(([column, amount]) => [column, sql<number>`${sql.ref(column)} + ${Math.trunc(amount)}`]),
  );
  await db.updateTable('crawl_runs').set(set).where('id', '=', runId).execute();
}

/** Closes a run with its final status and, for a failure, the reason. */
export async function finishCrawlRun(
  db: Kysely<Database>,
  runId: number,
  status: Exclude<CrawlRunStatus, 'running'>,
  error?: string,
): Promise<void> {
  await db
    .updateTable('crawl_runs')
    .set({ status, error: error ?? null, finished_at: sql<Date>`now()` })
    .where('id', '=', runId)
    .execute();
}

/** The most recent run of every source that has one, by source id. */
export async function latestCrawlRuns(db: Kysely<Database>): Promise<CrawlRunRow[]> {
  return db
    .selectFrom('crawl_runs')
    .selectAll()
    .distinctOn('source_id')
    .orderBy('source_id')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

const COUNTERS: ReadonlySet<string> = new Set<CrawlRunCounter>([
  'discovered',
  'fetched',
  'unchanged',
  'failed',
  'articles_stored',
  'relevant',
]);

function isCounter(name: string): name is CrawlRunCounter {
  return COUNTERS.has(name);
}
