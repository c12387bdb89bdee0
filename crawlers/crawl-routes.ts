import type { RawPage } from '../pipeline/types.ts';
import { describeError, TransientError } from '../pipeline/errors.ts';
import type { Logger } from '../pipeline/logger.ts';
import type { CrawlRequestData, FetchedResponse } from './create-crawler.ts';
import { listingPageUrl, type CrawlScope } from './crawl-scope.ts';
import { parseHtmlLinks } from './discovery/parse-html-links.ts';
import { parseFeed, parseSitemap, xmlText, type DatedLink } from './discovery/parse-xml.ts';
import type { SourceEntry } from './sources/source-schema.ts';

/** The storage a crawl needs; crawlers/page-store.ts binds it to the `pages` table. */
export interface PageStore {
  /** `pending` (unchanged bodies): the stored version was never processed, so it is handed on again. */
  storePage(
    page: RawPage & { sourceId: string },
  ): Promise<{ pageId: number; outcome: 'new' | 'changed' } | { pageId: number; outcome: 'unchanged'; pending: boolean }>;
  recordFetchFailure(failure: { url: string; sourceId: string; httpStatus: number; error: string; fetchedAt: Date }): Promise<number>;
  /** A 304: moves `fetched_at`; says whether the stored body still waits for processing. */
  touchPage(url: string, fetchedAt: Date): Promise<{ pageId: number; pending: boolean } | undefined>;
  findPageValidators(url: string): Promise<{ etag: string | null; lastModified: string | null; sha256: string | null } | undefined>;
  /** Validators of many URLs at once (absent: never stored); optional, the crawl falls back to one lookup per request. */
  findPageValidatorsOf?(urls: readonly string[]): Promise<Map<string, { etag: string | null; lastModified: string | null; sha256: string | null }>>;
}

/** A new or changed article page, stored (or an unchanged one never processed); the process stage takes it from here. */
export interface ArticlePageEvent {
  pageId: number;
  url: string;
  outcome: 'new' | 'changed' | 'unchanged';
  /** Crawl run that fetched it. */
  runId: number;
}

/** Counts of one crawl. `discovered`, `fetched`, `unchanged` and `failed` go to `crawl_runs`. */
export interface CrawlCounters {
  /** Article URLs found (each once). */
  discovered: number;
  /** Article pages downloaded with a body. */
  fetched: number;
  /** Article pages not new: 304, or the same body again. */
  unchanged: number;
  /** Article pages that could not be fetched (404, 410, 5xx after retries, too large, timeouts). */
  failed: number;
  storedNew: number;
  storedChanged: number;
  /** Requests not made because robots.txt disallows them. */
  skippedByRobots: number;
  /** Responses handled (any kind). */
  requests: number;
  /** Stored pages whose `onArticlePage` call failed; they stay `pending` in `pages`. */
  handoffFailed: number;
}

export interface RouteContext {
  source: SourceEntry;
  scope: CrawlScope;
  since: Date | undefined;
  maxPages: number;
  store: PageStore;
  logger: Logger;
  counters: CrawlCounters;
  /** Outcome of each entry point's own request. */
  entryPoints: Record<string, { ok: boolean; error?: string }>;
  enqueue(requests: Array<{ url: string; data: CrawlRequestData }>): Promise<void>;
  onArticlePage(page: Omit<ArticlePageEvent, 'runId'>): Promise<void>;
  /** Hand on unchanged pages that are still `pending` (see `CrawlOptions.handOnPending`). */
  handOnPending: boolean;
  /** Errors worth showing in the summary (first few). */
  errors: string[];
  now: () => Date;
}

/** A backfill follows listings this deep at most, even when pages carry no dates. */
const BACKFILL_MAX_DEPTH = 500;
/** Without a backfill date, a sitemap index contributes its most recent children only. */
const RECENT_SITEMAP_CHILDREN = 5;
/** Sitemap indexes nested deeper than this are not followed. */
const MAX_SITEMAP_DEPTH = 3;

const MAX_ERRORS_KEPT = 20;
/** A gzipped sitemap may unpack to this much; the largest real news sitemaps are a few MiB. */
const MAX_UNPACKED_XML_BYTES = 64 * 1024 * 1024;

