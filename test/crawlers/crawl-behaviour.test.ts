import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawlSource, type ArticlePageEvent, type CrawlOptions } from '../../crawlers/crawl-source.ts';
import { formatSourceTable, sourceListRows } from '../../crawlers/sources/source-report.ts';
import { parseSourceEntry, type SourceEntry, type SourceEntryInput } from '../../crawlers/sources/source-schema.ts';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import { loadConfig, type Config } from '../../pipeline/config.ts';
import { createLogger } from '../../pipeline/logger.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/server.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { truncateAll } from '../setup/postgres.ts';

const baseEnv = { HOST_DELAY_MILLIS: '0', FETCH_TIMEOUT_MILLIS: '5000', LOG_LEVEL: 'silent' };
const logger = createLogger({ logLevel: 'silent' });

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('crawl behaviour', () => {
  let site: SampleSite;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    site = await startSampleSite({ articlesPerOutlet: 30, slowMillis: 1200, hugePageBytes: 300_000, includeFixtures: false });
    handle = await openMemoryDatabase();
  }, 180_000);
  beforeEach(async () => {
    await truncateAll(handle.db);
  });
  afterAll(async () => {
    await site?.close();
    await handle?.close();
  });

  /** First listing page of outlet A that links the slow article (and, like every first page of A, the traps). */
  const slowListing = () => {
    const slow = site.articles.find((article) => article.path === site.traps.slow);
    return `${site.url}/baomau-a/${slow?.section ?? 'doi-ngoai'}`;
  };
  /** An entry for outlet C with only the entry points a test wants. */
  const outletC = (entryPoints: SourceEntryInput['entryPoints'], id = 'mau-c-test'): SourceEntry => {
    const base = site.sources.find((source) => source.id === 'baomau-c') as SourceEntry;
    return parseSourceEntry({ ...base, id, homepage: `${site.url}/baomau-c/`, entryPoints: { discover: false, ...entryPoints } });
  };
  const crawl = async (source: SourceEntry, options: CrawlOptions = {}, env: Record<string, string> = {}) => {
    const handed: ArticlePageEvent[] = [];
    const config: Config = loadConfig({ ...baseEnv, ...env });
    const summary = await crawlSource(source, { retryBaseMillis: 20, ...options }, { db: handle.db, config, logger, onArticlePage: async (page) => void handed.push(page) });
    return { summary, handed };
  };

  it('disables a source that keeps failing and shows it with its reason in the source list', async () => {
    const dead = parseSourceEntry({
      id: 'mat-ket-noi',
      name: 'Nguồn không kết nối được',
      homepage: `http://127.0.0.1:${await closedPort()}/`,
      kind: 'national_outlet',
      articleUrlPattern: '-\\d+\\.html$',
      verified: true,
    });
    await syncSourcesToDatabase(handle.db, [dead]);
    const options = { maxRetries: 0, healthPolicy: { disableAfterFailures: 2 } };
    const firstCrawl = await crawl(dead, options);
    const secondCrawl = await crawl(dead, options);
    expect([firstCrawl.summary.status, firstCrawl.summary.disabledReason]).toEqual(['failed', null]);
    expect(secondCrawl.summary.disabledReason).toMatch(/^disabled after 2 failed crawls in a row; last error: every entry point failed/);
    const row = (await sourceListRows(handle.db)).find((candidate) => candidate.id === 'mat-ket-noi');
    expect(row).toMatchObject({ enabled: false, health: { consecutiveFailures: 2 }, lastCrawl: { status: 'failed' } });
    expect(formatSourceTable(row ? [row] : [])).toContain('DISABLED (disabled after 2 failed crawls in a row');
  });

  it('gives up on a page slower than the fetch timeout after its retries, recording why', async () => {
    const base = site.sources.find((source) => source.id === 'baomau-a') as SourceEntry;
    const source = parseSourceEntry({ ...base, id: 'mau-a-slow', entryPoints: { listings: [{ url: slowListing(), maxDepth: 1 }], discover: false } });
    const before = site.requestCount(site.traps.slow);
    await crawl(source, { maxRetries: 1 }, { FETCH_TIMEOUT_MILLIS: '400' });
    expect(site.requestCount(site.traps.slow) - before).toBe(2);
    const slow = await handle.db.selectFrom('pages').select(['status', 'error']).where('url', '=', `${site.url}${site.traps.slow}`).executeTakeFirst();
    expect(slow?.status).toBe('failed');
    expect(slow?.error).toMatch(/timed out|timeout/i);
  });

  it('refuses a page larger than the limit without retrying it', async () => {
    const base = site.sources.find((source) => source.id === 'baomau-a') as SourceEntry;
    const source = parseSourceEntry({ ...base, id: 'mau-a-size', entryPoints: { listings: [{ url: slowListing(), maxDepth: 1 }], discover: false } });
    const before = site.requestCount(site.traps.huge as string);
    const { summary } = await crawl(source, {}, { MAX_PAGE_BYTES: '100000' });
    const huge = await handle.db.selectFrom('pages').select(['status', 'error']).where('url', '=', `${site.url}${site.traps.huge}`).executeTakeFirst();
    expect(huge?.status).toBe('failed');
    expect(huge?.error).toMatch(/too large/);
    expect(site.requestCount(site.traps.huge as string) - before).toBe(1);
    expect(summary.failed).toBeGreaterThanOrEqual(2);
  });

  it('follows a listing only to its configured depth, and further back on a backfill', async () => {
    const listing = { url: `${site.url}/baomau-c/doi-ngoai`, pagination: { kind: 'template' as const, urlTemplate: `${site.url}/baomau-c/doi-ngoai/trang-{page}` }, maxDepth: 1 };
    const regular = await crawl(outletC({ listings: [listing] }, 'mau-c-depth'));
    const inSection = site.articles.filter((article) => article.outletId === 'baomau-c' && article.section === 'doi-ngoai');
    expect(inSection.length).toBeGreaterThan(8);
    expect(regular.summary.discovered).toBe(8);
    const backfill = await crawl(outletC({ listings: [listing] }, 'mau-c-depth'), { since: new Date('2000-01-01T00:00:00Z') });
    expect(backfill.summary.discovered).toBe(inSection.length);
    expect(backfill.handed.length).toBe(inSection.length - 8);
  });

  it('takes from a feed only the items published since the backfill date', async () => {
    const newestFirst = site.articles.filter((article) => article.outletId === 'baomau-c').sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    const since = (newestFirst[4] as (typeof newestFirst)[number]).publishedAt;
    const start = site.requests.length;
    const { summary } = await crawl(outletC({ feeds: [`${site.url}/baomau-c/atom.xml`] }, 'mau-c-feed'), { since });
    expect(summary.discovered).toBe(5);
    const fetched = site.requests.slice(start).filter((request) => request.path.endsWith('.html'));
    expect(fetched.map((request) => request.path).sort()).toEqual(newestFirst.slice(0, 5).map((article) => article.path).sort());
  });

  it('queues no more article pages than maxPages', async () => {
    const { summary } = await crawl(outletC({ feeds: [`${site.url}/baomau-c/atom.xml`] }, 'mau-c-max'), { maxPages: 3 });
    expect(summary.discovered).toBe(3);
  });

  it('spaces requests to one host by the host delay', async () => {
    const source = outletC({ listings: [{ url: `${site.url}/baomau-c/kinh-te`, maxDepth: 1 }] }, 'mau-c-polite');
    const start = site.requests.length;
    await crawl({ ...source, politeness: { concurrency: 4 } }, { maxPages: 4 }, { HOST_DELAY_MILLIS: '150' });
    const times = site.requests
      .slice(start)
      .filter((request) => request.path !== '/robots.txt')
      .map((request) => request.at.getTime());
    expect(times.length).toBeGreaterThanOrEqual(3);
    // Starts are spaced 150 ms apart; arrival times jitter a little on a busy machine.
    const gaps = times.slice(1).map((time, index) => time - (times[index] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(75);
    expect(((times.at(-1) as number) - (times[0] as number)) / gaps.length).toBeGreaterThanOrEqual(135);
  });
});
