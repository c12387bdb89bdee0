import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RawPage } from '../../pipeline/types.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import {
  countPagesByStatus,
  findPageValidators,
  listPendingPages,
  loadPage,
  markPageFailed,
  markPageProcessed,
  recordFetchFailure,
  storePage,
  touchPage,
} from '../../storage/pages-repository.ts';
import { backends, truncateAll } from '../setup/postgres.ts';

const encoder = new TextEncoder();

function fetched(url: string, html: string, fetchedAt = new Date('2024-05-01T08:00:00Z')): RawPage & { sourceId: string } {
  return {
    url,
    finalUrl: `${url}?ref=rss`,
    fetchedAt,
    httpStatus: 200,
    contentType: 'text/html; charset=utf-8',
    etag: '"v1"',
    lastModified: 'Wed, 01 May 2024 07:00:00 GMT',
    body: encoder.encode(html),
    sourceId: 'baoquangninh',
  };
}

const html = '<html><body><h1>Quảng Ninh đón đoàn Quảng Tây</h1><p>Hợp tác cửa khẩu.</p></body></html>';

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`pages repository (${backend.name})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await backend.open();
    });
    afterAll(() => handle?.close());
    beforeEach(() => truncateAll(handle.db));

    it('stores a new page gzip-compressed with the sha256 of its bytes and gives it back byte for byte', async () => {
      const page = fetched('https://baoquangninh.vn/a-1.html', html);
      const { pageId, outcome } = await storePage(handle.db, page);
      expect(outcome).toBe('new');
      const row = await handle.db.selectFrom('pages').selectAll().where('id', '=', pageId).executeTakeFirstOrThrow();
      expect(row.status).toBe('pending');
      expect(row.body_sha256).toBe(createHash('sha256').update(page.body).digest('hex'));
      expect(row.body_bytes).toBe(page.body.byteLength);
      expect(row.body_gz?.[0]).toBe(0x1f); // gzip magic
      expect(row.versions).toBe(1);
      const loaded = await loadPage(handle.db, pageId);
      expect(loaded).toMatchObject({
        id: pageId,
        url: page.url,
        finalUrl: page.finalUrl,
        sourceId: 'baoquangninh',
        status: 'pending',
        httpStatus: 200,
        etag: '"v1"',
        fetchedAt: page.fetchedAt,
      });
      expect(Buffer.from(loaded!.body).equals(Buffer.from(page.body))).toBe(true);
    });

    it('changes only fetched_at when the same body is fetched again', async () => {
      const first = await storePage(handle.db, fetched('https://baoquangninh.vn/a-1.html', html));
      await markPageProcessed(handle.db, first.pageId, 'processed', 'utf-8');
      const before = await handle.db.selectFrom('pages').selectAll().executeTakeFirstOrThrow();

      const later = new Date('2024-05-02T08:00:00Z');
      const again = { ...fetched('https://baoquangninh.vn/a-1.html', html, later), etag: '"v2"', httpStatus: 203 };
      // Processed already: nothing for a crawl to hand on again.
      expect(await storePage(handle.db, again)).toEqual({ pageId: first.pageId, outcome: 'unchanged', pending: false });

      const after = await handle.db.selectFrom('pages').selectAll().executeTakeFirstOrThrow();
      expect(after.fetched_at).toEqual(later);
      expect({ ...after, fetched_at: before.fetched_at }).toEqual(before);
      expect(after.status).toBe('processed');
    });

    it('says when the same body comes again while the stored one was never processed', async () => {
      const first = await storePage(handle.db, fetched('https://baoquangninh.vn/a-1.html', html));
      const again = await storePage(handle.db, fetched('https://baoquangninh.vn/a-1.html', html, new Date('2024-05-02T08:00:00Z')));
      expect(again).toEqual({ pageId: first.pageId, outcome: 'unchanged', pending: true });
    });

    it('puts a page with a changed body back in the queue and counts the version', async () => {
      const first = await storePage(handle.db, fetched('https://baoquangninh.vn/a-1.html', html));
      await markPageFailed(handle.db, first.pageId, 'no article body');
      const edited = fetched('https://baoquangninh.vn/a-1.html', html.replace('cửa khẩu', 'cửa khẩu Móng Cái'));
      expect(await storePage(handle.db, edited)).toEqual({ pageId: first.pageId, outcome: 'changed' });
      const row = await handle.db.selectFrom('pages').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', error: null, versions: 2, charset: null });
      expect(Buffer.from((await loadPage(handle.db, first.pageId))!.body).toString('utf8')).toContain('Móng Cái');
    });

    it('keeps a fetch failure as a failed page with its reason', async () => {
      const pageId = await recordFetchFailure(handle.db, {
        url: 'https://baoquangninh.vn/gone.html',
        sourceId: 'baoquangninh',
        httpStatus: 404,
        error: 'HTTP 404 Not Found',
        fetchedAt: new Date('2024-05-01T08:00:00Z'),
      });
      const row = await handle.db.selectFrom('pages').selectAll().where('id', '=', pageId).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'failed', error: 'HTTP 404 Not Found', http_status: 404, body_gz: null, versions: 0 });
      expect((await loadPage(handle.db, pageId))?.body.byteLength).toBe(0);

      // The page comes back later: it is stored and queued like a new body.
      const stored = await storePage(handle.db, fetched('https://baoquangninh.vn/gone.html', html));
      expect(stored).toEqual({ pageId, outcome: 'changed' });
      expect(await countPagesByStatus(handle.db)).toEqual({ pending: 1, processed: 0, failed: 0, skipped: 0 });
    });

    it('never lets a failed refetch hide a body already stored', async () => {
      const { pageId } = await storePage(handle.db, fetched('https://baoquangninh.vn/a-1.html', html));
      await markPageProcessed(handle.db, pageId, 'processed');
      await recordFetchFailure(handle.db, {
        url: 'https://baoquangninh.vn/a-1.html',
        sourceId: 'baoquangninh',
        httpStatus: 503,
        error: 'HTTP 503 after 3 retries',
        fetchedAt: new Date('2024-06-01T00:00:00Z'),
      });
      const loaded = await loadPage(handle.db, pageId);
      expect(loaded).toMatchObject({ status: 'processed', httpStatus: 200 });
      expect(loaded!.body.byteLength).toBeGreaterThan(0);
    });

    it('moves only fetched_at on a 304 and hands out the validators for the next request', async () => {
      const { pageId } = await storePage(handle.db, fetched('https://baoquangninh.vn/a-1.html', html));
      expect(await touchPage(handle.db, 'https://baoquangninh.vn/a-1.html', new Date('2024-07-01T00:00:00Z'))).toBe(pageId);
      expect(await touchPage(handle.db, 'https://baoquangninh.vn/never.html', new Date())).toBeUndefined();
      expect((await loadPage(handle.db, pageId))?.fetchedAt).toEqual(new Date('2024-07-01T00:00:00Z'));
      expect(await findPageValidators(handle.db, 'https://baoquangninh.vn/a-1.html')).toEqual({
        etag: '"v1"',
        lastModified: 'Wed, 01 May 2024 07:00:00 GMT',
        sha256: createHash('sha256').update(html).digest('hex'),
      });
      expect(await findPageValidators(handle.db, 'https://baoquangninh.vn/never.html')).toBeUndefined();
    });

    it('lists pending pages in id order, page by page and per source', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) {
        const page = { ...fetched(`https://example.vn/${i}.html`, `${html}${i}`), sourceId: i % 2 ? 'odd' : 'even' };
        ids.push((await storePage(handle.db, page)).pageId);
      }
      await markPageProcessed(handle.db, ids[1]!, 'skipped');
      const first = await listPendingPages(handle.db, { limit: 2 });
      expect(first.map((page) => page.id)).toEqual([ids[0], ids[2]]);
      const next = await listPendingPages(handle.db, { limit: 2, afterId: first[1]!.id });
      expect(next).toEqual([
        { id: ids[3], url: 'https://example.vn/3.html' },
        { id: ids[4], url: 'https://example.vn/4.html' },
      ]);
      expect((await listPendingPages(handle.db, { limit: 10, sourceId: 'odd' })).map((page) => page.id)).toEqual([ids[3]]);
      expect(await countPagesByStatus(handle.db)).toEqual({ pending: 4, processed: 0, failed: 0, skipped: 1 });
    });

    it('records a processing failure and clears it when the page is processed again', async () => {
      const { pageId } = await storePage(handle.db, fetched('https://example.vn/x.html', html));
      await markPageFailed(handle.db, pageId, 'extraction: no article body');
      expect(await loadPage(handle.db, pageId)).toMatchObject({ status: 'failed' });
      await markPageProcessed(handle.db, pageId, 'processed', 'windows-1258');
      const row = await handle.db.selectFrom('pages').select(['status', 'error', 'charset']).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'processed', error: null, charset: 'windows-1258' });
    });

    it('counts one change when the same new body is stored twice at once', async () => {
      const url = 'https://example.vn/race.html';
      await storePage(handle.db, fetched(url, html));
      const body = `${html}<!-- edited -->`;
      const outcomes = await Promise.all([storePage(handle.db, fetched(url, body)), storePage(handle.db, fetched(url, body))]);
      expect(outcomes.map((o) => o.outcome).sort()).toEqual(['changed', 'unchanged']);
      expect((await handle.db.selectFrom('pages').select('versions').executeTakeFirstOrThrow()).versions).toBe(2);
    });
  });
}
