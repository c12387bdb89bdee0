import { createHash } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { CrawlJobData, ProcessJobData } from './types.ts';

/** The three queues of the pipeline (DESIGN.md, "Flow"). */
export const QUEUE_NAMES = ['crawl', 'process', 'reprocess'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Payload of a `process` job that carries several pages handed on by one crawl run: the worker
 * loads, upserts and marks them together (pipeline/stages/process-page.ts `processPages`).
 */
export interface ProcessBatchJobData {
  pages: Array<Pick<ProcessJobData, 'pageId' | 'url'>>;
  /** Crawl run that fetched the pages; its `articles_stored` and `relevant` counters are updated. */
  runId?: number;
  /** Version of the hand-off (`r<runId>`): part of the job id, as for one page. */
  version?: string;
}

/** What a `process` job carries: one page (recovery, tests, older producers) or a batch of pages. */
export type ProcessQueueJobData = ProcessJobData | ProcessBatchJobData;

/** True when a `process` job carries a batch of pages. */
export function isBatchJob(data: ProcessQueueJobData): data is ProcessBatchJobData {
  return Array.isArray((data as ProcessBatchJobData).pages);
}

/** Open queues plus the Redis connection they share; `close()` closes both. */
export interface PipelineQueues {
  crawl: Queue<CrawlJobData>;
  process: Queue<ProcessQueueJobData>;
  reprocess: Queue<ProcessJobData>;
  /** Key prefix in Redis, e.g. `vnnews` or `test-<uuid>` in tests. */
  prefix: string;
  connection: Redis;
  close(): Promise<void>;
}

/** Jobs kept after they finish: enough to inspect recent work without Redis growing forever. */
const KEEP_COMPLETED = { count: 1_000, age: 24 * 3600 };
/** Failed jobs are kept with their reason for inspection; the cap only guards against a runaway. */
const KEEP_FAILED = { count: 100_000 };

/**
 * Retry policy per queue. Five attempts with exponential backoff: a process job retries after
 * 2 s, 4 s, 8 s, 16 s (a database restart); a crawl after 1, 2, 4, 8 minutes (a site down for a while).
 */
export const DEFAULT_JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  crawl: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  },
  process: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  },
  reprocess: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  },
};

/**
 * A Redis connection as BullMQ wants it: `maxRetriesPerRequest: null` so blocking commands of
 * workers wait through a Redis restart instead of failing.
 */
export function createRedisConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