/** Handles every response and every failed request of one source crawl. */
export function createRoutes(ctx: RouteContext) {
  const seen = new Set<string>();
  const { counters, scope, source } = ctx;

  function noteError(message: string): void {
    if (ctx.errors.length < MAX_ERRORS_KEPT) ctx.errors.push(message);
  }

  function markEntryPoint(data: CrawlRequestData, ok: boolean, error?: string): void {
    if (data.root) ctx.entryPoints[data.entryPoint] = ok ? { ok } : { ok, error: error ?? 'failed' };
  }

  /** Queues URLs once per crawl; article URLs only up to `maxPages`, other kinds always. */
  async function enqueue(urls: Iterable<string>, data: CrawlRequestData): Promise<void> {
    const batch: Array<{ url: string; data: CrawlRequestData }> = [];
    for (const url of urls) {
      if (seen.has(url)) continue;
      if (data.label === 'article') {
        if (counters.discovered >= ctx.maxPages) break;
        counters.discovered += 1;
      }
      seen.add(url);
      batch.push({ url, data });
    }
    if (batch.length > 0) await ctx.enqueue(batch);
  }

  const articleLinks = (links: Iterable<string>, base: string) =>
    [...links].map((link) => scope.inScope(link, base)).filter((url): url is string => url !== undefined && scope.isArticle(url));

  const recentEnough = (link: DatedLink) => !ctx.since || !link.date || link.date >= ctx.since;

  function child(data: CrawlRequestData, label: CrawlRequestData['label'], depth = data.depth): CrawlRequestData {
    return { label, entryPoint: data.entryPoint, root: false, depth, ...(data.listingIndex !== undefined ? { listingIndex: data.listingIndex } : {}) };
  }

  async function handleArticle(response: FetchedResponse): Promise<void> {
    const { url, status, fetchedAt } = response;
    if (status === 304) {
      counters.unchanged += 1;
      const touched = await ctx.store.touchPage(url, fetchedAt);
      if (touched?.pending && ctx.handOnPending) await handOn(url, touched.pageId, 'unchanged');
      return;
    }
    if (status >= 400) {
      counters.failed += 1;
      const reason = status === 404 || status === 410 ? `HTTP ${status}: page gone` : `HTTP ${status}`;
      await ctx.store.recordFetchFailure({ url, sourceId: source.id, httpStatus: status, error: reason, fetchedAt });
      ctx.logger.debug({ url, status }, 'article page failed');
      return;
    }
    counters.fetched += 1;
    const header = (name: string) => {
      const value = response.headers[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    };
    const stored = await ctx.store.storePage({
      url,
      finalUrl: url,
      sourceId: source.id,
      fetchedAt,
      httpStatus: status,
      contentType: header('content-type'),
      etag: header('etag'),
      lastModified: header('last-modified'),
      body: response.body,
    });
    if (stored.outcome === 'unchanged') {
      counters.unchanged += 1;
      if (stored.pending && ctx.handOnPending) await handOn(url, stored.pageId, 'unchanged');
      return;
    }
    if (stored.outcome === 'new') counters.storedNew += 1;
    else counters.storedChanged += 1;
    await handOn(url, stored.pageId, stored.outcome);
  }

  /**
   * Hands a stored page on for processing. An unchanged page is handed on only while it is still
   * `pending`: an earlier crawl stored it and died before handing it over (or the hand-off failed).
   */
  async function handOn(url: string, pageId: number, outcome: ArticlePageEvent['outcome']): Promise<void> {
    try {
      await ctx.onArticlePage({ pageId, url, outcome });
    } catch (error) {
      // The page is stored and pending: a sweep of pending pages processes it later. Fetching it
      // again would find it unchanged and never hand it over, so the request is not retried.
      counters.handoffFailed += 1;
      noteError(`${url}: hand-off to processing failed: ${describeError(error)}`);
      ctx.logger.warn({ url, err: error }, 'stored page could not be handed to processing');
    }
  }

  async function followRedirect(response: FetchedResponse): Promise<void> {
    const location = response.headers.location;
    const target = typeof location === 'string' ? scope.inScope(location, response.url) : undefined;
    const { data } = response;
    if (!target || (data.label === 'article' && !scope.isArticle(target))) {
      const reason = `HTTP ${response.status}: redirected ${target ? 'to a page that is not an article' : 'outside the source'} (${String(location)})`;
      if (data.label === 'article') {
        counters.failed += 1;
        await ctx.store.recordFetchFailure({ url: response.url, sourceId: source.id, httpStatus: response.status, error: reason, fetchedAt: response.fetchedAt });
      } else markEntryPoint(data, false, reason);
      return;
    }
    markEntryPoint(data, true);
    // The target is queued under its own URL, so a page reached both ways is fetched once.
    await enqueue([target], { ...data, root: false });
  }

  async function handleHtml(response: FetchedResponse): Promise<void> {
    const { data } = response;
    const parsed = parseHtmlLinks(response.body.toString('utf8'), response.url);
    const articles = articleLinks(parsed.links, response.url);
    await enqueue(articles, child(data, 'article'));
    if (data.label === 'home' && source.entryPoints.discover) {
      for (const feed of parsed.feeds) {
        const url = scope.inScope(feed);
        if (url) await enqueue([url], { label: 'feed', entryPoint: url, root: true, depth: 1 });
      }
    }
    if (data.label !== 'listing' || data.listingIndex === undefined) return;
    const listing = source.entryPoints.listings[data.listingIndex];
    if (!listing) return;
    const deeper = ctx.since
      ? data.depth < BACKFILL_MAX_DEPTH && (parsed.newestDate ? parsed.newestDate >= ctx.since : articles.length > 0)
      : data.depth < listing.maxDepth;
    if (!deeper) return;
    const next = listing.pagination?.kind === 'template' ? listingPageUrl(listing, data.depth + 1) : listing.pagination ? parsed.next : undefined;
    const nextUrl = next ? scope.inScope(next) : undefined;
    if (nextUrl) await enqueue([nextUrl], child(data, 'listing', data.depth + 1));
  }

  async function handleFeed(response: FetchedResponse): Promise<void> {
    const links = parseFeed(xmlText(response.body, MAX_UNPACKED_XML_BYTES), response.url).filter(recentEnough);
    await enqueue(articleLinks(links.map((link) => link.url), response.url), child(response.data, 'article'));
  }

  async function handleSitemap(response: FetchedResponse): Promise<void> {
    const { data } = response;
    const document = parseSitemap(xmlText(response.body, MAX_UNPACKED_XML_BYTES), response.url);
    if (document.kind === 'urlset') {
      const links = document.urls.filter(recentEnough).map((link) => link.url);
      await enqueue(articleLinks(links, response.url), child(data, 'article'));
      return;
    }
    if (data.depth >= MAX_SITEMAP_DEPTH) return;
    const children = chooseSitemapChildren(document.sitemaps, ctx.since)
      .map((link) => scope.inScope(link.url))
      .filter((url): url is string => url !== undefined);
    await enqueue(children, child(data, 'sitemap', data.depth + 1));
  }

  return {
    async handle(response: FetchedResponse): Promise<void> {
      counters.requests += 1;
      const { data, status } = response;
      if (status === 429) {
        const retryAfter = Number(response.headers['retry-after']);
        throw new TransientError(`HTTP 429 from ${response.url}`, {
          url: response.url,
          stage: 'fetch',
          ...(Number.isFinite(retryAfter) ? { retryAfterMillis: Math.min(60_000, retryAfter * 1000) } : {}),
        });
      }
      if (status >= 300 && status < 400 && status !== 304) return followRedirect(response);
      if (data.label === 'article') return handleArticle(response);
      if (status >= 400) {
        markEntryPoint(data, false, `HTTP ${status}`);
        noteError(`${response.url}: HTTP ${status}`);
        return;
      }
      markEntryPoint(data, true);
      if (status === 304) return;
      if (data.label === 'feed') return handleFeed(response);
      if (data.label === 'sitemap') return handleSitemap(response);
      return handleHtml(response);
    },

    async failed(url: string, data: CrawlRequestData, reason: string, httpStatus: number | null): Promise<void> {
      noteError(`${url}: ${reason}`);
      ctx.logger.warn({ url, reason, label: data.label }, 'request failed');
      if (data.label === 'article') {
        counters.failed += 1;
        await ctx.store.recordFetchFailure({ url, sourceId: source.id, httpStatus: httpStatus ?? 0, error: reason, fetchedAt: ctx.now() });
      } else markEntryPoint(data, false, reason);
    },

    /** Marks URLs as queued by the caller (the seeds), so they are not queued twice. */
    seed: (urls: Iterable<string>) => {
      for (const url of urls) seen.add(url);
    },
  };
}

/** With a backfill date: every child sitemap not older than it. Without: the most recent few. */
export function chooseSitemapChildren(children: DatedLink[], since: Date | undefined): DatedLink[] {
  if (since) return children.filter((link) => !link.date || link.date >= since);
  if (children.length <= RECENT_SITEMAP_CHILDREN) return children;
  if (children.some((link) => link.date)) {
    return [...children].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0)).slice(0, RECENT_SITEMAP_CHILDREN);
  }
  // Undated indexes list oldest-first or newest-first: take both ends.
  const half = Math.ceil(RECENT_SITEMAP_CHILDREN / 2);
  return [...new Set([...children.slice(0, half), ...children.slice(-half)])];
}
