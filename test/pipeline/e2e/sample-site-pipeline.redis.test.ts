import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncSourcesToDatabase } from '../../../crawlers/sources/sync-sources.ts';
import { loadConfig, type Config } from '../../../pipeline/config.ts';
import { createLogger } from '../../../pipeline/logger.ts';
import { queueStages } from '../../../pipeline/main.ts';
import type { PipelineQueues } from '../../../pipeline/queues.ts';
import { createInProcessPipeline } from '../../../pipeline/runtime/in-process.ts';
import { crawlThroughQueues } from '../../../pipeline/runtime/queued-crawl.ts';
import { startWorkers, type RunningWorkers } from '../../../pipeline/workers/start-workers.ts';
import { startSampleSite, type SampleSite } from '../../../sample-site/server.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../../storage/database.ts';
import { createTestPostgres, postgresUnavailableReason, type TestPostgres } from '../../setup/postgres.ts';
import { destroyTestQueues, openTestQueues, redisAvailable, testRedisUrl } from '../../setup/redis.ts';

const pgProblem = await postgresUnavailableReason();
if (pgProblem && process.env.CI === 'true') throw new Error(`${pgProblem}; CI requires PostgreSQL`);
if (pgProblem) console.warn(`skipping queue pipeline tests: ${pgProblem}`);

const logger = createLogger({ logLevel: 'silent' });

/** Everything that should not differ between the two modes, per article URL. */
async function articleDigest(db: DatabaseHandle['db']): Promise<Map<string, string>> {
  const { rows } = await sql<{ url: string; title: string; relevant: boolean; tags: string | null }>`
    select a.url, a.title, a.relevant,
           string_agg(t.kind || ':' || t.code || ':' || t.is_primary::text, ',' order by t.kind, t.code) as tags
    from articles a left join article_tags t on t.article_id = a.id
    group by a.id, a.url, a.title, a.relevant`.execute(db);
  // The sample site's port differs between the two runs; compare paths.
  return new Map(rows.map((row) => [new URL(row.url).pathname, `${row.title} | ${row.relevant} | ${row.tags ?? ''}`]));
}

async function counts(db: DatabaseHandle['db']) {
  const { rows } = await sql<{ articles: number; urls: number; pages: number }>`
    select count(*)::int as articles, count(distinct url)::int as urls, count(distinct page_id)::int as pages from articles`.execute(db);
  return rows[0];
}

function siteOptions() {
  return { articlesPerOutlet: 8, includeFixtures: false, slowMillis: 200 } as const;
}

