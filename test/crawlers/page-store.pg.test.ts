import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPageStore } from '../../crawlers/page-store.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { backends, truncateAll } from '../setup/postgres.ts';

const page = (url: string, etag: string | null, lastModified: string | null, text: string) => ({
  url,
  finalUrl: url,
  sourceId: 'baoquangninh',
  fetchedAt: new Date('2026-05-01T08:00:00Z'),
  httpStatus: 200,
  contentType: 'text/html; charset=utf-8',
  etag,
  lastModified,
  body: new TextEncoder().encode(`<html><body><p>${text}</p></body></html>`),
});

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`the crawl's page store (${backend.name})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await backend.open();
    });
    afterAll(() => handle?.close());
    beforeEach(() => truncateAll(handle.db));

    it('looks up the validators of many URLs at once and leaves out the URLs never stored', async () => {
      const store = createPageStore(handle.db);
      await store.storePage(page('https://baoquangninh.vn/a-1.html', '"e1"', 'Wed, 01 May 2024 07:00:00 GMT', 'Một'));
      await store.storePage(page('https://baoquangninh.vn/a-2.html', null, null, 'Hai'));
      const urls = ['https://baoquangninh.vn/a-1.html', 'https://baoquangninh.vn/a-2.html', 'https://baoquangninh.vn/never.html'];

      const found = await store.findPageValidatorsOf?.(urls);

      expect([...(found?.keys() ?? [])].sort()).toEqual(urls.slice(0, 2));
      for (const url of urls) expect(found?.get(url)).toEqual(await store.findPageValidators(url));
    });

    it('stores pages handed in at the same time together, each with its own outcome', async () => {
      const store = createPageStore(handle.db);
      await store.storePage(page('https://baoquangninh.vn/a-1.html', null, null, 'Một'));
      const second = page('https://baoquangninh.vn/a-2.html', null, null, 'Hai');
      await store.storePage(second);
      await handle.db.updateTable('pages').set({ status: 'processed' }).where('url', '=', second.url).execute();

      const outcomes = await Promise.all([
        store.storePage(page('https://baoquangninh.vn/a-1.html', null, null, 'Một')),
        store.storePage(page('https://baoquangninh.vn/a-2.html', null, null, 'Hai, sửa lại')),
        store.storePage(page('https://baoquangninh.vn/a-3.html', null, null, 'Ba')),
        ...Array.from({ length: 40 }, (_, i) => store.storePage(page(`https://baoquangninh.vn/b-${i}.html`, null, null, `Bài ${i}`))),
      ]);

      expect(outcomes.slice(0, 3).map((outcome) => outcome.outcome)).toEqual(['unchanged', 'changed', 'new']);
      expect(outcomes[0]).toMatchObject({ pending: true });
      expect(outcomes.slice(3).every((outcome) => outcome.outcome === 'new')).toBe(true);
      expect(new Set(outcomes.map((outcome) => outcome.pageId)).size).toBe(43);
      const rows = await handle.db.selectFrom('pages').select(['id', 'url']).execute();
      expect(rows).toHaveLength(43);
    });

    it('fails only the page the database refuses when pages are stored together', async () => {
      const store = createPageStore(handle.db);
      const bad = { ...page('https://baoquangninh.vn/hong.html', null, null, 'Hỏng'), etag: 'bad\u0000etag' };
      const [good, refused] = await Promise.allSettled([store.storePage(page('https://baoquangninh.vn/tot.html', null, null, 'Tốt')), store.storePage(bad)]);
      expect(good.status).toBe('fulfilled');
      expect(refused.status).toBe('rejected');
      expect(await handle.db.selectFrom('pages').select('url').execute()).toEqual([{ url: 'https://baoquangninh.vn/tot.html' }]);
    });

    it('gives an empty map for an empty list of URLs', async () => {
      const store = createPageStore(handle.db);
      expect((await store.findPageValidatorsOf?.([]))?.size).toBe(0);
    });
  });
}
