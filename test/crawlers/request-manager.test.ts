import { describe, expect, it } from 'vitest';
import { CrawlRequestManager } from '../../crawlers/request-manager.ts';

describe("a crawl's requests in memory", () => {
  it('gives each URL once per crawl, in the order queued, forefront requests first', async () => {
    const manager = new CrawlRequestManager();
    await manager.addRequestsBatched([
      { url: 'https://bao.example/a', uniqueKey: 'a' },
      { url: 'https://bao.example/b', uniqueKey: 'b' },
      { url: 'https://bao.example/a', uniqueKey: 'a' },
    ]);
    await manager.addRequest({ url: 'https://bao.example/home', uniqueKey: 'home' }, { forefront: true });
    const order: string[] = [];
    for await (const request of manager) {
      order.push(request.uniqueKey);
      await manager.markRequestHandled(request);
    }
    expect(order).toEqual(['home', 'a', 'b']);
    expect(await manager.handledCount()).toBe(3);
    const again = await manager.addRequest({ url: 'https://bao.example/b', uniqueKey: 'b' });
    expect(again).toMatchObject({ wasAlreadyPresent: true, wasAlreadyHandled: true });
    expect(await manager.isEmpty()).toBe(true);
  });

  it('is finished only when nothing waits and nothing is in progress, and a reclaimed request comes back', async () => {
    const manager = new CrawlRequestManager();
    await manager.addRequest({ url: 'https://bao.example/flaky', uniqueKey: 'flaky' });
    const request = await manager.fetchNextRequest();
    expect(await manager.isEmpty()).toBe(true);
    expect(await manager.isFinished()).toBe(false);
    await manager.reclaimRequest(request!);
    expect((await manager.fetchNextRequest())?.uniqueKey).toBe('flaky');
    await manager.markRequestHandled(request!);
    expect(await manager.isFinished()).toBe(true);
  });

  it('adds no more new requests than the budget and says which were left out', async () => {
    const manager = new CrawlRequestManager();
    const result = await manager.addRequestsBatched(['https://bao.example/1', 'https://bao.example/2', 'https://bao.example/3'], { maxNewRequests: 2 });
    expect(result.addedRequests).toHaveLength(2);
    expect(result.requestsOverLimit).toEqual([{ url: 'https://bao.example/3' }]);
    expect(manager.getTotalCount()).toBe(2);
  });
});
