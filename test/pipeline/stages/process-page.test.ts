import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PermanentError } from '../../../pipeline/errors.ts';
import { processPage, processPages } from '../../../pipeline/stages/process-page.ts';
import { processRawPage } from '../../../pipeline/stages/process-raw-page.ts';
import { OUTLETS, generateArticles } from '../../../sample-site/catalog.ts';
import { renderArticle, renderListing } from '../../../sample-site/render.ts';
import { findArticleByPageId } from '../../../storage/articles-repository.ts';
import { startCrawlRun } from '../../../storage/crawl-runs-repository.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../../storage/database.ts';
import { loadPage, storePage } from '../../../storage/pages-repository.ts';
import { truncateAll } from '../../setup/postgres.ts';

const SITE = 'http://127.0.0.1:9';
const outlet = OUTLETS[0]!;
const [foreignAffairs, everyday] = (() => {
  const articles = generateArticles(outlet, 12, new Date('2026-11-20T01:00:00Z'));
  return [articles.find((a) => a.activity !== null)!, articles.find((a) => a.activity === null)!];
})();
const articleHtml = (article = foreignAffairs) => renderArticle(outlet, article, [], SITE);
const listingHtml = () => renderListing(outlet, foreignAffairs.section, [foreignAffairs, everyday], 1, 3, (n) => `${SITE}/list/${n}`);
const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

describe('processRawPage', () => {
  const fetchedAt = new Date('2026-11-21T00:00:00Z');
  it.each([
    ['an article page', bytes(articleHtml()), 'text/html; charset=utf-8', 'article'],
    ['a section listing', bytes(listingHtml()), 'text/html; charset=utf-8', 'skip'],
    ['an image served as a page', PNG, 'image/png', 'error'],
    ['an empty body', new Uint8Array(0), 'text/html', 'error'],
  ])('classifies %s as %s', (_name, body, contentType, kind) => {
    const result = processRawPage({ url: `${SITE}${foreignAffairs.path}`, body, contentType, fetchedAt });
    expect(result.kind).toBe(kind);
  });

  it('tags a foreign-affairs article and reads the body as sapo plus paragraphs', () => {
    const result = processRawPage({ url: `${SITE}${foreignAffairs.path}`, body: articleHtml(), contentType: null, fetchedAt });
    if (result.kind !== 'article') throw new Error(`expected an article, got ${result.kind}`);
    expect(result.article.title).toBe(foreignAffairs.title);
    expect(result.classification.classifierVersion).toBeTruthy();
    const evidence = [...result.classification.provinces, ...result.classification.countries].flatMap((tag) => tag.evidence);
    expect(evidence.length).toBeGreaterThan(0);
  });
});

