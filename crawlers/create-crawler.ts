import { Transform, type Readable } from 'node:stream';
// The crawler's own packages, not the `crawlee` umbrella: that one also loads jsdom and the browser
// crawlers, about 4 s and 70 MB more per process for nothing this crawler uses.
import { Configuration, HttpCrawler, type HttpCrawlingContext, type RequestProvider } from '@crawlee/http';
import { MemoryStorage } from '@crawlee/memory-storage';
import { RobotsTxtFile } from '@crawlee/utils';
import type { Config } from '../pipeline/config.ts';
import { TransientError } from '../pipeline/errors.ts';
import type { Logger } from '../pipeline/logger.ts';
import { crawleeLog } from './crawlee-log.ts';
import { sharedHostGate, type HostGate } from './host-gate.ts';
import { NodeHttpClient } from './http-client.ts';
import { CrawlRequestManager } from './request-manager.ts';

/** What a request is for; each kind is handled by crawlers/crawl-routes.ts. */
export type RequestLabel = 'home' | 'feed' | 'sitemap' | 'listing' | 'article';

/** Carried by every request of a crawl (crawlee `userData`). */
export interface CrawlRequestData {
  label: RequestLabel;
  /** The entry point (configured or discovered) the request descends from: the key of its health. */
  entryPoint: string;
  /** True for the entry point's own first request. */
  root: boolean;
  /** Listing page number (1 = the listing itself) or sitemap nesting level (1 = the root sitemap). */
  depth: number;
  /** Index of the listing in the source's entry points. */
  listingIndex?: number;
}

/** A response as the routes see it: raw bytes, never decoded or re-encoded. */
export interface FetchedResponse {
  url: string;
  data: CrawlRequestData;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  fetchedAt: Date;
}

export interface CrawlerCallbacks {
  /** Handles a response of any status below 500 (3xx, 304 and 4xx included). */
  handle(response: FetchedResponse): Promise<void>;
  /** A request that failed for good (retries spent or not retryable), with the last HTTP status if one came. */
  failed(url: string, data: CrawlRequestData, reason: string, httpStatus: number | null): Promise<void>;
  /** A request crawlee skipped without fetching it (robots.txt). */
  skipped(url: string, reason: string): void;
  /** Extra request headers: `If-None-Match` / `If-Modified-Since` for pages stored before. */
  requestHeaders(url: string, data: CrawlRequestData): Promise<Record<string, string>>;
}

export interface CreateCrawlerOptions {
  config: Pick<Config, 'userAgent' | 'fetchTimeoutMillis' | 'maxPageBytes' | 'hostDelayMillis'>;
  logger: Logger;
  maxConcurrency: number;
  /** Spacing between request starts to one host. */
  hostDelayMillis: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First retry waits this long, then twice as long each time (with jitter), at most 30 s. */
  retryBaseMillis: number;
  callbacks: CrawlerCallbacks;
  hostGate?: HostGate;
  /** Clock for `fetchedAt`. @defaultValue `() => new Date()` */
  now?: () => Date;
}

/** Raised when a body passes `maxPageBytes`; never retried. */
export class PageTooLargeError extends Error {
  override name = 'PageTooLargeError';
}

/**
 * HttpCrawler with two changes. robots.txt is fetched once per origin and crawl, with the
 * crawler's User-Agent, its timeout and no retries, and the answer is cached even when the fetch
 * fails (crawlee refetches a failed robots.txt before every request, with retries: minutes for a
 * dead site). And connection errors are ordinary errors, retried `maxRetries` times: crawlee takes
 * them for proxy errors and rotates sessions ten times, but no proxy is used here.
 */
export class SourceCrawler extends HttpCrawler<HttpCrawlingContext<CrawlRequestData>> {
  readonly #robots = new Map<string, Promise<RobotsTxtFile>>();
  #client: NodeHttpClient | undefined;

  /** The HTTP client whose keep-alive connections {@link closeConnections} closes. */
  useClient(client: NodeHttpClient): void {
    this.#client = client;
  }

  /** Closes the crawl's idle connections (after `run`). */
  closeConnections(): void {
    this.#client?.close();
  }
  #robotsFetch: { userAgent: string; timeoutMillis: number; logger: Logger } | undefined;