describe.skipIf(!redisAvailable || Boolean(pgProblem))('the sample site through the queues', () => {
  let pg: TestPostgres;
  let queues: PipelineQueues;
  let site: SampleSite;
  let workers: RunningWorkers;
  let config: Config;
  let minute = 0;
  // Each crawl of the test gets its own minute, as if run a minute apart (crawl job ids are per minute).
  const nextMinute = () => {
    minute += 1;
    return () => new Date(Date.UTC(2026, 10, 23, 12, minute));
  };
  const crawlAll = () =>
    crawlThroughQueues(
      queues,
      site.sources.map((source) => ({ sourceId: source.id, trigger: 'cli' as const })),
      { wait: true, pollMillis: 100, timeoutMillis: 90_000, now: nextMinute() },
    );

  /** Pages the completed process jobs took care of (a crawl hands its pages on in batches, one job each). */
  const pagesProcessedByJobs = async () =>
    (await queues.process.getCompleted(0, -1)).reduce((sum, job) => {
      const result = job.returnvalue as { pages?: number } | null;
      return sum + (typeof result?.pages === 'number' ? result.pages : 1);
    }, 0);

  beforeAll(async () => {
    pg = await createTestPostgres();
    queues = openTestQueues();
    site = await startSampleSite(siteOptions());
    await syncSourcesToDatabase(pg.db, site.sources);
    config = loadConfig({ REDIS_URL: testRedisUrl, QUEUE_PREFIX: queues.prefix, HOST_DELAY_MILLIS: '0', LOG_LEVEL: 'silent' });
    workers = startWorkers(config, queueStages({ db: pg.db, config, logger, queues }), {
      queues: ['crawl', 'process'],
      logger,
      concurrency: 4,
    });
    await workers.ready();
  });
  afterAll(async () => {
    await workers?.close(1_000);
    await site?.close();
    if (queues) await destroyTestQueues(queues);
    await pg?.close();
  });

  it('stores every article page once and processes it', async () => {
    const outcomes = await crawlAll();
    expect(outcomes.map((outcome) => outcome.state)).toEqual(site.sources.map(() => 'completed'));
    expect((await queues.process.getFailed()).map((job) => job.failedReason)).toEqual([]);
    const c = await counts(pg.db);
    expect(c).toEqual({ articles: site.articles.length, urls: site.articles.length, pages: site.articles.length });
    const { rows } = await sql<{ status: string; n: number }>`
      select status, count(*)::int as n from pages group by status order by status`.execute(pg.db);
    expect(rows.find((row) => row.status === 'pending')).toBeUndefined();
    const runs = await sql<{ stored: number }>`select coalesce(sum(articles_stored), 0)::int as stored from crawl_runs`.execute(pg.db);
    expect(runs.rows[0]?.stored).toBe(site.articles.length);
  });

  it('processes nothing on a second crawl when nothing changed', async () => {
    const before = await queues.process.getCompletedCount();
    const outcomes = await crawlAll();
    expect(outcomes.every((outcome) => (outcome.result as { queuedPages: number }).queuedPages === 0)).toBe(true);
    expect(await queues.process.getCompletedCount()).toBe(before);
  });

  it('processes an article again when it changed on the site', async () => {
    const target = site.articles.find((article) => article.activity !== null) ?? site.articles[0];
    if (!target) throw new Error('the sample site has no article');
    const processedBefore = await pagesProcessedByJobs();
    const changed = site.updateArticle(target.id, { title: `${target.title} (cập nhật)` });
    const outcomes = await crawlAll();
    // The new title also shows in the "related" links of a few other pages, whose bytes change too.
    const requeued = outcomes.reduce((sum, o) => sum + (o.result as { queuedPages: number }).queuedPages, 0);
    expect(requeued).toBeGreaterThanOrEqual(1);
    expect(requeued).toBeLessThan(site.articles.length / 2);
    expect(await pagesProcessedByJobs()).toBe(processedBefore + requeued);
    const { rows } = await sql<{ title: string; n: number }>`
      select max(title) as title, count(*)::int as n from articles where url like ${`%${changed.path}`}`.execute(pg.db);
    expect(rows[0]).toEqual({ title: changed.title, n: 1 });
    expect((await counts(pg.db))?.articles).toBe(site.articles.length);
  });

  it('gives the same articles in embedded mode as through the queues', async () => {
    const queued = await articleDigest(pg.db);
    const embeddedSite = await startSampleSite(siteOptions());
    const embedded = await openMemoryDatabase();
    try {
      // Bring the second site to the same state as the first (one article was changed above).
      const changed = site.articles.filter((article) => article.version > 1);
      for (const article of changed) embeddedSite.updateArticle(article.id, { title: article.title });
      await syncSourcesToDatabase(embedded.db, embeddedSite.sources);
      const pipeline = createInProcessPipeline({ db: embedded.db, config: loadConfig({ HOST_DELAY_MILLIS: '0', LOG_LEVEL: 'silent' }), logger });
      const results = await pipeline.crawlMany(embeddedSite.sources.map((source) => ({ sourceId: source.id, trigger: 'cli' as const })));
      expect(results.map((result) => result.status)).toEqual(embeddedSite.sources.map(() => 'crawled'));
      expect(pipeline.progress()).toMatchObject({ failed: 0, processed: embeddedSite.articles.length });
      const inProcess = await articleDigest(embedded.db);
      expect(inProcess.size).toBe(queued.size);
      expect(Object.fromEntries(inProcess)).toEqual(Object.fromEntries(queued));
    } finally {
      await embeddedSite.close();
      await embedded.close();
    }
  }, 120_000);
});
