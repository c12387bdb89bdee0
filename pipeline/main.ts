import { openDatabase, type DatabaseHandle } from '../storage/database.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { createQueues, enqueueProcess, enqueueProcessBatch, type PipelineQueues, type QueueName } from './queues.ts';
import { processJob } from './stages/process-job.ts';
import { processPage, type ProcessPageDeps } from './stages/process-page.ts';
import { createHomeProvinceLookup } from './stages/source-lookup.ts';
import { startWorkers, type RunningWorkers, type WorkerStages } from './workers/start-workers.ts';
import { warmUpStages } from './workers/warm-up.ts';

/** A worker process: its database, the queues it enqueues into, and its workers. */
export interface WorkerProcess {
  workers: RunningWorkers;
  queues: PipelineQueues;
  database: DatabaseHandle;
  /** Graceful stop: in-flight jobs get `config.shutdownGraceMillis`, then everything closes. */
  stop(): Promise<void>;
}

/** The stage functions bound to a database and a queue set: what each worker runs. */
export function queueStages(
  deps: { db: DatabaseHandle['db']; config: Config; logger: Logger; queues: PipelineQueues },
): WorkerStages {
  const processDeps: ProcessPageDeps = { db: deps.db, homeProvinceOf: createHomeProvinceLookup(deps.db) };
  return {
    process: (data) => processJob(data, { ...processDeps, logger: deps.logger }),
    reprocess: (data) => processPage(data.pageId, processDeps),
    crawl: async (data, context) => {
      // crawlee adds ~65 MB to a process: loaded only by workers that take crawl jobs.
      const { crawlStage } = await import('./stages/crawl-stage.ts');
      return crawlStage(data, {
        db: deps.db,
        config: deps.config,
        logger: deps.logger,
        ...(context.signal ? { signal: context.signal } : {}),
        processLater: async (page) => {
          await enqueueProcess(deps.queues, page);
        },
        processBatchLater: async (pages) => {
          const [first] = pages;
          if (!first) return;
          await enqueueProcessBatch(deps.queues, {
            pages: pages.map(({ pageId, url }) => ({ pageId, url })),
            ...(first.runId !== undefined ? { runId: first.runId } : {}),
            ...(first.version !== undefined ? { version: first.version } : {}),
          });
        },
        onProgress: ({ articlePages }) => {
          // Progress is best-effort: a crawl must not fail because Redis hiccuped on a counter.
          // Called once per batch of pages handed on.
          context.reportProgress({ articlePages }).catch(() => {});
        },
      });
    },
  };
}

/**
 * Starts the workers of one process (`vnnews worker`, `vnnews start`): opens the database and
 * the queues, binds the stages and listens on the requested queues.
 */
export async function startWorkerProcess(
  config: Config,
  options: { queues: readonly QueueName[]; concurrency?: number; logger: Logger },
): Promise<WorkerProcess> {
  if (!config.redisUrl) throw new Error('workers need REDIS_URL; without Redis, `vnnews crawl` and `vnnews start` run in-process');
  const database = await openDatabase(config);
  const queues = createQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
  const stages = queueStages({ db: database.db, config, logger: options.logger, queues });
  await warmUpStages(options.queues);
  const workers = startWorkers(config, stages, {
    queues: options.queues,
    logger: options.logger,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
  });
  await workers.ready();
  let stopping: Promise<void> | undefined;
  return {
    workers,
    queues,
    database,
    stop: () =>
      (stopping ??= (async () => {
        await workers.close(config.shutdownGraceMillis);
        await queues.close();
        await database.close();
      })()),
  };
}
