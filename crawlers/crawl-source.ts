import type { Kysely } from 'kysely';
import type { Config } from '../pipeline/config.ts';
import { describeError } from '../pipeline/errors.ts';
import type { Logger } from '../pipeline/logger.ts';
import { addToCrawlRun, finishCrawlRun, startCrawlRun } from '../storage/crawl-runs-repository.ts';
import { getSource, setSourceEnabled, updateSourceHealth } from '../storage/sources-repository.ts';
import type { Database } from '../storage/tables/database.ts';
import { createRoutes, type ArticlePageEvent, type CrawlCounters, type PageStore } from './crawl-routes.ts';
import { createCrawlScope } from './crawl-scope.ts';
import { createSourceCrawler, type CrawlRequestData } from './create-crawler.ts';
import { createPageStore } from './page-store.ts';
import { DEFAULT_HEALTH_POLICY, parseHealth, recordCrawlHealth, type HealthPolicy } from './source-health.ts';
import type { SourceEntry } from './sources/source-schema.ts';

export type { ArticlePageEvent, CrawlCounters, PageStore } from './crawl-routes.ts';

export interface CrawlOptions {
  /** Backfill: follow listings and sitemaps back to this date, and skip feed/sitemap items older than it. */
  since?: Date;
  /** Article pages queued at most. @defaultValue 10000 */
  maxPages?: number;
  /** Crawl run to add the counters to (the caller opens and closes it); absent: the crawl opens and closes its own. */
  runId?: number;
  /** Trigger of the run the crawl opens itself. @defaultValue `cli` */
  trigger?: 'schedule' | 'cli' | 'api';
  /** Requests in flight at once; absent: the source's `politeness.concurrency`. */
  maxConcurrency?: number;
  /** Retries of a failed request (5xx, network, timeout). @defaultValue 3 */
  maxRetries?: number;
  /** Wait before the first retry, doubled each time. @defaultValue 1000 */
  retryBaseMillis?: number;
  /** Thresholds of the health policy (disable after N failed crawls, backoff). @defaultValue DEFAULT_HEALTH_POLICY */
  healthPolicy?: Partial<HealthPolicy>;
  /** Aborting stops the crawl after the requests in flight; the summary says what was done. */
  signal?: AbortSignal;
  /**
   * Hand on an unchanged article page whose stored version is still `pending`, as if it were new:
   * a crawl that died between storing pages and handing them over (or whose hand-off failed) left
   * it so. For callers whose hand-off processes every page (the pipeline's crawl stage); a caller
   * that leaves pages pending on purpose keeps the default. A page still waiting in a queue is
   * handed on twice, which costs one more processing and changes nothing: processing is idempotent.
   * @defaultValue false
   */
  handOnPending?: boolean;
}

export interface CrawlDeps {
  db: Kysely<Database>;
  config: Pick<Config, 'userAgent' | 'fetchTimeoutMillis' | 'maxPageBytes' | 'hostDelayMillis'>;
  logger: Logger;
  /**
   * Called once for each article page stored new or changed, after it is stored (status
   * `pending`). Enqueue a process job or process it in place. If it throws, the page stays
   * pending and is counted in `handoffFailed`; the fetch is not retried.
   */
  onArticlePage: (page: ArticlePageEvent) => Promise<void>;
  /** Called with the run id as soon as the run is known (opened here, or `options.runId`). */
  onRunStarted?: (runId: number) => void;
  now?: () => Date;
  /** Storage of pages; defaults to the `pages` table of `db`. */
  store?: PageStore;
}

export interface CrawlSummary extends CrawlCounters {
  sourceId: string;
  runId: number;
  /** `failed` when every entry point failed (the source's health counts it). */
  status: 'succeeded' | 'failed';
  startedAt: Date;
  finishedAt: Date;
  durationMillis: number;
  entryPoints: Record<string, { ok: boolean; error?: string }>;
  /** The first few errors, one line each. */
  errors: string[];
  /** Set when this crawl made the source's health disable it. */
  disabledReason: string | null;
}

const DEFAULT_MAX_PAGES = 10_000;
/** Article URLs whose validators are looked up in one query. */
const VALIDATOR_BATCH = 1000;

