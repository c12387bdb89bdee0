import type { Kysely } from 'kysely';
import type { Config } from '../pipeline/config.ts';
import type { Logger } from '../pipeline/logger.ts';
import type { PipelineQueues } from '../pipeline/queues.ts';
import type { Backend } from '../storage/database.ts';
import type { Database } from '../storage/tables/database.ts';
import type { CrawlNowResponse } from './api-types.ts';
import type { RequestMetrics } from './metrics.ts';

/** What the routes share. */
export interface ServerContext {
  config: Config;
  db: Kysely<Database>;
  backend: Backend;
  queues: PipelineQueues | undefined;
  logger: Logger | undefined;
  metrics: RequestMetrics;
  /** Starts a crawl of a known source now. */
  crawlNow: (sourceId: string) => Promise<CrawlNowResponse>;
}
