import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../storage/database.ts';
import { getArticleView } from '../../storage/search/get-article-view.ts';
import { backends } from '../setup/postgres.ts';
import { SEED_ARTICLES, seedArticles, type SeedArticle } from './seed-articles.ts';

const original = SEED_ARTICLES.find((seed) => seed.key === 'da-nang-india-anniversary')!;
/** The same story re-run by another outlet under a new headline. */
const syndicated: SeedArticle = { ...original, key: 'syndicated-copy', source: 'thoidai', title: 'Kỷ niệm quan hệ Việt Nam - Ấn Độ tại Đà Nẵng' };

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`getArticleView (${backend.name})`, () => {
    let handle: DatabaseHandle;
    let ids: Map<string, number>;
    beforeAll(async () => {
      handle = await backend.open();
      ids = await seedArticles(handle.db, [...SEED_ARTICLES, syndicated]);
    });
    afterAll(() => handle?.close());

    it('returns every field, the source, the page and tags with evidence spans into title or body', async () => {
      const view = (await getArticleView(handle.db, ids.get('quang-nam-india')!))!;
      expect(view.title).toBe('Quảng Nam tiếp đoàn doanh nghiệp Ấn Độ');
      expect(view.body.startsWith(view.sapo)).toBe(true);
      expect(view.source).toEqual({ id: 'baoquangnam', name: 'Báo Quảng Nam', homepage: 'https://baoquangnam.example.vn/' });
      expect(view.page.url).toBe('https://baoquangnam.example.vn/quang-nam-india.html');
      expect(view.publishedAt).toBe('2022-05-10T08:00:00.000Z');
      const province = view.tags.find((tag) => tag.kind === 'province')!;
      expect(province).toMatchObject({ code: 'quang-nam', label: 'Quảng Nam', current: 'da-nang', currentLabel: 'Đà Nẵng', primary: true });
      for (const tag of view.tags) {
        for (const span of tag.evidence) {
          const text = span.field === 'title' ? view.title : view.body;
          expect(text.slice(span.start, span.end)).toBe(span.text);
        }
      }
      expect(view.raw).toBeUndefined();
    });

    it('lists the syndicated copy as a near-duplicate and leaves other stories out', async () => {
      const view = (await getArticleView(handle.db, ids.get('da-nang-india-anniversary')!))!;
      expect(view.duplicates.map((dup) => dup.id)).toEqual([ids.get('syndicated-copy')]);
      expect(view.duplicates[0]!.distance).toBeLessThanOrEqual(3);
      const other = (await getArticleView(handle.db, ids.get('khanh-hoa-korea')!))!;
      expect(other.duplicates).toEqual([]);
    });

    it('returns the stored raw page decompressed on request', async () => {
      const view = (await getArticleView(handle.db, ids.get('hoa-binh-laos')!, { includeRaw: true }))!;
      expect(view.raw?.html).toContain('<h1>Hoà Bình trao đổi kinh nghiệm');
      expect(view.raw?.charset).toBe('utf-8');
    });

    it('returns undefined for an unknown id', async () => {
      expect(await getArticleView(handle.db, 987654)).toBeUndefined();
    });
  });
}
