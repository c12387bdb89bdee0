import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeBody } from '../../pipeline/article-body.ts';
import { fingerprintText } from '../../pipeline/fingerprint.ts';
import type { TagMethod } from '../../pipeline/types.ts';
import {
  findArticleByPageId,
  getArticle,
  upsertArticle,
  upsertArticles,
  type ArticleInput,
} from '../../storage/articles-repository.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { storePage } from '../../storage/pages-repository.ts';
import { backends, truncateAll } from '../setup/postgres.ts';
import { classified, extracted, rawPage } from './article-fixtures.ts';

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`articles repository (${backend.name})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await backend.open();
    });
    afterAll(() => handle?.close());
    beforeEach(() => truncateAll(handle.db));

    async function input(url: string, overrides: Partial<ArticleInput> = {}): Promise<ArticleInput> {
      const { pageId } = await storePage(handle.db, rawPage(url));
      return { pageId, sourceId: 'baodanang', url, article: extracted(), classification: classified(), ...overrides };
    }

    it('stores an article with every tag, its evidence and the fingerprint of its body', async () => {
      const article = await input('https://baodanang.vn/lao-1.html');
      const id = await upsertArticle(handle.db, article);
      const stored = await getArticle(handle.db, id);
      expect(stored).toMatchObject({
        id,
        pageId: article.pageId,
        sourceId: 'baodanang',
        title: article.article.title,
        sapo: article.article.sapo,
        text: article.article.text,
        keywords: ['Lào', 'hợp tác'],
        publishedAt: new Date('2024-03-20T10:45:00Z'),
        relevance: 0.93,
        relevant: true,
        extractorVersion: 'extract-test-1',
        classifierVersion: 'classify-test-1',
        fingerprint: fingerprintText(composeBody(article.article)),
      });
      const { provinces, countries, regions, activities } = article.classification;
      expect(stored?.provinces).toEqual(provinces);
      expect(stored?.countries).toEqual(countries);
      expect(stored?.regions).toEqual(regions);
      expect(stored?.activities).toEqual(activities);
      expect(await findArticleByPageId(handle.db, article.pageId)).toEqual(stored);
      expect(await getArticle(handle.db, id + 1000)).toBeUndefined();
    });

    it('replaces the article and all its tags when the page is processed again, keeping the id', async () => {
      const first = await input('https://baodanang.vn/lao-1.html');
      const id = await upsertArticle(handle.db, first);
      const again = {
        ...first,
        article: extracted({ title: 'Tiêu đề đã sửa', extractorVersion: 'extract-test-2' }),
        classification: classified({ countries: [], regions: [], relevance: 0.4, relevant: false }),
      };
      expect(await upsertArticle(handle.db, again)).toBe(id);
      const stored = await getArticle(handle.db, id);
      expect(stored).toMatchObject({ title: 'Tiêu đề đã sửa', relevant: false, extractorVersion: 'extract-test-2' });
      expect(stored?.countries).toEqual([]);
      expect(stored?.regions).toEqual([]);
      expect(stored?.provinces).toHaveLength(2);
      const tagCount = await handle.db.selectFrom('article_tags').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(tagCount.n)).toBe(4);
    });

    it('leaves the previous version intact when a tag fails to insert midway', async () => {
      const first = await input('https://baodanang.vn/lao-1.html');
      const id = await upsertArticle(handle.db, first);
      const before = await getArticle(handle.db, id);

      const broken = classified();
      // The method check constraint rejects this tag after the article row was already updated.
      broken.activities = [{ code: 'aid', confidence: 0.5, method: 'guesswork' as TagMethod, evidence: [] }];
      await expect(
        upsertArticle(handle.db, { ...first, article: extracted({ title: 'Phiên bản hỏng' }), classification: broken }),
      ).rejects.toThrow();

      expect(await getArticle(handle.db, id)).toEqual(before);
    });

    it('rolls back a whole batch when one of its articles fails', async () => {
      const good = await input('https://baodanang.vn/a.html');
      const bad = await input('https://baodanang.vn/b.html', {
        classification: classified({ countries: [{ code: 'LA', confidence: 1, method: 'magic' as TagMethod, evidence: [] }] }),
      });
      await expect(upsertArticles(handle.db, [good, bad])).rejects.toThrow();
      expect(await findArticleByPageId(handle.db, good.pageId)).toBeUndefined();
    });

    it('upserts a batch in one go and returns ids in input order, the later input winning for a repeated page', async () => {
      const inputs = await Promise.all(
        Array.from({ length: 5 }, (_, i) =>
          input(`https://baodanang.vn/batch-${i}.html`, { article: extracted({ title: `Bài số ${i}` }) }),
        ),
      );
      const repeated = { ...inputs[2]!, article: extracted({ title: 'Bài số 2, bản sau' }) };
      const ids = await upsertArticles(handle.db, [...inputs, repeated]);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(5);
      expect(ids[5]).toBe(ids[2]);
      for (const [index, id] of ids.slice(0, 5).entries()) {
        const stored = await getArticle(handle.db, id);
        expect(stored?.pageId).toBe(inputs[index]!.pageId);
        expect(stored?.activities).toHaveLength(2);
      }
      expect((await getArticle(handle.db, ids[2]!))?.title).toBe('Bài số 2, bản sau');
      expect(await upsertArticles(handle.db, [])).toEqual([]);
    });

    it.each([
      ['NFC', 'Thừa Thiên Huế và Quảng Trị ký kết hợp tác với tỉnh Savannakhet'.normalize('NFC')],
      ['NFD', 'Thừa Thiên Huế và Quảng Trị ký kết hợp tác với tỉnh Savannakhet'.normalize('NFD')],
      ['old-style tone placement', 'Hoà Bình, Thuỷ Nguyên, Khánh Hoà'],
      ['emoji and symbols outside the BMP', 'Giao lưu 🇻🇳🇱🇦 – “hữu nghị” · 𝔸'],
    ])('keeps %s Vietnamese text byte for byte', async (_name, text) => {
      const article = await input('https://baodanang.vn/unicode.html', {
        article: extracted({ title: text, sapo: text, text: `${text}\n${text}`, author: text, keywords: [text] }),
      });
      const stored = await getArticle(handle.db, await upsertArticle(handle.db, article));
      for (const value of [stored?.title, stored?.sapo, stored?.author, stored?.keywords[0]]) {
        expect(Buffer.from(value ?? '', 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
      }
      expect(stored?.text).toBe(`${text}\n${text}`);
    });

    it('stores an unreadable publication date as null instead of failing the article', async () => {
      const article = await input('https://baodanang.vn/undated.html', {
        article: extracted({ publishedAt: 'hôm qua', modifiedAt: '2024-03-21T09:00:00+07:00' }),
      });
      const stored = await getArticle(handle.db, await upsertArticle(handle.db, article));
      expect(stored?.publishedAt).toBeNull();
      expect(stored?.modifiedAt).toEqual(new Date('2024-03-21T02:00:00Z'));
    });

    it('deletes the article and its tags with its page', async () => {
      const article = await input('https://baodanang.vn/lao-1.html');
      const id = await upsertArticle(handle.db, article);
      await handle.db.deleteFrom('pages').where('id', '=', article.pageId).execute();
      expect(await getArticle(handle.db, id)).toBeUndefined();
      const tags = await handle.db.selectFrom('article_tags').selectAll().execute();
      expect(tags).toEqual([]);
    });
  });
}
