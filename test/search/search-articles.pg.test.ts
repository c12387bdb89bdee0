import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../storage/database.ts';
import { searchArticles } from '../../storage/search/search-articles.ts';
import { parseSearchParams, SearchInputError } from '../../storage/search/search-request.ts';
import type { SearchParams, SearchResponse } from '../../server/api-types.ts';
import { backends } from '../setup/postgres.ts';
import { fillerArticles, SEED_ARTICLES, seedArticles } from './seed-articles.ts';

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`searchArticles (${backend.name})`, () => {
    let handle: DatabaseHandle;
    let ids: Map<string, number>;
    const search = (params: SearchParams): Promise<SearchResponse> => searchArticles(handle.db, parseSearchParams(params));
    const keysOf = (response: SearchResponse): string[] =>
      response.items.map((item) => [...ids].find(([, id]) => id === item.id)?.[0] ?? String(item.id));

    beforeAll(async () => {
      handle = await backend.open();
      ids = await seedArticles(handle.db, [...SEED_ARTICLES, ...fillerArticles(30)]);
    });
    afterAll(() => handle?.close());

    it('matches a syllable typed with diacritics only in that spelling', async () => {
      const exact = await search({ q: 'đá', relevantOnly: false });
      expect(keysOf(exact)).toEqual(['ha-noi-football']);
    });

    it('matches a syllable typed without diacritics in any spelling', async () => {
      const folded = await search({ q: 'da', relevantOnly: false, facets: false });
      expect(keysOf(folded)).toEqual(expect.arrayContaining(['ha-noi-football', 'da-nang-india-anniversary']));
      const city = await search({ q: 'da nang' });
      expect(keysOf(city)).toContain('da-nang-india-anniversary');
      expect(keysOf(city)).not.toContain('quang-nam-india');
    });

    it.each([
      ['hòa bình', 'hoa-binh-laos'],
      ['hoà bình', 'hoa-binh-laos'],
      ['HOA BINH', 'hoa-binh-laos'],
      ['Khánh Hòa', 'khanh-hoa-korea'],
      ['khanh hoa', 'khanh-hoa-korea'],
      ['Ha\u0300n Quô\u0301c', 'khanh-hoa-korea'],
    ])('finds %s whatever the tone placement or Unicode form', async (q, key) => {
      expect(keysOf(await search({ q }))).toContain(key);
    });

    it('ranks the phrase above the same syllables scattered', async () => {
      const response = await search({ q: 'hợp tác giáo dục' });
      expect(keysOf(response).slice(0, 2)).toEqual(['da-nang-india-anniversary', 'hoa-binh-laos']);
      expect(response.items[0]!.relevance).toBeGreaterThan(response.items[1]!.relevance);
      const folded = await search({ q: 'hop tac giao duc' });
      expect(keysOf(folded)[0]).toBe('da-nang-india-anniversary');
    });

    it('requires quoted phrases as phrases, and supports OR and exclusion', async () => {
      expect(keysOf(await search({ q: '"hợp tác giáo dục"' }))).toEqual(['da-nang-india-anniversary']);
      expect(keysOf(await search({ q: 'Lào OR "Hàn Quốc"' })).sort()).toEqual(['hoa-binh-laos', 'khanh-hoa-korea']);
      const excluded = keysOf(await search({ q: 'hợp tác -"y tế"' }));
      expect(excluded).toContain('da-nang-india-anniversary');
      expect(excluded).not.toContain('hoa-binh-laos');
    });

    it('highlights matches in the snippet and escapes the rest', async () => {
      const response = await search({ q: 'hoc bong' });
      expect(response.items[0]!.snippet).toContain('<mark>học</mark> <mark>bổng</mark>');
      expect(response.items[0]!.snippet).not.toMatch(/<(?!\/?mark>)/);
    });

    it('filters a 2022 Quảng Nam article by today\'s unit but not by the named one', async () => {
      const named = await search({ province: 'da-nang', q: 'Ấn Độ' });
      expect(keysOf(named)).toEqual(['da-nang-india-anniversary']);
      const current = await search({ province: 'da-nang', provinceMode: 'current', q: 'Ấn Độ' });
      expect(keysOf(current).sort()).toEqual(['da-nang-india-anniversary', 'quang-nam-india']);
      const formerAsCurrent = await search({ province: 'quang-nam', provinceMode: 'current', q: 'Ấn Độ' });
      expect(keysOf(formerAsCurrent).sort()).toEqual(['da-nang-india-anniversary', 'quang-nam-india']);
    });

    it.each<[string, SearchParams, string[]]>([
      ['country', { country: 'in' }, ['da-nang-india-anniversary', 'quang-nam-india']],
      ['activity', { activity: 'anniversary' }, ['da-nang-india-anniversary']],
      ['several countries', { country: ['LA', 'KR'] }, ['hoa-binh-laos', 'khanh-hoa-korea']],
      ['source', { source: 'baoquangnam' }, ['quang-nam-india']],
      ['date range', { from: '2022-08-15', to: '2023-03-02' }, ['da-nang-india-anniversary', 'hoa-binh-laos']],
      ['minimum confidence', { country: 'IN', minConfidence: 0.8 }, ['da-nang-india-anniversary']],
      ['primary province', { province: 'hoa-binh', primaryOnly: true }, ['hoa-binh-laos']],
      ['irrelevant included', { relevantOnly: false, province: 'ha-noi' }, ['ha-noi-football']],
      ['relevant only by default', { province: 'ha-noi' }, []],
    ])('filters by %s', async (_name, params, expected) => {
      const response = await search({ ...params, limit: 100 });
      expect(keysOf(response).sort()).toEqual(expected);
      expect(response.total).toBe(expected.length);
    });

    it('counts facets over the filtered set', async () => {
      const response = await search({ country: 'IN', provinceMode: 'current' });
      expect(response.total).toBe(2);
      expect(response.facets.province).toEqual([{ code: 'da-nang', label: 'Đà Nẵng', count: 2 }]);
      expect(response.facets.country).toEqual([{ code: 'IN', label: 'Ấn Độ', count: 2 }]);
      expect(response.facets.activity.map((b) => [b.code, b.count])).toEqual([
        ['anniversary', 1],
        ['delegation', 1],
        ['economic', 1],
        ['education', 1],
      ]);
      expect(response.facets.source.map((b) => [b.code, b.label, b.count])).toEqual([
        ['baodanang', 'Báo Đà Nẵng', 1],
        ['baoquangnam', 'Báo Quảng Nam', 1],
      ]);
      expect(response.facets.month).toEqual([
        { code: '2022-08', label: '2022-08', count: 1 },
        { code: '2022-05', label: '2022-05', count: 1 },
      ]);
      const named = await search({ country: 'IN' });
      expect(named.facets.province.map((b) => b.code).sort()).toEqual(['da-nang', 'quang-nam']);
    });

    it.each(['date', 'relevance'] as const)('pages through results by %s without gaps or repeats', async (sort) => {
      const q = sort === 'relevance' ? 'đối ngoại' : '';
      const all = await search({ q, sort, limit: 100, facets: false });
      expect(all.total).toBeGreaterThan(20);
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await search({ q, sort, limit: 7, cursor, facets: false });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all.items.map((item) => item.id));
    });

    it('sorts articles without a date after dated ones', async () => {
      const response = await search({ sort: 'date', limit: 100, facets: false });
      expect(keysOf(response).at(-1)).toBe('hue-japan-undated');
      expect(response.items[0]!.publishedAt).toBe('2024-01-28T03:00:00.000Z');
    });

    it('rejects a cursor that is not from a previous page', async () => {
      await expect(search({ cursor: 'bm90IGEgY3Vyc29y' })).rejects.toBeInstanceOf(SearchInputError);
      await expect(search({ cursor: Buffer.from('{"k":"date","v":"1; drop table articles","id":1}').toString('base64url') })).rejects.toBeInstanceOf(SearchInputError);
    });

    it.each([
      ["'; drop table articles; --"],
      ['" OR 1=1 --'],
      ['hợp tác & | ! <-> :* ( )'],
      ['\u202eđà nẵng\u202c'],
      ['😀 đà nẵng 🇻🇳'],
      ['\ud800 lone surrogate \udfff'],
      ['nul\u0000byte'],
      ['-'],
      ['"'],
      ['OR OR OR'],
      ['-"" -'],
      ['xin chào '.repeat(190)],
    ])('answers the hostile query %j without an error', async (q) => {
      const response = await search({ q });
      expect(response.total).toBeGreaterThanOrEqual(0);
    });
  });
}