describe('processPage', () => {
  let handle: DatabaseHandle;
  // One migrated database for the suite (PGlite takes seconds to migrate), emptied before each test.
  beforeAll(async () => {
    handle = await openMemoryDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });
  beforeEach(async () => {
    await truncateAll(handle.db);
  });

  async function store(body: Uint8Array, path = foreignAffairs.path, contentType = 'text/html; charset=utf-8') {
    const url = `${SITE}${path}`;
    const { pageId } = await storePage(handle.db, {
      url,
      finalUrl: url,
      fetchedAt: new Date(),
      httpStatus: 200,
      contentType,
      etag: null,
      lastModified: null,
      body,
      sourceId: 'baomau-a',
    });
    return pageId;
  }

  it('stores the article of a page and marks the page processed', async () => {
    const pageId = await store(bytes(articleHtml()));
    const result = await processPage(pageId, { db: handle.db });
    expect(result).toMatchObject({ pageId, status: 'processed' });
    const article = await findArticleByPageId(handle.db, pageId);
    expect(article?.title).toBe(foreignAffairs.title);
    expect((await loadPage(handle.db, pageId))?.status).toBe('processed');
  });

  it('leaves one article row when a page is processed twice', async () => {
    const pageId = await store(bytes(articleHtml()));
    const first = await processPage(pageId, { db: handle.db });
    const second = await processPage(pageId, { db: handle.db });
    expect(second).toEqual(first);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(handle.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('marks a page that is not an article as skipped, without an error', async () => {
    const pageId = await store(bytes(listingHtml()), '/baomau-a/doi-ngoai');
    await expect(processPage(pageId, { db: handle.db })).resolves.toMatchObject({ status: 'skipped' });
    expect((await loadPage(handle.db, pageId))?.status).toBe('skipped');
    expect(await findArticleByPageId(handle.db, pageId)).toBeUndefined();
  });

  it('marks a page that cannot be extracted as failed with its reason, and does not ask for a retry', async () => {
    const pageId = await store(PNG, '/anh.png', 'image/png');
    const error = await processPage(pageId, { db: handle.db }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentError);
    const { rows } = await sql<{ status: string; error: string }>`select status, error from pages where id = ${pageId}`.execute(handle.db);
    expect(rows[0]?.status).toBe('failed');
    expect(rows[0]?.error).toMatch(/\S/);
  });

  it('refuses a page id that is not stored', async () => {
    await expect(processPage(424242, { db: handle.db })).rejects.toBeInstanceOf(PermanentError);
  });

  it('adds the stored article to its crawl run', async () => {
    const runId = await startCrawlRun(handle.db, 'baomau-a', 'cli');
    const relevantPage = await store(bytes(articleHtml()));
    const otherPage = await store(bytes(articleHtml(everyday)), everyday.path);
    const results = [
      await processPage(relevantPage, { db: handle.db }, { runId }),
      await processPage(otherPage, { db: handle.db }, { runId }),
    ];
    const relevant = results.filter((r) => r.status === 'processed' && r.relevant).length;
    const { rows } = await sql<{ articles_stored: number; relevant: number }>`
      select articles_stored, relevant from crawl_runs where id = ${runId}`.execute(handle.db);
    expect(rows[0]).toEqual({ articles_stored: 2, relevant });
  });

  it("looks up the home province of the page's source", async () => {
    const asked: string[] = [];
    const pageId = await store(bytes(articleHtml()));
    await processPage(pageId, {
      db: handle.db,
      homeProvinceOf: (sourceId) => {
        asked.push(sourceId);
        return 'da-nang';
      },
    });
    expect(asked).toEqual(['baomau-a']);
  });

  describe('a batch of pages (processPages)', () => {
    it('stores the articles, skips the listing and fails the unreadable and missing pages, each with its reason', async () => {
      const article = await store(bytes(articleHtml()));
      const listing = await store(bytes(listingHtml()), '/baomau-a/doi-ngoai');
      const image = await store(PNG, '/anh.png', 'image/png');
      const other = await store(bytes(articleHtml(everyday)), everyday.path);

      const results = await processPages([article, listing, image, 424242, other], { db: handle.db });

      expect(results.map((result) => [result.pageId, result.status])).toEqual([
        [article, 'processed'],
        [listing, 'skipped'],
        [image, 'failed'],
        [424242, 'failed'],
        [other, 'processed'],
      ]);
      expect((await findArticleByPageId(handle.db, article))?.title).toBe(foreignAffairs.title);
      expect((await findArticleByPageId(handle.db, other))?.title).toBe(everyday.title);
      const { rows } = await sql<{ id: number; status: string; error: string | null }>`
        select id, status, error from pages order by id`.execute(handle.db);
      expect(rows.map((row) => [row.id, row.status])).toEqual([
        [article, 'processed'],
        [listing, 'skipped'],
        [image, 'failed'],
        [other, 'processed'],
      ]);
      expect(rows.find((row) => row.id === image)?.error).toMatch(/\S/);
      expect(results.find((result) => result.pageId === 424242)).toMatchObject({ reason: 'page is not stored' });
    });

    it('counts each article once in its crawl run, however often the batch runs (a job retried after its worker died)', async () => {
      const runId = await startCrawlRun(handle.db, 'baomau-a', 'cli');
      const pages = [await store(bytes(articleHtml())), await store(bytes(articleHtml(everyday)), everyday.path)];

      const first = await processPages(pages, { db: handle.db }, { runId });
      const again = await processPages(pages, { db: handle.db }, { runId });

      expect(again).toEqual(first);
      const relevant = first.filter((result) => result.status === 'processed' && result.relevant).length;
      const { rows } = await sql<{ articles_stored: number; relevant: number }>`
        select articles_stored, relevant from crawl_runs where id = ${runId}`.execute(handle.db);
      expect(rows[0]).toEqual({ articles_stored: 2, relevant });
      const articles = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(handle.db);
      expect(articles.rows[0]?.n).toBe(2);
    });

    it('counts a page again once a changed body of it is stored and processed', async () => {
      const runId = await startCrawlRun(handle.db, 'baomau-a', 'cli');
      const pageId = await store(bytes(articleHtml()));
      await processPages([pageId], { db: handle.db }, { runId });
      const changed = await store(bytes(articleHtml({ ...foreignAffairs, title: `${foreignAffairs.title} (cập nhật)` })));
      expect(changed).toBe(pageId);
      await processPages([pageId], { db: handle.db }, { runId });
      const { rows } = await sql<{ articles_stored: number }>`select articles_stored from crawl_runs where id = ${runId}`.execute(handle.db);
      expect(rows[0]?.articles_stored).toBe(2);
      expect((await findArticleByPageId(handle.db, pageId))?.title).toBe(`${foreignAffairs.title} (cập nhật)`);
    });
  });
});
