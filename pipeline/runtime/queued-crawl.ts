import { countOutstanding, enqueueCrawl, type PipelineQueues } from '../queues.ts';
import type { CrawlJobData } from '../types.ts';

/** Where one crawl job ended up. */
export interface QueuedCrawlOutcome {
  sourceId: string;
  jobId: string;
  state: string;
  /** The crawl stage's return value (ids and counts) once completed. */
  result?: unknown;
  failedReason?: string;
}

const FINAL_STATES = new Set(['completed', 'failed']);

/**
 * `vnnews crawl` with Redis: enqueues the crawls, then (with `wait`) follows them until every crawl
 * job has finished and the process queue has drained, reporting progress as it goes.
 */
export async function crawlThroughQueues(
  queues: PipelineQueues,
  jobs: readonly CrawlJobData[],
  options: {
    wait: boolean;
    pollMillis?: number;
    onProgress?: (text: string) => void;
    timeoutMillis?: number;
    /** Clock of the crawl job ids (one crawl per source and minute). */
    now?: () => Date;
  },
): Promise<QueuedCrawlOutcome[]> {
  const enqueued = [];
  for (const job of jobs) enqueued.push({ sourceId: job.sourceId, jobId: await enqueueCrawl(queues, job, options.now) });
  if (!options.wait) return enqueued.map((job) => ({ ...job, state: 'waiting' }));

  const poll = options.pollMillis ?? 1_000;
  const deadline = options.timeoutMillis ? Date.now() + options.timeoutMillis : Infinity;
  const sleep = () => new Promise((resolve) => setTimeout(resolve, poll));
  for (;;) {
    const outcomes = await Promise.all(enqueued.map((job) => describeJob(queues, job)));
    const running = outcomes.filter((outcome) => !FINAL_STATES.has(outcome.state));
    const pending = await countOutstanding(queues.process);
    const pages = outcomes.reduce((sum, outcome) => sum + (outcome.articlePages ?? 0), 0);
    options.onProgress?.(
      `crawls: ${outcomes.length - running.length}/${outcomes.length} done · article pages queued: ${pages} · process jobs outstanding: ${pending}`,
    );
    if (running.length === 0 && pending === 0) return outcomes.map(({ articlePages: _ignored, ...outcome }) => outcome);
    if (Date.now() > deadline) throw new Error('timed out waiting for the crawls; they go on in the workers');
    await sleep();
  }
}

async function describeJob(
  queues: PipelineQueues,
  job: { sourceId: string; jobId: string },
): Promise<QueuedCrawlOutcome & { articlePages?: number }> {
  const found = await queues.crawl.getJob(job.jobId);
  if (!found) return { ...job, state: 'missing' };
  const state = await found.getState();
  const progress = typeof found.progress === 'object' && found.progress ? (found.progress as { articlePages?: number }) : {};
  const result = found.returnvalue as { queuedPages?: number } | null | undefined;
  return {
    ...job,
    state,
    ...(state === 'completed' ? { result: found.returnvalue } : {}),
    ...(state === 'failed' ? { failedReason: found.failedReason } : {}),
    articlePages: result?.queuedPages ?? progress.articlePages ?? 0,
  };
}
