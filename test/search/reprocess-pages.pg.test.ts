import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processPage } from '../../pipeline/stages/process-page.ts';
import { reprocessPages } from '../../pipeline/stages/reprocess.ts';
import type { ProcessJobData } from '../../pipeline/types.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { storePage } from '../../storage/pages-repository.ts';
import { backends } from '../setup/postgres.ts';

const ARTICLE_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Đà Nẵng tiếp Đại sứ Ấn Độ</title>
<meta property="og:title" content="Đà Nẵng tiếp Đại sứ Ấn Độ">
<meta property="article:published_time" content="2022-08-15T09:30:00+07:00"></head>
<body><article><h1>Đà Nẵng tiếp Đại sứ Ấn Độ</h1>
<p>Sáng 15/8, Chủ tịch UBND thành phố Đà Nẵng đã tiếp Đại sứ Ấn Độ tại Việt Nam đến chào xã giao và bàn về hợp tác giáo dục.</p>
<p>Hai bên trao đổi về việc mở đường bay thẳng, thúc đẩy du lịch và đầu tư giữa Đà Nẵng và các bang của Ấn Độ.</p>
<p>Đại sứ khẳng định sẽ tiếp tục hỗ trợ thành phố trong các chương trình học bổng cho sinh viên.</p>
</article></body></html>`;

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`reprocessPages (${backend.name})`, () => {
    let handle: DatabaseHandle;
    const pageIds: number[] = [];
    beforeAll(async () => {
      handle = await backend.open();
      const pages = [
        { url: 'https://baodanang.example.vn/dai-su-an-do.html', body: ARTICLE_HTML, source: 'baodanang' },
        { url: 'https://baodanang.example.vn/anh.jpg', body: '\u0000\u0001\u0002binary\u0000\u0000', source: 'baodanang' },
        { url: 'https://thoidai.example.vn/other.html', body: ARTICLE_HTML, source: 'thoidai' },
      ];
      for (const page of pages) {
        const { pageId } = await storePage(handle.db, {
          url: page.url,
          finalUrl: page.url,
          fetchedAt: new Date('2025-03-01T00:00:00Z'),
          httpStatus: 200,
          contentType: page.url.endsWith('.jpg') ? 'image/jpeg' : 'text/html; charset=utf-8',
          etag: null,
          lastModified: null,
          body: new TextEncoder().encode(page.body),
          sourceId: page.source,
        });
        pageIds.push(pageId);
      }
    });
    afterAll(() => handle?.close());

    it('extracts and tags the selected pages in-process, counting failures and going on', async () => {
      const progress: number[] = [];
      const summary = await reprocessPages(
        { sourceIds: ['baodanang'] },
        {
          db: handle.db,
          processOne: (pageId) => processPage(pageId, { db: handle.db }),
          onProgress: (p) => progress.push(p.done),
        },
      );
      expect(summary).toMatchObject({ mode: 'in-process', total: 2, done: 2, processed: 1, failed: 1 });
      expect(summary.failures[0]!.pageId).toBe(pageIds[1]);
      expect(progress.at(-1)).toBe(2);
      const articles = await handle.db.selectFrom('articles').select(['page_id', 'title']).execute();
      expect(articles).toEqual([{ page_id: pageIds[0], title: 'Đà Nẵng tiếp Đại sứ Ấn Độ' }]);
    });

    it('runs again over the same pages without duplicating articles', async () => {
      await reprocessPages({ statuses: ['processed'] }, { db: handle.db, processOne: (pageId) => processPage(pageId, { db: handle.db }) });
      const count = await handle.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      expect(Number(count!.n)).toBe(1);
    });

    it('puts the pages on the reprocess queue when queues are given', async () => {
      const queued: ProcessJobData[] = [];
      const queues = {
        reprocess: {
          addBulk: async (jobs: Array<{ data: ProcessJobData }>) => {
            queued.push(...jobs.map((job) => job.data));
            return [];
          },
        },
      } as unknown as Parameters<typeof reprocessPages>[1]['queues'];
      const summary = await reprocessPages({ since: '2025-03-01' }, { db: handle.db, ...(queues ? { queues } : {}) });
      expect(summary).toMatchObject({ mode: 'queued', total: 3, done: 3 });
      expect(queued.map((job) => job.pageId)).toEqual(pageIds);
      const none = await reprocessPages({ since: '2025-03-02' }, { db: handle.db, ...(queues ? { queues } : {}) });
      expect(none.total).toBe(0);
    });
  });
}