  configureRobots(options: { userAgent: string; timeoutMillis: number; logger: Logger }): void {
    this.#robotsFetch = options;
  }

  /** robots.txt of the URL's origin (cached); sitemap discovery reads its `Sitemap:` lines. */
  robotsTxtFor(url: string): Promise<RobotsTxtFile | undefined> {
    return this.getRobotsTxtFileForUrl(url);
  }

  protected override async getRobotsTxtFileForUrl(url: string): Promise<RobotsTxtFile | undefined> {
    const settings = this.#robotsFetch;
    if (!settings) return super.getRobotsTxtFileForUrl(url);
    const robotsUrl = new URL('/robots.txt', url).toString();
    let cached = this.#robots.get(robotsUrl);
    if (!cached) {
      cached = fetchRobotsTxt(robotsUrl, settings);
      this.#robots.set(robotsUrl, cached);
    }
    return cached;
  }

  protected override isProxyError(_error: Error): boolean {
    return false;
  }
}

/**
 * robots.txt as RFC 9309 reads it: a 4xx means no rules, a 5xx means everything is disallowed for
 * now. An unreachable file is treated as no rules (logged): the crawl's own requests to that site
 * fail too, and their errors say more than "disallowed".
 */
async function fetchRobotsTxt(robotsUrl: string, settings: { userAgent: string; timeoutMillis: number; logger: Logger }): Promise<RobotsTxtFile> {
  try {
    const response = await fetch(robotsUrl, { headers: { 'user-agent': settings.userAgent }, signal: AbortSignal.timeout(settings.timeoutMillis), redirect: 'follow' });
    if (response.ok) return RobotsTxtFile.from(robotsUrl, await response.text());
    if (response.status >= 500) {
      settings.logger.warn({ url: robotsUrl, status: response.status }, 'robots.txt answered with a server error; the site is skipped this time');
      return RobotsTxtFile.from(robotsUrl, 'User-agent: *\nDisallow: /\n');
    }
    return RobotsTxtFile.from(robotsUrl, '');
  } catch (error) {
    settings.logger.warn({ url: robotsUrl, err: error }, 'robots.txt unreachable; crawling without rules');
    return RobotsTxtFile.from(robotsUrl, '');
  }
}

const MAX_BACKOFF_MILLIS = 30_000;

