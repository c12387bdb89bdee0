import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../../pipeline/config.ts';
import { PermanentError, TransientError } from '../../../pipeline/errors.ts';
import { createLogger } from '../../../pipeline/logger.ts';
import { isBatchJob, type PipelineQueues } from '../../../pipeline/queues.ts';
import { startWorkers, type RunningWorkers, type WorkerStages } from '../../../pipeline/workers/start-workers.ts';
import { describeWithRedis, destroyTestQueues, openTestQueues, testRedisUrl } from '../../setup/redis.ts';
import { waitUntil } from './spawn-worker.ts';

describeWithRedis('startWorkers', () => {
  let queues: PipelineQueues;
  let running: RunningWorkers | undefined;
  beforeEach(() => {
    queues = openTestQueues();
  });
  afterEach(async () => {
    await running?.close(100);
    running = undefined;
    await destroyTestQueues(queues);
  });

  const config = () =>
    loadConfig({ REDIS_URL: testRedisUrl, QUEUE_PREFIX: queues.prefix, LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '2' });
  const start = (process: WorkerStages['process']) => {
    const unused = async () => {
      throw new Error('not under test');
    };
    running = startWorkers(config(), { process, crawl: unused, reprocess: unused }, {
      queues: ['process'],
      logger: createLogger({ logLevel: 'silent' }),
    });
    return running;
  };
  const add = (pageId: number, attempts = 5) =>
    queues.process.add('process', { pageId, url: `http://x.test/${pageId}` }, { jobId: `page-${pageId}`, attempts, backoff: { type: 'fixed', delay: 10 } });

  it('returns what the stage returns and completes the job', async () => {
    await start(async (data) => ({ pageId: isBatchJob(data) ? undefined : data.pageId, status: 'processed' }));
    const job = await add(1);
    await waitUntil('completion', async () => (await job.getState()) === 'completed', 10_000);
    expect((await queues.process.getJob('page-1'))?.returnvalue).toEqual({ pageId: 1, status: 'processed' });
  });

  it('fails a job at once on a PermanentError and keeps it with its reason', async () => {
    let calls = 0;
    await start(async () => {
      calls += 1;
      throw new PermanentError('not an article: no body', { stage: 'extract' });
    });
    const job = await add(2);
    await waitUntil('failure', async () => (await job.getState()) === 'failed', 10_000);
    const failed = await queues.process.getJob('page-2');
    expect(failed?.failedReason).toBe('not an article: no body');
    expect(calls).toBe(1);
  });

  it('retries a TransientError and completes once the stage succeeds', async () => {
    let calls = 0;
    await start(async () => {
      calls += 1;
      if (calls < 3) throw new TransientError('database restarting');
      return { ok: true };
    });
    const job = await add(3);
    await waitUntil('completion after retries', async () => (await job.getState()) === 'completed', 10_000);
    expect(calls).toBe(3);
  });

  it('lets an in-flight job finish when it ends within the grace period', async () => {
    let finished = false;
    const workers = await start(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      finished = true;
      return {};
    });
    await workers.ready();
    const job = await add(4);
    await waitUntil('the job to start', async () => (await job.getState()) === 'active', 10_000);
    await workers.close(5_000);
    expect(finished).toBe(true);
    expect(await job.getState()).toBe('completed');
  });

  it('returns an in-flight job to the queue when the grace period runs out', async () => {
    const workers = await start(() => new Promise(() => {}));
    await workers.ready();
    const job = await add(5);
    await waitUntil('the job to start', async () => (await job.getState()) === 'active', 10_000);
    const closedAt = Date.now();
    await workers.close(300);
    expect(Date.now() - closedAt).toBeLessThan(5_000);
    expect(await job.getState()).toBe('waiting');
    expect((await queues.process.getJob('page-5'))?.failedReason).toBeFalsy();
  });

  it('takes half as many crawls as process jobs at once, so that one worker does not hold every source', async () => {
    let crawling = 0;
    let most = 0;
    const release: Array<() => void> = [];
    const crawl = async () => {
      crawling += 1;
      most = Math.max(most, crawling);
      await new Promise<void>((resolve) => release.push(resolve));
      crawling -= 1;
      return {};
    };
    const unused = async () => ({});
    running = startWorkers(config(), { crawl, process: unused, reprocess: unused }, {
      queues: ['crawl'],
      concurrency: 4,
      logger: createLogger({ logLevel: 'silent' }),
    });
    await running.ready();
    for (const sourceId of ['bao-a', 'bao-b', 'bao-c']) await queues.crawl.add('crawl', { sourceId, trigger: 'cli' }, { jobId: `crawl-${sourceId}` });
    await waitUntil('two crawls to start', () => crawling === 2, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(most).toBe(2);
    while (release.length > 0 || crawling > 0) {
      release.splice(0).forEach((resolve) => resolve());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await waitUntil('the three crawls to complete', async () => (await queues.crawl.getCompletedCount()) === 3, 10_000);
  });
});
