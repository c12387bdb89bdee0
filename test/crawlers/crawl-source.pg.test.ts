import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, type ArticlePageEvent } from '../../crawlers/crawl-source.ts';
import { sourceListRows } from '../../crawlers/sources/source-report.ts';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import { loadConfig } from '../../pipeline/config.ts';
import { createLogger } from '../../pipeline/logger.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/server.ts';
import { createTestPostgres, postgresUnavailableReason, type TestPostgres } from '../setup/postgres.ts';

const config = loadConfig({ HOST_DELAY_MILLIS: '0', FETCH_TIMEOUT_MILLIS: '5000', LOG_LEVEL: 'silent' });
const logger = createLogger(config);
const unavailable = await postgresUnavailableReason();
if (unavailable && process.env.CI === 'true') throw new Error(`${unavailable}; CI requires PostgreSQL`);

describe.skipIf(unavailable)('crawling the sample site into PostgreSQL', () => {
  let site: SampleSite;
  let database: TestPostgres;
  const handed: ArticlePageEvent[] = [];
  const crawlAll = async () => {
    // Concurrently, as several crawl workers would run them.
    return Promise.all(
      site.sources.map((source) =>
        crawlSource(source, { retryBaseMillis: 20, trigger: 'schedule' }, { db: database.db, config, logger, onArticlePage: async (page) => void handed.push(page) }),
      ),
    );
  };

  beforeAll(async () => {
    site = await startSampleSite({ articlesPerOutlet: 15, slowMillis: 200 });
    database = await createTestPostgres();
    await syncSourcesToDatabase(database.db, site.sources);
  }, 120_000);
  afterAll(async () => {
    await site?.close();
    await database?.close();
  });

  it('stores every article once when the outlets are crawled at the same time, and nothing new the second time', async () => {
    const first = await crawlAll();
    const pages = await database.db.selectFrom('pages').select(['url', 'status', 'error']).execute();
    const stored = pages.filter((page) => page.status === 'pending').map((page) => new URL(page.url).pathname).sort();
    expect(stored).toEqual(site.articles.map((article) => article.path).sort());
    expect(handed.length).toBe(site.articles.length);
    expect(pages.find((page) => new URL(page.url).pathname === site.traps.notFound)).toMatchObject({ status: 'failed', error: 'HTTP 404: page gone' });
    expect(first.every((summary) => summary.status === 'succeeded')).toBe(true);

    handed.length = 0;
    const second = await crawlAll();
    expect(handed).toEqual([]);
    expect(second.reduce((sum, summary) => sum + summary.fetched, 0)).toBe(0);
    const rows = await sourceListRows(database.db);
    expect(rows.map((row) => [row.id, row.enabled, row.lastCrawl?.status, row.health.lastSuccessAt !== null])).toEqual(
      site.sources.map((source) => [source.id, true, 'succeeded', true]),
    );
  }, 120_000);
});
