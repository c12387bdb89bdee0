import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/server.ts';
import { openDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { searchArticles } from '../../storage/search/search-articles.ts';
import { parseSearchParams } from '../../storage/search/search-request.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { formatCrawlRuns, latestRunsOf } from './crawl-report.ts';
import { createInProcessPipeline } from './in-process.ts';
import { createProgressLine } from './progress-line.ts';

/**
 * Port of the demo's sample site. Fixed so a second `vnnews demo` on the same DATA_DIR sees the
 * same URLs (and fetches nothing new) instead of storing every article again under a new port.
 */
export const DEMO_SITE_PORT = 8091;

/**
 * Delay between two requests to the sample site. The site is ours and on localhost, so the
 * one-second politeness meant for real newsrooms would only make the demo slow.
 */
export const DEMO_HOST_DELAY_MILLIS = 20;

/** What the demo found, for the summary. */
export interface DemoSummary {
  articles: number;
  relevant: number;
  byProvince: Array<{ code: string; label: string; count: number }>;
  byCountry: Array<{ code: string; label: string; count: number }>;
  byActivity: Array<{ code: string; label: string; count: number }>;
}

/** A demo that has crawled, still holding its database and site so it can serve them. */
export interface DemoRun {
  dataDir: string;
  config: Config;
  database: DatabaseHandle;
  site: SampleSite;
  summary: DemoSummary;
  /** The crawl runs, formatted. */
  runsTable: string;
  close(): Promise<void>;
}

/**
 * `vnnews demo`: starts the sample site, loads its sources, crawls it into the embedded database
 * (PGlite under DATA_DIR, or a fresh temporary folder) with the in-process pipeline, and sums up
 * what was stored. Redis and DATABASE_URL are ignored: the demo needs no services.
 */
export async function runDemo(
  config: Config,
  options: { fresh: boolean; logger: Logger; articlesPerOutlet?: number; progress?: NodeJS.WriteStream },
): Promise<DemoRun> {
  const dataDir = options.fresh ? await mkdtemp(join(tmpdir(), 'vnnews-demo-')) : config.dataDir;
  const demoConfig: Config = Object.freeze({
    ...config,
    databaseUrl: undefined,
    redisUrl: undefined,
    dataDir,
    hostDelayMillis: DEMO_HOST_DELAY_MILLIS,
  });
  const database = await openDatabase(demoConfig);
  let site: SampleSite | undefined;
  try {
    site = await startDemoSite(options.articlesPerOutlet);
    await syncSourcesToDatabase(database.db, site.sources);
    const line = createProgressLine(options.progress ?? process.stderr);
    const pipeline = createInProcessPipeline({
      db: database.db,
      config: demoConfig,
      logger: options.logger,
      crawlConcurrency: site.sources.length,
      onProgress: (p) =>
        line.update(
          `demo: crawling ${p.crawling.join(', ') || '-'} · article pages ${p.queued} · stored ${p.processed} (relevant ${p.relevant}) · not articles ${p.skipped} · failed ${p.failed}`,
        ),
    });
    const results = await pipeline.crawlMany(site.sources.map((source) => ({ sourceId: source.id, trigger: 'cli' as const })));
    line.done();
    for (const result of results) {
      if (result.status === 'failed') options.logger.warn({ sourceId: result.sourceId }, `crawl failed: ${result.error}`);
    }
    const ids = site.sources.map((source) => source.id);
    const summary = await summarise(database.db, ids);
    const runsTable = formatCrawlRuns(await latestRunsOf(database.db, ids));
    const openSite = site;
    return {
      dataDir,
      config: demoConfig,
      database,
      site: openSite,
      summary,
      runsTable,
      async close() {
        await openSite.close();
        await database.close();
      },
    };
  } catch (error) {
    await site?.close();
    await database.close();
    throw error;
  }
}

async function startDemoSite(articlesPerOutlet: number | undefined): Promise<SampleSite> {
  const options = articlesPerOutlet !== undefined ? { articlesPerOutlet } : {};
  try {
    return await startSampleSite({ ...options, port: DEMO_SITE_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startSampleSite(options);
  }
}

/** Counts over the stored articles of these sources, with the search's facets. */
async function summarise(db: DatabaseHandle['db'], sourceIds: string[]): Promise<DemoSummary> {
  const all = await searchArticles(db, parseSearchParams({ source: sourceIds, relevantOnly: false, limit: 1 }));
  const relevant = await searchArticles(db, parseSearchParams({ source: sourceIds, relevantOnly: true, limit: 1, facets: false }));
  return {
    articles: all.total,
    relevant: relevant.total,
    byProvince: all.facets.province,
    byCountry: all.facets.country,
    byActivity: all.facets.activity,
  };
}

/** The summary as the demo prints it. */
export function formatDemoSummary(summary: DemoSummary, limit = 10): string {
  const list = (title: string, buckets: DemoSummary['byProvince']) => {
    if (buckets.length === 0) return `${title}: none`;
    const shown = buckets.slice(0, limit).map((b) => `  ${String(b.count).padStart(4)}  ${b.label} (${b.code})`);
    const more = buckets.length > limit ? [`  … and ${buckets.length - limit} more`] : [];
    return [`${title}:`, ...shown, ...more].join('\n');
  };
  return [
    `articles stored: ${summary.articles}`,
    `relevant to foreign affairs: ${summary.relevant}`,
    list('by province', summary.byProvince),
    list('by partner country', summary.byCountry),
    list('by activity', summary.byActivity),
  ].join('\n');
}
