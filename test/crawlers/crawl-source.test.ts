import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, type ArticlePageEvent, type CrawlSummary } from '../../crawlers/crawl-source.ts';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import { loadConfig } from '../../pipeline/config.ts';
import { createLogger } from '../../pipeline/logger.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/server.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { latestCrawlRuns } from '../../storage/crawl-runs-repository.ts';

const config = loadConfig({ HOST_DELAY_MILLIS: '0', FETCH_TIMEOUT_MILLIS: '5000', LOG_LEVEL: 'silent' });
const logger = createLogger(config);

describe('crawlSource against the sample site', () => {
  let site: SampleSite;
  let handle: DatabaseHandle;
  const handed: ArticlePageEvent[] = [];
  const crawlAll = async () => {
    const summaries: CrawlSummary[] = [];
    for (const source of site.sources) {
      summaries.push(await crawlSource(source, { retryBaseMillis: 20 }, { db: handle.db, config, logger, onArticlePage: async (page) => void handed.push(page) }));
    }
    return summaries;
  };

  beforeAll(async () => {
    site = await startSampleSite({ articlesPerOutlet: 12, slowMillis: 300 });
    handle = await openMemoryDatabase();
    await syncSourcesToDatabase(handle.db, site.sources);
  });
  afterAll(async () => {
    await site?.close();
    await handle?.close();
  });

  it('stores every article page once and never requests a disallowed page', async () => {
    const summaries = await crawlAll();
    console.log(JSON.stringify(summaries.map(({ entryPoints: _e, ...rest }) => rest), null, 1));
    const pages = await handle.db.selectFrom('pages').select(['url', 'status', 'error', 'http_status']).execute();
    console.log(pages.filter((p) => p.status === 'failed'));
    const stored = pages.filter((p) => p.status === 'pending').map((p) => new URL(p.url).pathname).sort();
    expect(stored).toEqual(site.articles.map((a) => a.path).sort());
    expect(site.requests.filter((r) => site.traps.disallowedPrefixes.some((p) => r.path.startsWith(p)))).toEqual([]);
    console.log(await latestCrawlRuns(handle.db));
  });
});