type Validators = { etag: string | null; lastModified: string | null; sha256: string | null };

/**
 * Crawls one source: its feeds, sitemaps (configured, and found in robots.txt when `discover`),
 * listings with pagination, and the home page; stores each new or changed article page raw and
 * hands it to `deps.onArticlePage`; records failures, run counters and the source's health.
 * Unchanged pages (304, or the same bytes) are neither stored again nor handed over.
 */
export async function crawlSource(source: SourceEntry, options: CrawlOptions, deps: CrawlDeps): Promise<CrawlSummary> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const store = deps.store ?? createPageStore(deps.db);
  const logger = deps.logger.child({ source: source.id });
  const ownRun = options.runId === undefined;
  const runId = options.runId ?? (await startCrawlRun(deps.db, source.id, options.trigger ?? 'cli'));
  deps.onRunStarted?.(runId);
  const counters: CrawlCounters = {
    discovered: 0,
    fetched: 0,
    unchanged: 0,
    failed: 0,
    storedNew: 0,
    storedChanged: 0,
    skippedByRobots: 0,
    requests: 0,
    handoffFailed: 0,
  };
  const entryPoints: CrawlSummary['entryPoints'] = {};
  const errors: string[] = [];
  const scope = createCrawlScope(source);

  // Validators of queued article URLs, looked up in one query per batch of links and taken out
  // when the request is made (`null`: never stored). A URL missing here (a redirect target, a
  // store without batch lookups) is looked up on its own.
  const validators = new Map<string, Validators | null>();
  const prefetchValidators = async (urls: string[]) => {
    if (!store.findPageValidatorsOf || urls.length === 0) return;
    for (let start = 0; start < urls.length; start += VALIDATOR_BATCH) {
      const batch = urls.slice(start, start + VALIDATOR_BATCH);
      const found = await store.findPageValidatorsOf(batch);
      for (const url of batch) validators.set(url, found.get(url) ?? null);
    }
  };
  const validatorsOf = async (url: string) => {
    const known = validators.get(url);
    if (known === undefined) return store.findPageValidators(url);
    validators.delete(url);
    return known ?? undefined;
  };

  let crawlError: unknown;
  try {
    const routes = createRoutes({
      source,
      scope,
      since: options.since,
      maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
      store,
      logger,
      counters,
      entryPoints,
      errors,
      now,
      onArticlePage: (page) => deps.onArticlePage({ ...page, runId }),
      handOnPending: options.handOnPending ?? false,
      enqueue: async (requests) => {
        await prefetchValidators(requests.filter((request) => request.data.label === 'article').map((request) => request.url));
        // Wait for every request to be queued: a crawl whose queue looks empty ends.
        await crawler.addRequests(
          requests.map(({ url, data }) => ({ url, uniqueKey: url, userData: data })),
          { waitForAllRequestsToBeAdded: true },
        );
      },
    });
    const crawler = createSourceCrawler({
      config: deps.config,
      logger,
      maxConcurrency: options.maxConcurrency ?? source.politeness.concurrency,
      hostDelayMillis: source.politeness.delayMillis ?? deps.config.hostDelayMillis,
      maxRetries: options.maxRetries ?? 3,
      retryBaseMillis: options.retryBaseMillis ?? 1000,
      now,
      callbacks: {
        handle: routes.handle,
        failed: routes.failed,
        skipped: (url, reason) => {
          if (reason === 'robotsTxt') counters.skippedByRobots += 1;
          logger.debug({ url, reason }, 'request skipped');
        },
        requestHeaders: async (url, data) => (data.label === 'article' ? conditionalHeaders(await validatorsOf(url)) : {}),
      },
    });
    const seeds = await seedRequests(source, scope, (url) => crawler.robotsTxtFor(url));
    routes.seed(seeds.map((seed) => seed.url));
    const onAbort = () => crawler.stop('crawl aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await crawler.run(seeds.map(({ url, data }) => ({ url, uniqueKey: url, userData: data })));
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      crawler.closeConnections();
      await (await crawler.getRequestQueue()).drop();
    }
  } catch (error) {
    crawlError = error;
  }

  const ok = crawlError === undefined && Object.values(entryPoints).some((outcome) => outcome.ok);
  const error = crawlError !== undefined ? describeError(crawlError) : ok ? undefined : firstEntryPointError(entryPoints);
  await addToCrawlRun(deps.db, runId, {
    discovered: counters.discovered,
    fetched: counters.fetched,
    unchanged: counters.unchanged,
    failed: counters.failed,
  });
  if (ownRun) await finishCrawlRun(deps.db, runId, ok ? 'succeeded' : 'failed', error);
  const policy = { ...DEFAULT_HEALTH_POLICY, ...options.healthPolicy };
  const disabledReason = await updateHealth(deps.db, source.id, policy, {
    at: now(),
    ok,
    ...(error ? { error } : {}),
    entryPoints,
    articlesSeen: counters.storedNew + counters.storedChanged + counters.unchanged,
    articlesChanged: counters.storedNew + counters.storedChanged,
  });
  if (crawlError !== undefined) throw crawlError;

  const finishedAt = now();
  const summary: CrawlSummary = {
    sourceId: source.id,
    runId,
    status: ok ? 'succeeded' : 'failed',
    ...counters,
    startedAt,
    finishedAt,
    durationMillis: finishedAt.getTime() - startedAt.getTime(),
    entryPoints,
    errors: error && errors.length === 0 ? [error] : errors,
    disabledReason,
  };
  logger.info({ ...counters, status: summary.status, durationMillis: summary.durationMillis }, 'crawl finished');
  return summary;
}

