import { Worker } from 'bullmq';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PipelineQueues } from '../../../pipeline/queues.ts';
import { syncCrawlSchedulers, type ScheduledSource } from '../../../pipeline/runtime/crawl-schedules.ts';
import type { CrawlJobData } from '../../../pipeline/types.ts';
import { describeWithRedis, destroyTestQueues, openTestQueues } from '../../setup/redis.ts';

describeWithRedis('crawl schedules', () => {
  let queues: PipelineQueues;
  let worker: Worker<CrawlJobData> | undefined;
  beforeEach(() => {
    queues = openTestQueues();
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
    await destroyTestQueues(queues);
  });

  const everySecond = (id: string, enabled = true): ScheduledSource => ({ id, schedule: '* * * * * *', enabled });

  it('produces crawl jobs for two scheduled sources, and none for a source once it is disabled', async () => {
    const seen: Array<{ sourceId: string; at: number }> = [];
    worker = new Worker<CrawlJobData>(
      'crawl',
      async (job) => {
        seen.push({ sourceId: job.data.sourceId, at: Date.now() });
      },
      { connection: queues.connection.duplicate(), prefix: queues.prefix, concurrency: 4 },
    );

    const first = await syncCrawlSchedulers(queues.crawl, [everySecond('bao-a'), everySecond('bao-b')]);
    expect(first.installed.sort()).toEqual(['bao-a', 'bao-b']);
    await waitFor(() => count(seen, 'bao-a') >= 2 && count(seen, 'bao-b') >= 2, 10_000);

    const second = await syncCrawlSchedulers(queues.crawl, [everySecond('bao-a'), everySecond('bao-b', false)]);
    expect(second).toMatchObject({ removed: ['bao-b'], unchanged: ['bao-a'] });
    expect((await queues.crawl.getJobSchedulers()).map((s) => s.key)).toEqual(['source-bao-a']);

    // Let any job already queued for bao-b run out, then check bao-b stays silent while bao-a goes on.
    await sleep(1_500);
    const afterDisable = Date.now();
    await waitFor(() => seen.filter((s) => s.sourceId === 'bao-a' && s.at > afterDisable).length >= 2, 10_000);
    expect(seen.filter((s) => s.sourceId === 'bao-b' && s.at > afterDisable)).toEqual([]);
    expect(seen.every((s) => ['bao-a', 'bao-b'].includes(s.sourceId))).toBe(true);
  });

  it('updates a scheduler whose cron changed and removes one of a deleted source', async () => {
    await syncCrawlSchedulers(queues.crawl, [
      { id: 'bao-a', schedule: '0 6 * * *', enabled: true },
      { id: 'bao-c', schedule: '0 7 * * *', enabled: true },
    ]);
    const result = await syncCrawlSchedulers(queues.crawl, [{ id: 'bao-a', schedule: '30 6 * * *', enabled: true }]);
    expect(result).toEqual({ installed: [], updated: ['bao-a'], unchanged: [], removed: ['bao-c'] });
    const [scheduler] = await queues.crawl.getJobSchedulers();
    expect(scheduler).toMatchObject({ key: 'source-bao-a', pattern: '30 6 * * *', tz: 'Asia/Ho_Chi_Minh' });
    expect(scheduler?.template?.data).toEqual({ sourceId: 'bao-a', trigger: 'schedule' });
  });

  it('leaves schedulers it did not create alone', async () => {
    await queues.crawl.upsertJobScheduler('maintenance', { every: 60_000 });
    const result = await syncCrawlSchedulers(queues.crawl, []);
    expect(result.removed).toEqual([]);
    expect(await queues.crawl.getJobSchedulersCount()).toBe(1);
  });
});

function count(seen: Array<{ sourceId: string }>, id: string): number {
  return seen.filter((s) => s.sourceId === id).length;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMillis: number): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMillis} ms`);
    await sleep(100);
  }
}
