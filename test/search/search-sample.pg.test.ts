import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../storage/database.ts';
import { SAMPLE_EVERY, searchArticles, type SearchLimits } from '../../storage/search/search-articles.ts';
import { parseSearchParams } from '../../storage/search/search-request.ts';
import type { SearchParams, SearchResponse } from '../../server/api-types.ts';
import { backends } from '../setup/postgres.ts';
import { fillerArticles, seedArticles } from './seed-articles.ts';

/**
 * A very broad search is counted and ranked on the 1-in-64 sample. Here 320 bulletins stand in for
 * a large archive: with the limits lowered, "đối ngoại" (in every one of them) counts as broad.
 */
for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`search of a very broad query (${backend.name})`, () => {
    let handle: DatabaseHandle;
    const broad: Partial<SearchLimits> = { exactMatchLimit: 100, minSampleMatches: 3 };
    const search = (params: SearchParams, limits: Partial<SearchLimits> = broad): Promise<SearchResponse> =>
      searchArticles(handle.db, parseSearchParams(params), { limits });

    beforeAll(async () => {
      handle = await backend.open();
      await seedArticles(handle.db, fillerArticles(320));
      await sql`analyze articles`.execute(handle.db);
    });
    afterAll(() => handle?.close());

    it('estimates the total and the facets from the sample and says so', async () => {
      const response = await search({ q: 'đối ngoại' });
      const sampleIds = (await sql<{ n: number }>`select count(*)::int as n from articles where id % 64 = 0`.execute(handle.db)).rows[0]!.n;
      expect(response.approximate).toBe(true);
      expect(response.ranking).toBe('sample');
      expect(response.total).toBe(sampleIds * SAMPLE_EVERY);
      expect(response.facets.province).toEqual([expect.objectContaining({ code: 'da-nang', count: sampleIds * SAMPLE_EVERY })]);
    });

    it('ranks a quarter of the sample by relevance and pages through it, and only it', async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ q: 'đối ngoại', limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((id) => id % (SAMPLE_EVERY * 4) === 0)).toBe(true);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('still pages through every match in date order, estimating on every page', async () => {
      const ids = new Set<number>();
      let cursor: string | undefined;
      do {
        const page = await search({ q: 'đối ngoại', sort: 'date', limit: 100, ...(cursor ? { cursor } : {}) });
        expect(page.approximate).toBe(true);
        for (const item of page.items) ids.add(item.id);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(ids.size).toBe(320);
    });

    it('counts exactly when the sample holds too few matches to stand for the whole', async () => {
      const response = await search({ q: 'đối ngoại' }, { exactMatchLimit: 100, minSampleMatches: 1000 });
      expect(response.approximate).toBe(false);
      expect(response.total).toBe(320);
    });

    it('ranks the most recent matches when there are more than the window holds', async () => {
      const windowed = { exactMatchLimit: 100_000, rankWindow: 50 };
      const byDate = await search({ q: 'đối ngoại', sort: 'date', limit: 50 }, windowed);
      const recent = new Set(byDate.items.map((item) => item.id));
      const ranked: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ q: 'đối ngoại', limit: 20, ...(cursor ? { cursor } : {}) }, windowed);
        expect(page).toMatchObject({ approximate: false, ranking: 'recent', total: 320 });
        ranked.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(ranked.sort()).toEqual([...recent].sort());
    });

    it('orders a search without words by date even when relevance is asked for, and pages on', async () => {
      const exact = { exactMatchLimit: 100_000 };
      const byDate = await search({ province: 'da-nang', sort: 'date', limit: 30 }, exact);
      const first = await search({ province: 'da-nang', limit: 15 }, exact);
      const second = await search({ province: 'da-nang', limit: 15, cursor: first.nextCursor! }, exact);
      expect(first.ranking).toBe('all');
      expect([...first.items, ...second.items].map((item) => item.id)).toEqual(byDate.items.map((item) => item.id));
    });

    it('refuses, before querying, a relevance cursor brought to a search without words', async () => {
      const exact = { exactMatchLimit: 100_000 };
      const ranked = await search({ q: 'đối ngoại', sort: 'relevance', limit: 2 }, exact);
      expect(ranked.nextCursor).not.toBeNull();
      const wordless = search({ province: 'da-nang', sort: 'relevance', limit: 2, cursor: ranked.nextCursor! }, exact);
      await expect(wordless).rejects.toThrow('not a cursor from a previous page of this search');
    });

    it('counts exactly below the limit', async () => {
      const response = await search({ q: '"bản tin số 7"' });
      expect(response).toMatchObject({ approximate: false, ranking: 'all' });
      expect(response.total).toBe(1);
    });
  });
}
