import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, type ArticlePageEvent, type CrawlSummary } from '../../crawlers/crawl-source.ts';
import type { SourceEntry } from '../../crawlers/sources/source-schema.ts';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import { loadConfig } from '../../pipeline/config.ts';
import { createLogger } from '../../pipeline/logger.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/server.ts';
import { latestCrawlRuns } from '../../storage/crawl-runs-repository.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { loadPage } from '../../storage/pages-repository.ts';

const config = loadConfig({ HOST_DELAY_MILLIS: '0', FETCH_TIMEOUT_MILLIS: '5000', LOG_LEVEL: 'silent' });
const logger = createLogger(config);

describe('crawling the sample site', () => {
  let site: SampleSite;
  let handle: DatabaseHandle;
  let first: CrawlSummary[];
  const handed: ArticlePageEvent[] = [];

  const crawlAll = async (sources: readonly SourceEntry[] = site.sources) => {
    const summaries: CrawlSummary[] = [];
    for (const source of sources) {
      summaries.push(
        await crawlSource(source, { retryBaseMillis: 20 }, { db: handle.db, config, logger, onArticlePage: async (page) => void handed.push(page) }),
      );
    }
    return summaries;
  };
  const pages = () => handle.db.selectFrom('pages').select(['id', 'url', 'status', 'error', 'http_status', 'versions']).execute();
  const pathOf = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    site = await startSampleSite({ articlesPerOutlet: 12, slowMillis: 300 });
    handle = await openMemoryDatabase();
    await syncSourcesToDatabase(handle.db, site.sources);
    first = await crawlAll();
    // A busy machine (two cores shared by many processes) needs more than the default hook timeout.
  }, 240_000);
  afterAll(async () => {
    await site?.close();
    await handle?.close();
  });

  it('stores every article page of every outlet exactly once and hands each over once', async () => {
    const stored = (await pages()).filter((page) => page.status === 'pending');
    expect(stored.map((page) => pathOf(page.url)).sort()).toEqual(site.articles.map((article) => article.path).sort());
    expect(handed.map((page) => pathOf(page.url)).sort()).toEqual(site.articles.map((article) => article.path).sort());
    expect(handed.every((page) => page.outcome === 'new')).toBe(true);
    expect(first.every((summary) => summary.status === 'succeeded')).toBe(true);
  });

  it('requests each article page once in a crawl, the flaky one excepted', () => {
    const repeated = site.articles.filter((article) => article.path !== site.traps.flaky && site.requestCount(article.path) !== 1);
    expect(repeated.map((article) => article.path)).toEqual([]);
  });

  it('never requests a page that robots.txt disallows, although the pages link to them', () => {
    const disallowed = site.requests.filter((request) => site.traps.disallowedPrefixes.some((prefix) => request.path.startsWith(prefix)));
    expect(disallowed).toEqual([]);
    expect(first.reduce((sum, summary) => sum + summary.skippedByRobots, 0)).toBeGreaterThan(0);
  });

  it('discovers the sitemap through robots.txt and the feed through the home page for a source configured with neither', () => {
    expect(site.requestCount('/baomau-b/sitemap.xml')).toBe(1);
    expect(site.requestCount('/baomau-b/rss/tin-moi.rss')).toBe(1);
    expect(site.requestCount('/baomau-a/sitemaps/bai-viet-2.xml.gz')).toBe(1);
  });

  it('retries the page that fails with 500 once, and stores it', async () => {
    expect(site.requests.filter((request) => request.path === site.traps.flaky).map((request) => request.status)).toEqual([500, 200]);
    const flaky = (await pages()).find((page) => pathOf(page.url) === site.traps.flaky);
    expect(flaky?.status).toBe('pending');
  });

  it('records the missing page as failed with its reason', async () => {
    const missing = (await pages()).find((page) => pathOf(page.url) === site.traps.notFound);
    expect(missing).toMatchObject({ status: 'failed', http_status: 404, error: 'HTTP 404: page gone' });
    expect(first.find((summary) => summary.sourceId === 'baomau-a')?.failed).toBe(1);
  });

  it('follows the redirect to the article without fetching the article twice', async () => {
    expect(site.requestCount(site.traps.redirectFrom)).toBe(1);
    expect(site.requestCount(site.traps.redirectTo)).toBe(1);
    const urls = (await pages()).map((page) => pathOf(page.url));
    expect(urls).toContain(site.traps.redirectTo);
    expect(urls).not.toContain(site.traps.redirectFrom);
  });

  it('stores the raw bytes as the server sent them', async () => {
    const target = (await pages()).find((page) => pathOf(page.url) === site.traps.slow);
    const loaded = await loadPage(handle.db, target?.id ?? -1);
    const served = await fetch(`${site.url}${site.traps.slow}`).then(async (response) => Buffer.from(await response.arrayBuffer()));
    expect(createHash('sha256').update(loaded?.body ?? new Uint8Array()).digest('hex')).toBe(createHash('sha256').update(served).digest('hex'));
    expect(loaded?.etag).toMatch(/^"[0-9a-f]+"$/);
  });

  it('counts the crawl in crawl_runs', async () => {
    const runs = await latestCrawlRuns(handle.db);
    const runA = runs.find((run) => run.source_id === 'baomau-a');
    const summaryA = first.find((summary) => summary.sourceId === 'baomau-a');
    expect(runA).toMatchObject({ status: 'succeeded', discovered: summaryA?.discovered, fetched: summaryA?.fetched, failed: 1, unchanged: 0 });
  });

  it('writes no crawlee storage into the working directory', () => {
    expect(existsSync('storage/request_queues')).toBe(false);
    expect(existsSync('storage/key_value_stores')).toBe(false);
  });

  it('fetches and hands over nothing new on a second crawl, sending validators and getting 304s', async () => {
    handed.length = 0;
    const requestsBefore = site.requests.length;
    const second = await crawlAll();
    expect(handed).toEqual([]);
    expect(second.map((summary) => [summary.sourceId, summary.fetched, summary.storedNew + summary.storedChanged])).toEqual(
      site.sources.map((source) => [source.id, 0, 0]),
    );
    const articleRequests = site.requests.slice(requestsBefore).filter((request) => site.articles.some((article) => article.path === request.path));
    expect(articleRequests.length).toBe(site.articles.length);
    expect(articleRequests.every((request) => request.status === 304 && request.ifNoneMatch)).toBe(true);
    expect((await pages()).every((page) => page.versions <= 1)).toBe(true);
  });

  it('fetches a changed article again and reports it changed', async () => {
    handed.length = 0;
    const article = site.articles.find((candidate) => candidate.outletId === 'baomau-b' && candidate.activity !== null);
    if (!article) throw new Error('sample site has no foreign-affairs article in outlet B');
    site.updateArticle(article.id, { paragraphs: [...article.paragraphs, 'Đoàn công tác cũng thăm cửa khẩu quốc tế Lào Cai.'] });
    const [summary] = await crawlAll(site.sources.filter((source) => source.id === 'baomau-b'));
    expect(handed.map((page) => [pathOf(page.url), page.outcome])).toEqual([[article.path, 'changed']]);
    expect(summary?.storedChanged).toBe(1);
    const stored = (await pages()).find((page) => pathOf(page.url) === article.path);
    expect(stored?.versions).toBe(2);
  });

  it('hands on again, when asked, the pages an earlier crawl stored but never saw processed, and only those', async () => {
    // Nothing in this suite processes pages: every stored article page is still pending, as after
    // a crawl worker killed between storing pages and handing them over.
    const source = site.sources.find((candidate) => candidate.id === 'baomau-a');
    if (!source) throw new Error('sample site has no outlet A');
    const pendingOfSource = async () =>
      (await handle.db.selectFrom('pages').select(['id']).where('source_id', '=', source.id).where('status', '=', 'pending').execute())
        .map((row) => row.id)
        .sort((a, b) => a - b);
    const pending = await pendingOfSource();
    expect(pending.length).toBeGreaterThan(0);
    const crawlWithHandOn = async () => {
      const events: ArticlePageEvent[] = [];
      await crawlSource(source, { retryBaseMillis: 20, handOnPending: true }, { db: handle.db, config, logger, onArticlePage: async (page) => void events.push(page) });
      return events;
    };

    const again = await crawlWithHandOn();
    expect(again.map((page) => page.pageId).sort((a, b) => a - b)).toEqual(pending);
    expect(again.every((page) => page.outcome === 'unchanged')).toBe(true);

    await handle.db.updateTable('pages').set({ status: 'processed' }).where('id', 'in', pending).execute();
    expect(await crawlWithHandOn()).toEqual([]);
  });
});
