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

    it('gives an empty map for an empty list of URLs', async () => {
      const store = createPageStore(handle.db);
      expect((await store.findPageValidatorsOf?.([]))?.size).toBe(0);
    });
  });
}
