import { describe, expect, it } from 'vitest';
import { FacetCache } from '../../storage/search/facet-cache.ts';

describe('FacetCache', () => {
  it('reuses a value within its lifetime and computes again after', async () => {
    let clock = 0;
    let calls = 0;
    const cache = new FacetCache<number>(1_000, 10, () => clock);
    const compute = async () => ++calls;
    expect(await cache.get('a', compute)).toBe(1);
    clock = 999;
    expect(await cache.get('a', compute)).toBe(1);
    clock = 1_000;
    expect(await cache.get('a', compute)).toBe(2);
  });

  it('does not keep a failure', async () => {
    const cache = new FacetCache<number>();
    await expect(cache.get('a', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('a', async () => 7)).toBe(7);
  });

  it('drops the oldest entries beyond its size', async () => {
    let calls = 0;
    const cache = new FacetCache<number>(60_000, 2);
    const compute = async () => ++calls;
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('c', compute);
    expect(await cache.get('b', compute)).toBe(2);
    expect(await cache.get('a', compute)).toBe(4);
  });
});