/** Entry points of a crawl: configured feeds, sitemaps and listings; with `discover`, the home page and robots.txt sitemaps. */
async function seedRequests(
  source: SourceEntry,
  scope: ReturnType<typeof createCrawlScope>,
  robotsTxtFor: (url: string) => Promise<{ getSitemaps(): string[] } | undefined>,
): Promise<Array<{ url: string; data: CrawlRequestData }>> {
  const seeds = new Map<string, CrawlRequestData>();
  const add = (url: string | undefined, data: Omit<CrawlRequestData, 'entryPoint' | 'root' | 'depth'>) => {
    const canonical = url ? scope.inScope(url) : undefined;
    if (canonical && !seeds.has(canonical)) seeds.set(canonical, { ...data, entryPoint: canonical, root: true, depth: 1 });
  };
  const { feeds, sitemaps, listings, discover } = source.entryPoints;
  feeds.forEach((url) => add(url, { label: 'feed' }));
  sitemaps.forEach((url) => add(url, { label: 'sitemap' }));
  listings.forEach((listing, listingIndex) => add(listing.url, { label: 'listing', listingIndex }));
  if (discover || seeds.size === 0) {
    add(source.homepage, { label: 'home' });
    if (discover) {
      const robots = await robotsTxtFor(source.homepage).catch(() => undefined);
      for (const url of robots?.getSitemaps() ?? []) add(url, { label: 'sitemap' });
    }
  }
  return [...seeds].map(([url, data]) => ({ url, data }));
}

function conditionalHeaders(validators: { etag: string | null; lastModified: string | null } | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

function firstEntryPointError(entryPoints: CrawlSummary['entryPoints']): string {
  const failed = Object.entries(entryPoints).find(([, outcome]) => !outcome.ok);
  return failed ? `every entry point failed; ${failed[0]}: ${failed[1].error ?? 'failed'}` : 'no entry point could be fetched';
}

/** Stores the crawl's effect on the source's health; disables the source when it has failed too often. */
async function updateHealth(
  db: Kysely<Database>,
  sourceId: string,
  policy: HealthPolicy,
  report: Parameters<typeof recordCrawlHealth>[1],
): Promise<string | null> {
  const row = await getSource(db, sourceId);
  if (!row) return null;
  const { health, disableReason } = recordCrawlHealth(parseHealth(row.health), report, policy);
  await updateSourceHealth(db, sourceId, health);
  if (disableReason && row.enabled) {
    await setSourceEnabled(db, sourceId, false, disableReason);
    return disableReason;
  }
  return null;
}