/** Opens the `crawl`, `process` and `reprocess` queues under `prefix` (e.g. `vnnews`). */
export function createQueues(options: { redisUrl: string; prefix: string }): PipelineQueues {
  const connection = createRedisConnection(options.redisUrl);
  const open = <T>(name: QueueName) =>
    new Queue<T>(name, { connection, prefix: options.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS[name] });
  const crawl = open<CrawlJobData>('crawl');
  const process = open<ProcessQueueJobData>('process');
  const reprocess = open<ProcessJobData>('reprocess');
  return {
    crawl,
    process,
    reprocess,
    prefix: options.prefix,
    connection,
    async close() {
      await Promise.all([crawl.close(), process.close(), reprocess.close()]);
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}

/** BullMQ refuses `:` in custom ids and ids that parse as integers; keep ids to a safe alphabet. */
function safeIdPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * Job id of a process job: the page and the version of its body. A page fetched again with a
 * changed body gets a new id (so it is processed again); a double enqueue of one version is a no-op.
 */
export function processJobId(data: Pick<ProcessJobData, 'pageId' | 'version'>): string {
  return `page-${data.pageId}-${safeIdPart(data.version ?? 'v0').slice(0, 40)}`;
}

/**
 * Job id of a batch of pages: the hand-off version and a digest of the page ids, so enqueueing the
 * same batch again is a no-op and a batch of a later crawl (a new version) is a new job.
 */
export function processBatchJobId(data: Pick<ProcessBatchJobData, 'pages' | 'version'>): string {
  const ids = data.pages.map((page) => page.pageId).sort((a, b) => a - b);
  const digest = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16);
  return `pages-${safeIdPart(data.version ?? 'v0').slice(0, 40)}-${ids[0] ?? 0}-${ids.length}-${digest}`;
}

/** Queues a batch of stored pages (one job) for extraction and tagging; returns the job id. */
export async function enqueueProcessBatch(queues: Pick<PipelineQueues, 'process'>, data: ProcessBatchJobData): Promise<string> {
  const jobId = processBatchJobId(data);
  await queues.process.add('process', data, { jobId });
  return jobId;
}

/** Minutes since the epoch: the time slot of a crawl started by hand. */
function minuteSlot(at: Date): string {
  return String(Math.floor(at.getTime() / 60_000));
}

/**
 * Job id of a crawl job: one per source, per kind of crawl (incremental or back to a date) and per
 * minute, so pressing "crawl now" twice does not start two crawls of one source.
 */
export function crawlJobId(data: Pick<CrawlJobData, 'sourceId' | 'since'>, at: Date): string {
  const scope = data.since ? `since-${safeIdPart(data.since.slice(0, 10))}` : 'incremental';
  return `crawl-${safeIdPart(data.sourceId)}-${scope}-${minuteSlot(at)}`;
}

/** Job id of a reprocess job: the page and the reprocess request it belongs to. */
export function reprocessJobId(pageId: number, requestKey: string): string {
  return `reprocess-${pageId}-${safeIdPart(requestKey).slice(0, 60)}`;
}

/**
 * Queues one stored page for extraction and tagging. Pass `version` (the body's sha256 or its
 * version count) so a changed page is processed again; returns the job id.
 */
export async function enqueueProcess(queues: Pick<PipelineQueues, 'process'>, data: ProcessJobData): Promise<string> {
  const jobId = processJobId(data);
  await queues.process.add('process', data, { jobId });
  return jobId;
}

/** Queues many pages at once (one round trip); returns the job ids. */
export async function enqueueProcessBulk(
  queues: Pick<PipelineQueues, 'process'>,
  pages: readonly ProcessJobData[],
): Promise<string[]> {
  const jobs = pages.map((data) => ({ name: 'process', data, opts: { jobId: processJobId(data) } }));
  await queues.process.addBulk(jobs);
  return jobs.map((job) => job.opts.jobId);
}

/** Queues a crawl of one source now; a second call within the same minute returns the same job id. */
export async function enqueueCrawl(
  queues: Pick<PipelineQueues, 'crawl'>,
  data: CrawlJobData,
  now: () => Date = () => new Date(),
): Promise<string> {
  const jobId = crawlJobId(data, now());
  await queues.crawl.add('crawl', data, { jobId });
  return jobId;
}

/**
 * Queues stored pages to be extracted and tagged again (after the classifiers improve).
 * `requestKey` names one reprocess request: enqueueing the same pages twice under one key is a
 * no-op, a new key processes them again.
 * @defaultValue requestKey: the current time in base 36 (every call is a new request)
 */
export async function enqueueReprocess(
  queues: Pick<PipelineQueues, 'reprocess'>,
  pages: readonly ProcessJobData[],
  options: { requestKey?: string } = {},
): Promise<string[]> {
  const requestKey = options.requestKey ?? Date.now().toString(36);
  const jobs = pages.map((data) => ({
    name: 'reprocess',
    data,
    opts: { jobId: reprocessJobId(data.pageId, requestKey) },
  }));
  // addBulk sends one MULTI; chunk so a reprocess of 100,000 pages does not build one giant command.
  for (let i = 0; i < jobs.length; i += 1_000) await queues.reprocess.addBulk(jobs.slice(i, i + 1_000));
  return jobs.map((job) => job.opts.jobId);
}

/** Waiting + active + delayed jobs of one queue: what is left to do. */
export async function countOutstanding(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
