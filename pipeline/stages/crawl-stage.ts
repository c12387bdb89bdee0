import { crawlSource, type CrawlSummary } from '../../crawlers/crawl-source.ts';
import { parseHealth } from '../../crawlers/source-health.ts';
import { parseSourceEntry, type SourceEntry } from '../../crawlers/sources/source-schema.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { getSource } from '../../storage/sources-repository.ts';
import type { Config } from '../config.ts';
import { PermanentError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { CrawlJobData, ProcessJobData } from '../types.ts';
import { createHandOffBatcher } from './hand-off-batcher.ts';
import { scheduledCrawlDecision } from './scheduled-crawl-gate.ts';

/** Pages of one crawl per process job, and how long a partial batch waits for more. */
export const HAND_OFF_BATCH = { maxItems: 25, maxWaitMillis: 250 } as const;

/** What the crawl stage needs. `processLater` hands a stored article page on: a queue or an in-process limiter. */
export interface CrawlStageDeps {
  db: DatabaseHandle['db'];
  config: Config;
  logger: Logger;
  processLater: (page: ProcessJobData) => Promise<void>;
  /**
   * Hands on several pages of this crawl at once (one process job); when given, it is used instead
   * of `processLater`. Pages are grouped up to {@link HAND_OFF_BATCH}; a failed hand-off leaves its
   * pages `pending` (a later crawl or `vnnews start` hands them on again) and is counted in the
   * summary's `handoffFailed`.
   */
  processBatchLater?: (pages: ProcessJobData[]) => Promise<void>;
  now?: () => Date;
  /** Aborting stops the crawl after the requests in flight (worker shutdown). */
  signal?: AbortSignal;
  /** Called as pages are handed on, for a progress display. */
  onProgress?: (progress: { sourceId: string; articlePages: number }) => void;
}

/** Summary of one crawl job: counts, never pages. */
export interface CrawlStageResult {
  sourceId: string;
  status: 'crawled' | 'skipped';
  runId?: number;
  /** Article pages that were new or changed and were handed on for processing. */
  queuedPages: number;
  reason?: string;
  /** Counters of the crawl (crawlers/crawl-source.ts). */
  summary?: Omit<CrawlSummary, 'entryPoints'>;
}

/** The source as stored in the `sources` table (the registry entry, with health's enabled flag). */
export async function loadSourceEntry(
  db: DatabaseHandle['db'],
  sourceId: string,
): Promise<{ entry: SourceEntry; enabled: boolean; disabledReason: string | null; health: unknown } | undefined> {
  const row = await getSource(db, sourceId);
  if (!row) return undefined;
  const config = typeof row.config === 'string' ? (JSON.parse(row.config) as unknown) : row.config;
  return { entry: parseSourceEntry(config), enabled: row.enabled, disabledReason: row.disabled_reason, health: row.health };
}

/**
 * The crawl stage: crawl one source (crawlers/crawlSource stores every fetched page and keeps the
 * crawl run's counters and the source's health) and hand every new or changed article page on
 * for processing. A scheduled crawl is skipped for a disabled or backed-off source and spaced out
 * for a source whose pages rarely change; a crawl asked for by a person always runs.
 */
export async function crawlStage(data: CrawlJobData, deps: CrawlStageDeps): Promise<CrawlStageResult> {
  const now = deps.now ?? (() => new Date());
  const source = await loadSourceEntry(deps.db, data.sourceId);
  if (!source) {
    throw new PermanentError(`unknown source "${data.sourceId}": it is not in the sources table`, { stage: 'crawl' });
  }
  if (data.trigger === 'schedule') {
    const skip = (reason: string): CrawlStageResult => ({ sourceId: data.sourceId, status: 'skipped', queuedPages: 0, reason });
    if (!source.enabled) return skip(source.disabledReason ?? 'disabled');
    const decision = scheduledCrawlDecision(parseHealth(source.health), source.entry.schedule, now());
    if (!decision.run) return skip(decision.reason);
  }
  let queuedPages = 0;
  let handoffFailed = 0;
  const handedOn = (count: number) => {
    queuedPages += count;
    deps.onProgress?.({ sourceId: data.sourceId, articlePages: queuedPages });
  };
  const { processBatchLater } = deps;
  const batcher = processBatchLater
    ? createHandOffBatcher<ProcessJobData>({
        ...HAND_OFF_BATCH,
        handOff: processBatchLater,
        onHandedOff: (pages) => handedOn(pages.length),
        onFailed: (pages, error) => {
          handoffFailed += pages.length;
          deps.logger.warn(
            { sourceId: data.sourceId, pages: pages.length, err: error },
            'stored pages could not be handed to processing; they stay pending',
          );
        },
      })
    : undefined;
  let crawled;
  try {
    crawled = await crawlSource(
      source.entry,
      {
        ...(data.since ? { since: new Date(`${data.since.slice(0, 10)}T00:00:00+07:00`) } : {}),
        trigger: data.trigger,
        // Pages a killed crawl stored but never handed over are handed on by the next crawl.
        handOnPending: true,
        ...(deps.signal ? { signal: deps.signal } : {}),
      },
      {
        db: deps.db,
        config: deps.config,
        logger: deps.logger,
        now,
        onArticlePage: async (page) => {
          // The run id versions the job: a page changed in a later crawl gets a new process job,
          // one handed on twice in a crawl does not.
          const job: ProcessJobData = { pageId: page.pageId, url: page.url, runId: page.runId, version: `r${page.runId}` };
          if (batcher) {
            batcher.add(job);
            return;
          }
          await deps.processLater(job);
          handedOn(1);
        },
      },
    );
  } finally {
    // Pages stored before a failure or an abort are handed on all the same.
    await batcher?.drain();
  }
  const { entryPoints: _entryPoints, ...crawledSummary } = crawled;
  const summary = { ...crawledSummary, handoffFailed: crawledSummary.handoffFailed + handoffFailed };
  return { sourceId: data.sourceId, status: 'crawled', runId: summary.runId, queuedPages, summary };
}
