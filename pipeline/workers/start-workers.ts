import { Worker } from 'bullmq';
import type { Config } from '../config.ts';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { ProcessQueueJobData, QueueName } from '../queues.ts';
import type { CrawlJobData, ProcessJobData } from '../types.ts';
import { SHUTDOWN_REASON, toProcessor, type JobContext } from './job-processor.ts';
import { workerOptions } from './worker-options.ts';

/** The stage each queue runs. A stage returns ids and counts, never article bodies. */
export interface WorkerStages {
  crawl: (data: CrawlJobData, context: JobContext) => Promise<unknown>;
  process: (data: ProcessQueueJobData, context: JobContext) => Promise<unknown>;
  reprocess: (data: ProcessJobData, context: JobContext) => Promise<unknown>;
}

/** Running workers and how to stop them. */
export interface RunningWorkers {
  queues: QueueName[];
  /** Resolves once every worker is connected and listening. */
  ready(): Promise<void>;
  /**
   * Stops taking jobs and lets in-flight ones finish. After `graceMillis` the jobs still running
   * are cancelled and moved back to `wait` for another worker; then the connections close.
   */
  close(graceMillis: number): Promise<void>;
}

/** Jobs one worker runs at once, per queue; a crawl holds one source for minutes, so fewer. */
export function defaultConcurrency(queue: QueueName, workerConcurrency: number): number {
  return queue === 'crawl' ? Math.max(1, Math.ceil(workerConcurrency / 2)) : workerConcurrency;
}

/** Starts one BullMQ worker per requested queue. */
export function startWorkers(
  config: Config,
  stages: WorkerStages,
  options: { queues: readonly QueueName[]; concurrency?: number; logger: Logger; prefix?: string },
): RunningWorkers {
  const { logger } = options;
  const workers = options.queues.map((name) => {
    // `--concurrency` sets the jobs per worker as WORKER_CONCURRENCY does: a crawl still gets half,
    // so that one worker does not take every source's crawl while the others only process.
    const concurrency = defaultConcurrency(name, options.concurrency ?? config.workerConcurrency);
    const stage = stages[name] as (data: unknown, context: JobContext) => Promise<unknown>;
    const worker = new Worker(
      name,
      toProcessor(stage),
      workerOptions(config, { concurrency, name: `${name}@${process.pid}`, ...(options.prefix ? { prefix: options.prefix } : {}) }),
    );
    worker.on('failed', (job, error) => {
      if (!job || error.message === SHUTDOWN_REASON) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
      logger[final ? 'warn' : 'info'](
        { queue: name, jobId: job.id, attempt: job.attemptsMade, final },
        `${name} job failed: ${describeError(error)}`,
      );
    });
    worker.on('error', (error) => logger.error({ queue: name }, `worker error: ${describeError(error)}`));
    worker.on('stalled', (jobId) => logger.warn({ queue: name, jobId }, 'job stalled: its worker died; it goes back to the queue'));
    logger.info({ queue: name, concurrency }, `worker listening on ${name}`);
    return worker;
  });

  let closing: Promise<void> | undefined;
  return {
    queues: [...options.queues],
    async ready() {
      await Promise.all(workers.map((worker) => worker.waitUntilReady()));
    },
    close(graceMillis) {
      closing ??= (async () => {
        const graceTimer = setTimeout(() => {
          logger.warn({ graceMillis }, 'grace period over: returning unfinished jobs to the queue');
          for (const worker of workers) worker.cancelAllJobs(SHUTDOWN_REASON);
        }, graceMillis);
        try {
          await Promise.all(workers.map((worker) => worker.close()));
        } finally {
          clearTimeout(graceTimer);
        }
      })();
      return closing;
    },
  };
}
