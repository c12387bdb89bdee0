import { describe, expect, it } from 'vitest';
import { createHandOffBatcher } from '../../../pipeline/stages/hand-off-batcher.ts';

describe('handing crawled pages on in batches', () => {
  it('hands a full batch on at once and the rest when drained', async () => {
    const batches: number[][] = [];
    const batcher = createHandOffBatcher<number>({
      maxItems: 3,
      maxWaitMillis: 60_000,
      handOff: async (items) => {
        batches.push(items);
      },
      onFailed: () => {},
    });
    for (let page = 1; page <= 7; page += 1) batcher.add(page);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await batcher.drain();
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('does not keep a partial batch waiting longer than the wait', async () => {
    const batches: number[][] = [];
    const batcher = createHandOffBatcher<number>({
      maxItems: 25,
      maxWaitMillis: 20,
      handOff: async (items) => {
        batches.push(items);
      },
      onFailed: () => {},
    });
    batcher.add(1);
    batcher.add(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches).toEqual([[1, 2]]);
  });

  it('reports a failed hand-off with its items, goes on with the next ones, and drains only when all are done', async () => {
    const failed: number[][] = [];
    const handed: number[][] = [];
    let calls = 0;
    const batcher = createHandOffBatcher<number>({
      maxItems: 2,
      maxWaitMillis: 60_000,
      handOff: async () => {
        calls += 1;
        const call = calls;
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (call === 1) throw new Error('Redis is down');
      },
      onHandedOff: (items) => handed.push(items),
      onFailed: (items) => failed.push(items),
    });
    [1, 2, 3, 4, 5].forEach((page) => batcher.add(page));
    await batcher.drain();
    expect(failed).toEqual([[1, 2]]);
    expect(handed).toEqual([[3, 4], [5]]);
  });
});
