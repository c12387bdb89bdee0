import type { DatabaseHandle } from '../../storage/database.ts';
import type { Config } from '../config.ts';
import { PermanentError, describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { crawlStage, type CrawlStageResult } from '../stages/crawl-stage.ts';
import { processPage, type ProcessPageDeps } from '../stages/process-page.ts';
import { createHomeProvinceLookup } from '../stages/source-lookup.ts';
import type { CrawlJobData, ProcessJobData } from '../types.ts';
import { createConcurrencyLimiter } from './concurrency-limiter.ts';

/** Running totals of the in-process pipeline, for a progress display. */
export interface InProcessProgress {
  /** Article pages handed on by crawls. */
  queued: number;
  processed: number;
  relevant: number;
  skipped: number;
  failed: number;
  /** Crawls running now. */
  crawling: string[];
}

/** The embedded runtime: the queue stages, run in this process with bounded concurrency. */
export interface InProcessPipeline {
  /** Crawls one source and processes every page it hands on; resolves when both are done. */
  crawl(data: CrawlJobData): Promise<CrawlStageResult>;
  /** Crawls several sources, `crawlConcurrency` at a time; one failing crawl does not stop the others. */
  crawlMany(jobs: readonly CrawlJobData[]): Promise<Array<CrawlStageResult | { sourceId: string; status: 'failed'; error: string }>>;
  /** Processes one stored page now (reprocess). */
  process(page: ProcessJobData): Promise<void>;
  /** Resolves when no page waits or is being processed. */
  idle(): Promise<void>;
  progress(): InProcessProgress;
}

/** Attempts and first delay of a page whose processing hit a passing error (a busy database). */
const PROCESS_ATTEMPTS = 3;
const RETRY_DELAY_MILLIS = 500;

/**
 * Without Redis, `vnnews crawl`, `vnnews start` and `vnnews demo` run the same stage functions as
 * the workers: crawls hand article pages to a limiter of `processConcurrency` extractions instead
 * of the `process` queue. A page that still fails after its retries stays `pending` in `pages`
 * (a permanent failure is marked `failed`), so nothing is lost.
 */
export function createInProcessPipeline(deps: {
  db: DatabaseHandle['db'];
  config: Config;
  logger: Logger;
  /** @defaultValue config.workerConcurrency */
  processConcurrency?: number;
  /** @defaultValue 2 */
  crawlConcurrency?: number;
  onProgress?: (progress: InProcessProgress) => void;
}): InProcessPipeline {
  const processing = createConcurrencyLimiter(deps.processConcurrency ?? deps.config.workerConcurrency);
  const crawls = createConcurrencyLimiter(deps.crawlConcurrency ?? 2);
  const processDeps: ProcessPageDeps = { db: deps.db, homeProvinceOf: createHomeProvinceLookup(deps.db) };
  const totals: InProcessProgress = { queued: 0, processed: 0, relevant: 0, skipped: 0, failed: 0, crawling: [] };
  const report = () => deps.onProgress?.(progress());
  const progress = (): InProcessProgress => ({ ...totals, crawling: [...totals.crawling] });

  async function processWithRetries(page: ProcessJobData): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await processPage(page.pageId, processDeps, page.runId !== undefined ? { runId: page.runId } : {});
        if (result.status === 'processed') {
          totals.processed += 1;
          if (result.relevant) totals.relevant += 1;
        } else {
          totals.skipped += 1;
        }
        return;
      } catch (error) {
        if (error instanceof PermanentError || attempt >= PROCESS_ATTEMPTS) {
          totals.failed += 1;
          deps.logger.warn({ pageId: page.pageId, url: page.url }, `processing failed: ${describeError(error)}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MILLIS * 2 ** (attempt - 1)));
      }
    }
  }

  function processLater(page: ProcessJobData): Promise<void> {
    totals.queued += 1;
    report();
    // Not awaited: the crawl goes on fetching while pages are processed.
    void processing.run(() => processWithRetries(page)).finally(report);
    return Promise.resolve();
  }

  async function crawl(data: CrawlJobData): Promise<CrawlStageResult> {
    totals.crawling.push(data.sourceId);
    report();
    try {
      const result = await crawlStage(data, {
        db: deps.db,
        config: deps.config,
        logger: deps.logger,
        processLater,
      });
      await processing.onIdle();
      return result;
    } finally {
      totals.crawling.splice(totals.crawling.indexOf(data.sourceId), 1);
      report();
    }
  }

  return {
    crawl,
    crawlMany: (jobs) =>
      Promise.all(
        jobs.map((job) =>
          crawls.run(() =>
            crawl(job).catch((error: unknown) => ({ sourceId: job.sourceId, status: 'failed' as const, error: describeError(error) })),
          ),
        ),
      ),
    async process(page) {
      await processing.run(() => processWithRetries(page));
    },
    idle: () => processing.onIdle(),
    progress,
  };
}
