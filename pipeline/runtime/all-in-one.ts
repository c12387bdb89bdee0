import { openDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { listPendingPages } from '../../storage/pages-repository.ts';
import type { Config } from '../config.ts';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { startWorkerProcess } from '../main.ts';
import { enqueueProcessBulk, QUEUE_NAMES } from '../queues.ts';
import type { ProcessJobData } from '../types.ts';
import { createInProcessPipeline } from './in-process.ts';
import { createInProcessScheduler } from './in-process-scheduler.ts';
import { startOptionalServer, type StartedServer } from './optional-server.ts';
import { describeSync, scheduledSources, syncSchedulesFromDatabase, watchSchedules } from './schedule-runner.ts';

/** Everything `vnnews start` runs in one process, and how to stop it. */
export interface AllInOne {
  mode: 'queues' | 'embedded';
  server: StartedServer | null;
  stop(): Promise<void>;
}

/** Pages left `pending` (a crash, a failed hand-off) are picked up again at start, in batches. */
async function forEachPendingBatch(db: DatabaseHandle['db'], handle: (pages: ProcessJobData[]) => Promise<void>): Promise<number> {
  let afterId: number | undefined;
  let total = 0;
  for (;;) {
    const batch = await listPendingPages(db, { limit: 1_000, ...(afterId !== undefined ? { afterId } : {}) });
    if (batch.length === 0) return total;
    await handle(batch.map((page) => ({ pageId: page.id, url: page.url })));
    total += batch.length;
    afterId = batch[batch.length - 1]?.id;
  }
}

/**
 * The simplest production set-up: scheduler, workers and the API in one process.
 * - With `REDIS_URL`: BullMQ job schedulers (re-synced every minute) and workers on every queue.
 * - Without: croner timers against the embedded database, and the stages run in-process.
 * The API starts when server/ provides it (else a log line says it is absent).
 */
export async function startAllInOne(
  config: Config,
  options: { logger: Logger; api: boolean; concurrency?: number; syncIntervalMillis?: number },
): Promise<AllInOne> {
  const { logger } = options;
  const syncIntervalMillis = options.syncIntervalMillis ?? 60_000;

  if (config.redisUrl) {
    const worker = await startWorkerProcess(config, {
      queues: QUEUE_NAMES,
      logger,
      ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    });
    const { db } = worker.database;
    const sync = async () => logger.info(`schedules: ${describeSync(await syncSchedulesFromDatabase(db, worker.queues.crawl, logger))}`);
    await sync();
    const watcher = watchSchedules(sync, { intervalMillis: syncIntervalMillis, logger });
    const recovered = await forEachPendingBatch(db, async (pages) => {
      await enqueueProcessBulk(worker.queues, pages.map((page) => ({ ...page, version: 'recovered' })));
    });
    if (recovered > 0) logger.info({ pages: recovered }, 'queued pages left pending by an earlier run');
    const server = options.api ? await startServerOrSay(config, worker.database, logger, worker.queues) : null;
    return {
      mode: 'queues',
      server,
      async stop() {
        watcher.stop();
        await server?.close();
        await worker.stop();
      },
    };
  }

  const database = await openDatabase(config);
  const pipeline = createInProcessPipeline({
    db: database.db,
    config,
    logger,
    ...(options.concurrency !== undefined ? { processConcurrency: options.concurrency } : {}),
  });
  const scheduler = createInProcessScheduler(
    async (sourceId) => {
      const result = await pipeline.crawl({ sourceId, trigger: 'schedule' });
      logger.info({ sourceId, status: result.status, pages: result.queuedPages, reason: result.reason }, 'scheduled crawl done');
    },
    { onError: (sourceId, error) => logger.warn({ sourceId }, `scheduled crawl failed: ${describeError(error)}`) },
  );
  const sync = async () => {
    scheduler.sync(await scheduledSources(database.db, logger));
    logger.info({ sources: scheduler.scheduled().length }, 'in-process schedules synced');
  };
  await sync();
  const watcher = watchSchedules(sync, { intervalMillis: syncIntervalMillis, logger });
  const recovering = forEachPendingBatch(database.db, async (pages) => {
    await Promise.all(pages.map((page) => pipeline.process(page)));
  }).then(
    (count) => count > 0 && logger.info({ pages: count }, 'processed pages left pending by an earlier run'),
    (error: unknown) => logger.warn(`could not process pending pages: ${describeError(error)}`),
  );
  const server = options.api ? await startServerOrSay(config, database, logger) : null;
  return {
    mode: 'embedded',
    server,
    async stop() {
      watcher.stop();
      scheduler.stop();
      await server?.close();
      await recovering;
      await pipeline.idle();
      await database.close();
    },
  };
}

async function startServerOrSay(
  config: Config,
  database: DatabaseHandle,
  logger: Logger,
  queues?: Parameters<typeof startOptionalServer>[0]['queues'],
): Promise<StartedServer | null> {
  const server = await startOptionalServer({ config, db: database.db, database, logger, ...(queues ? { queues } : {}) });
  if (server) logger.info({ url: server.url }, 'API listening');
  else logger.info('no API in this build (server/ has no startServer): running scheduler and workers only');
  return server;
}
