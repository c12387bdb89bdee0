import type { Kysely } from 'kysely';
import type { Config } from '../pipeline/config.ts';
import type { Logger } from '../pipeline/logger.ts';
import { enqueueCrawl, type PipelineQueues } from '../pipeline/queues.ts';
import type { Database } from '../storage/tables/database.ts';
import type { CrawlNowResponse } from './api-types.ts';

/**
 * Crawl-now: a job on the crawl queue when Redis is configured (a worker runs it), otherwise the
 * crawl and processing of its pages run in this process in the background. One in-process crawl
 * per source at a time; a second request while it runs reports the one already started.
 */
export function createCrawlNow(deps: {
  config: Config;
  db: Kysely<Database>;
  queues: PipelineQueues | undefined;
  logger: Logger | undefined;
}): (sourceId: string) => Promise<CrawlNowResponse> {
  const running = new Set<string>();
  return async (sourceId) => {
    if (deps.queues) {
      const jobId = await enqueueCrawl(deps.queues, { sourceId, trigger: 'api' });
      return { sourceId, status: 'queued', jobId };
    }
    if (!running.has(sourceId)) {
      running.add(sourceId);
      void runInProcess(sourceId, deps)
        .catch((error: unknown) => deps.logger?.error({ err: error, sourceId }, 'crawl-now failed'))
        .finally(() => running.delete(sourceId));
    }
    return { sourceId, status: 'started' };
  };
}

async function runInProcess(
  sourceId: string,
  deps: { config: Config; db: Kysely<Database>; logger: Logger | undefined },
): Promise<void> {
  // Crawling pulls in crawlee; load it only when a crawl is asked for.
  const [{ crawlStage }, { processPage }, { createHomeProvinceLookup }, { createLogger }] = await Promise.all([
    import('../pipeline/stages/crawl-stage.ts'),
    import('../pipeline/stages/process-page.ts'),
    import('../pipeline/stages/source-lookup.ts'),
    import('../pipeline/logger.ts'),
  ]);
  const logger = deps.logger ?? createLogger(deps.config);
  const homeProvinceOf = createHomeProvinceLookup(deps.db);
  const result = await crawlStage(
    { sourceId, trigger: 'api' },
    {
      db: deps.db,
      config: deps.config,
      logger,
      processLater: async (page) => {
        try {
          await processPage(page.pageId, { db: deps.db, homeProvinceOf });
        } catch (error) {
          logger.warn({ err: error, pageId: page.pageId }, 'processing a crawled page failed');
        }
      },
    },
  );
  logger.info({ sourceId, status: result.status, pages: result.queuedPages }, 'crawl-now finished');
}
