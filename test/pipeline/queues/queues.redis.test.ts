import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  crawlJobId,
  enqueueCrawl,
  enqueueProcess,
  enqueueProcessBulk,
  enqueueReprocess,
  processJobId,
  type PipelineQueues,
} from '../../../pipeline/queues.ts';
import { describeWithRedis, destroyTestQueues, openTestQueues } from '../../setup/redis.ts';

describeWithRedis('queues', () => {
  let queues: PipelineQueues;
  beforeEach(() => {
    queues = openTestQueues();
  });
  afterEach(async () => {
    await destroyTestQueues(queues);
  });

  it('enqueues one process job for a page enqueued twice with the same body version', async () => {
    const first = await enqueueProcess(queues, { pageId: 7, url: 'http://x.test/a', version: 'abc123' });
    const second = await enqueueProcess(queues, { pageId: 7, url: 'http://x.test/a', version: 'abc123' });
    expect(second).toBe(first);
    expect(await queues.process.getWaitingCount()).toBe(1);
  });

  it('enqueues the page again when its body changed', async () => {
    await enqueueProcess(queues, { pageId: 7, url: 'http://x.test/a', version: 'abc123' });
    await enqueueProcess(queues, { pageId: 7, url: 'http://x.test/a', version: 'def456' });
    expect(await queues.process.getWaitingCount()).toBe(2);
  });

  it('collapses duplicates inside one bulk enqueue', async () => {
    const pages = [1, 2, 2, 3].map((pageId) => ({ pageId, url: `http://x.test/${pageId}`, version: 'v1' }));
    await enqueueProcessBulk(queues, pages);
    expect(await queues.process.getWaitingCount()).toBe(3);
  });

  it('starts one crawl per source and minute however often "crawl now" is pressed', async () => {
    const at = new Date('2026-11-23T10:00:05Z');
    const now = () => at;
    await enqueueCrawl(queues, { sourceId: 'bao-a', trigger: 'cli' }, now);
    await enqueueCrawl(queues, { sourceId: 'bao-a', trigger: 'api' }, now);
    await enqueueCrawl(queues, { sourceId: 'bao-b', trigger: 'cli' }, now);
    await enqueueCrawl(queues, { sourceId: 'bao-a', since: '2025-01-01', trigger: 'cli' }, now);
    expect(await queues.crawl.getWaitingCount()).toBe(3);
  });

  it('gives every job five attempts with exponential backoff and keeps failed jobs', async () => {
    await enqueueProcess(queues, { pageId: 1, url: 'http://x.test/1', version: 'v1' });
    const [job] = await queues.process.getWaiting();
    expect(job?.opts.attempts).toBe(5);
    expect(job?.opts.backoff).toMatchObject({ type: 'exponential' });
    expect(job?.opts.removeOnFail).toMatchObject({ count: 100_000 });
    expect(job?.opts.removeOnComplete).toMatchObject({ count: 1_000 });
  });

  it('reprocesses a page once per request key', async () => {
    const pages = [{ pageId: 1, url: 'http://x.test/1' }];
    await enqueueReprocess(queues, pages, { requestKey: 'r1' });
    await enqueueReprocess(queues, pages, { requestKey: 'r1' });
    await enqueueReprocess(queues, pages, { requestKey: 'r2' });
    expect(await queues.reprocess.getWaitingCount()).toBe(2);
  });
});

it.each([
  ['a version with characters Redis keys dislike', { pageId: 3, version: 'a:b/c' }, 'page-3-a_b_c'],
  ['no version', { pageId: 3 }, 'page-3-v0'],
])('builds a BullMQ-safe process job id for %s', (_name, data, expected) => {
  expect(processJobId(data)).toBe(expected);
});

it('builds crawl job ids without colons, even from an ISO date', () => {
  const id = crawlJobId({ sourceId: 'bao-a', since: '2025-01-01T00:00:00Z' }, new Date(0));
  expect(id).toBe('crawl-bao-a-since-2025-01-01-0');
});