/** Backoff before retry `retryCount` (1-based): base · 2^(n−1), ±25 % jitter, capped. */
export function retryDelayMillis(retryCount: number, baseMillis: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_BACKOFF_MILLIS, baseMillis * 2 ** Math.max(0, retryCount - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}

/**
 * A crawlee HttpCrawler for one crawl, with its own in-memory storage (a fresh request queue, so
 * the queue's permanent de-duplication only spans this crawl, and nothing is written to disk),
 * robots.txt respected, redirects left to the routes (so a redirect target is fetched once, under
 * its own URL), per-host spacing, retries with backoff, a timeout and a size limit, and raw bytes.
 */
export function createSourceCrawler(options: CreateCrawlerOptions): SourceCrawler {
  const { config, callbacks } = options;
  const gate = options.hostGate ?? sharedHostGate;
  const storage = new Configuration({
    storageClient: new MemoryStorage({ persistStorage: false, writeMetadata: false }),
    persistStorage: false,
    purgeOnStart: false,
    // System snapshots only feed autoscaling, which is off (fixed concurrency); each one spawns `ps`.
    systemInfoIntervalMillis: 60_000,
  });
  const httpClient = new NodeHttpClient();
  const crawler = new SourceCrawler(
    {
      log: crawleeLog(options.logger),
      httpClient,
      // The crawl's requests in memory, not through crawlee's storage layer (request-manager.ts).
      // Given as `requestQueue`: HttpCrawler's option check does not know `requestManager` yet, and
      // crawlee takes a request queue for the request manager when no request list is given.
      requestQueue: new CrawlRequestManager() as unknown as RequestProvider,
      maxConcurrency: options.maxConcurrency,
      // Concurrency is fixed at the source's allowance: politeness comes from the host gate, and
      // crawlee's pool otherwise starts low and scales on CPU load, which on a busy machine keeps
      // a crawl at one request at a time.
      minConcurrency: options.maxConcurrency,
      autoscaledPoolOptions: {
        desiredConcurrency: options.maxConcurrency,
        // The idle pool looks for new requests every 0.5 s by default: a chain of listing pages
        // (page 1 links page 2 …) would cost half a second a step.
        maybeRunIntervalSecs: 0.02,
      },
      maxRequestRetries: options.maxRetries,
      navigationTimeoutSecs: config.fetchTimeoutMillis / 1000,
      requestHandlerTimeoutSecs: 120,
      respectRobotsTxtFile: { userAgent: config.userAgent },
      useSessionPool: false,
      // Every content type and every status below 500 reaches the handler: gzipped sitemaps, 304s
      // without a type, 4xx the routes record (crawlee retries 5xx as errors).
      additionalMimeTypes: ['*/*'],
      // A Node encoding makes crawlee pass the bytes through untouched; the extractor decodes them.
      forceResponseEncoding: 'utf8',
      preNavigationHooks: [
        async ({ request }, gotOptions) => {
          const data = request.userData as CrawlRequestData;
          gotOptions.followRedirect = false;
          gotOptions.headers = {
            ...gotOptions.headers,
            'user-agent': config.userAgent,
            accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.8',
            'accept-language': 'vi,en;q=0.5',
            ...(await callbacks.requestHeaders(request.url, data)),
          };
          await gate.wait(new URL(request.url).host, options.hostDelayMillis);
        },
      ],
      postNavigationHooks: [
        (context) => {
          const response = context.response as unknown as Readable & Record<string, unknown>;
          const declared = Number((response.headers as Record<string, string | undefined>)['content-length']);
          if (Number.isFinite(declared) && declared > config.maxPageBytes) {
            context.request.noRetry = true;
            response.destroy();
            throw new PageTooLargeError(`page too large: ${declared} bytes (limit ${config.maxPageBytes})`);
          }
          context.response = limitBytes(response, config.maxPageBytes, () => {
            context.request.noRetry = true;
          }) as unknown as typeof context.response;
        },
      ],
      requestHandler: async (context) => {
        const body = context.body;
        await callbacks.handle({
          url: context.request.url,
          data: context.request.userData,
          status: context.response.statusCode ?? 0,
          headers: context.response.headers,
          body: Buffer.isBuffer(body) ? body : Buffer.from(body),
          fetchedAt: (options.now ?? (() => new Date()))(),
        });
      },
      errorHandler: async ({ request }, error) => {
        if (error instanceof PageTooLargeError) request.noRetry = true;
        if (request.noRetry) return;
        const hinted = error instanceof TransientError ? error.retryAfterMillis : undefined;
        const wait = hinted ?? retryDelayMillis(request.retryCount, options.retryBaseMillis);
        await new Promise((resolve) => setTimeout(resolve, wait));
      },
      failedRequestHandler: async ({ request, response }, error) => {
        const status = response?.statusCode ?? statusFromMessage(error.message);
        await callbacks.failed(request.url, request.userData, error.message, status);
      },
      onSkippedRequest: ({ url, reason }) => callbacks.skipped(url, reason),
    },
    storage,
  );
  crawler.useClient(httpClient);
  crawler.configureRobots({ userAgent: config.userAgent, timeoutMillis: config.fetchTimeoutMillis, logger: options.logger });
  return crawler;
}

/** crawlee's 5xx errors read `500 - Internal Server Error: …`; the status is kept for the pages table. */
function statusFromMessage(message: string): number | null {
  const match = /^(\d{3}) - /.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * Passes a response body through, failing it once more than `maxBytes` arrived (for bodies
 * without a Content-Length). Keeps the response's properties, which crawlee reads from the stream.
 */
function limitBytes(source: Readable & Record<string, unknown>, maxBytes: number, onLimit: () => void): Transform {
  let seen = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > maxBytes) {
        onLimit();
        source.destroy();
        callback(new PageTooLargeError(`page too large: more than ${maxBytes} bytes`));
        return;
      }
      callback(null, chunk);
    },
  });
  for (const key of ['statusCode', 'statusMessage', 'headers', 'url', 'redirectUrls', 'request', 'rawHeaders', 'httpVersion']) {
    (limited as unknown as Record<string, unknown>)[key] = source[key];
  }
  source.on('error', (error) => limited.destroy(error));
  return source.pipe(limited);
}
