import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { SourceEntry } from '../crawlers/sources/source-schema.ts';
import { OUTLETS, generateArticles, slugify, type Outlet, type SampleArticle } from './catalog.ts';
import { loadFixturePages } from './fixture-pages.ts';
import {
  LISTING_PAGE_SIZE,
  renderArticle,
  renderAtom,
  renderHome,
  renderListing,
  renderNewsSitemap,
  renderRss,
  renderSitemapIndex,
  renderUrlset,
} from './render.ts';
import { sampleSources } from './sample-sources.ts';

export interface SampleSiteOptions {
  /** @defaultValue 0 (any free port) */
  port?: number;
  /** Generated articles per outlet (three outlets). @defaultValue 20 */
  articlesPerOutlet?: number;
  /** Serve the team fixture pages (test/fixtures/pages/) as articles of outlet A. @defaultValue true */
  includeFixtures?: boolean;
  /** Delay of the slow article, in milliseconds. @defaultValue 1500 */
  slowMillis?: number;
  /** Size of an extra oversized article of outlet A; 0 serves none. @defaultValue 0 */
  hugePageBytes?: number;
  /** Publication time of the newest article. @defaultValue 2026-11-20T01:00:00Z */
  newest?: Date;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query as requested. */
  path: string;
  /** 0 while the answer is pending. */
  status: number;
  /** When the request arrived. */
  at: Date;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
  userAgent: string | undefined;
}

/** URLs of the pages that behave badly on purpose, so tests can name them. */
export interface SampleTraps {
  /** Disallowed by robots.txt; linked from every home page and article. */
  disallowedPrefixes: string[];
  /** 301 → `redirectTo`. */
  redirectFrom: string;
  redirectTo: string;
  /** Answers 404. */
  notFound: string;
  /** Answers 500 on its first request, then 200. */
  flaky: string;
  /** Answers after `slowMillis`. */
  slow: string;
  /** Larger than `hugePageBytes`; absent when that option is 0. */
  huge?: string;
}

export interface SampleSite {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Registry entries pointing at this site, validated. */
  sources: SourceEntry[];
  /** Every article page (generated and fixtures), including the flaky and the slow one. */
  articles: readonly SampleArticle[];
  traps: SampleTraps;
  /** Every request served, in order. */
  requests: RequestLogEntry[];
  /** Requests whose path (without query) is `pathOrUrl`. */
  requestCount(pathOrUrl: string): number;
  /** Changes an article: new text, a new version, a later modification time, a new ETag. */
  updateArticle(id: number, change: { title?: string; sapo?: string; paragraphs?: string[] }): SampleArticle;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: Buffer;
  contentType?: string;
  lastModified?: Date;
  headers?: Record<string, string>;
  delayMillis?: number;
}

const HTML = 'text/html; charset=utf-8';
const XML = 'application/xml; charset=utf-8';
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/**
 * Starts the sample site: three small fictional outlets under path prefixes (`/baomau-a/`,
 * `/baomau-b/`, `/baomau-c/`) on one local port, with home pages, paged section listings, feeds,
 * sitemaps (an index, a gzipped child, a news sitemap), robots.txt, and pages that redirect, are
 * missing, fail once, answer slowly or are too large. Conditional requests get 304.
 */
export async function startSampleSite(options: SampleSiteOptions = {}): Promise<SampleSite> {
  const perOutlet = options.articlesPerOutlet ?? 20;
  const newest = options.newest ?? new Date('2026-11-20T01:00:00Z');
  const slowMillis = options.slowMillis ?? 1500;
  const byOutlet = new Map<string, SampleArticle[]>(OUTLETS.map((outlet) => [outlet.id, generateArticles(outlet, perOutlet, newest)]));
  if (options.includeFixtures ?? true) addFixtures(byOutlet.get('baomau-a') as SampleArticle[], await loadFixturePages(), newest);
  const byPath = new Map<string, SampleArticle>();
  for (const list of byOutlet.values()) for (const article of list) byPath.set(article.path, article);

  const outletA = byOutlet.get('baomau-a') as SampleArticle[];
  const flaky = outletA[2] as SampleArticle;
  const slow = outletA[3] as SampleArticle;
  const redirectTarget = outletA[1] as SampleArticle;
  const hugePath = options.hugePageBytes ? '/baomau-a/thoi-su/trang-anh-dung-luong-lon-199998.html' : undefined;
  const traps: SampleTraps = {
    disallowedPrefixes: OUTLETS.map((outlet) => `/${outlet.id}/ban-in/`),
    redirectFrom: `/baomau-a/tin-cu/bai-cu-${redirectTarget.id}.html`,
    redirectTo: redirectTarget.path,
    notFound: '/baomau-a/thoi-su/bai-da-go-199999.html',
    flaky: flaky.path,
    slow: slow.path,
    ...(hugePath ? { huge: hugePath } : {}),
  };
  // Linked from outlet A's home page and the first page of each of its listings.
  const trapLinks = [traps.redirectFrom, traps.notFound, ...(hugePath ? [hugePath] : [])];
  let flakyFailuresLeft = 1;
  let siteUrl = '';
  const requests: RequestLogEntry[] = [];

  // Sorted lists and rendered article pages are kept until an article changes: a benchmark asks
  // for thousands of pages, and sorting and rendering each one again cost the crawl measurably
  // (the site shares the machine's cores with the pipeline it measures).
  const sortedCache = new Map<string, SampleArticle[]>();
  const articleBodies = new Map<SampleArticle, Buffer>();
  const sorted = (outletId: string) => {
    let list = sortedCache.get(outletId);
    if (!list) {
      list = [...(byOutlet.get(outletId) ?? [])].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
      sortedCache.set(outletId, list);
    }
    return list;
  };
  const renderedArticle = (outlet: Outlet, article: SampleArticle) => {
    let body = articleBodies.get(article);
    if (!body) {
      const related = sorted(article.outletId).filter((other) => other.id !== article.id).slice(0, 3);
      body = article.fixtureHtml ?? Buffer.from(renderArticle(outlet, article, related, siteUrl));
      articleBodies.set(article, body);
    }
    return body;
  };
  const sections = (outletId: string) => {
    const counts = new Map<string, number>();
    for (const article of byOutlet.get(outletId) ?? []) counts.set(article.section, (counts.get(article.section) ?? 0) + 1);
    return counts;
  };

  function route(rawPath: string): Reply {
    const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
    if (path === '/robots.txt') return text(robotsTxt(), 'text/plain; charset=utf-8');
    if (path === traps.redirectFrom) return { status: 301, headers: { location: traps.redirectTo } };
    if (path === hugePath) return text(`<!DOCTYPE html><html><body><p>${'Ảnh. '.repeat(Math.ceil((options.hugePageBytes ?? 0) / 6))}</p></body></html>`, HTML);
    const article = byPath.get(path);
    if (article) {
      if (article === flaky && flakyFailuresLeft > 0) {
        flakyFailuresLeft -= 1;
        return text('<html><body>Lỗi máy chủ tạm thời</body></html>', HTML, 500);
      }
      const outlet = outletOf(article.outletId);
      const body = renderedArticle(outlet, article);
      // Fixture pages keep their own charset (some are windows-1258, TCVN3 or VNI): no charset in the header.
      return { status: 200, body, contentType: article.fixtureHtml ? 'text/html' : HTML, lastModified: article.modifiedAt, delayMillis: article === slow ? slowMillis : 0 };
    }
    const match = /^\/(baomau-[a-z])(?:\/(.*))?$/.exec(path);
    const outlet = match ? OUTLETS.find((o) => o.id === match[1]) : undefined;
    if (!outlet) return text('<html><body>Không tìm thấy trang</body></html>', HTML, 404);
    return routeOutlet(outlet, match?.[2] ?? '');
  }

  function routeOutlet(outlet: Outlet, rest: string): Reply {
    const list = sorted(outlet.id);
    if (rest === '') {
      return text(renderHome(outlet, list.slice(0, 10), { trapLinks: outlet.id === 'baomau-a' ? trapLinks : [] }), HTML);
    }
    if (rest === 'rss/tin-moi.rss') return text(renderRss(outlet, list.slice(0, 15), siteUrl), 'application/rss+xml; charset=utf-8');
    if (rest === 'atom.xml') return text(renderAtom(outlet, list.slice(0, 15), siteUrl), 'application/atom+xml; charset=utf-8');
    if (rest === 'sitemap.xml') {
      if (outlet.style !== 'explicit') return text(renderUrlset(list, siteUrl), XML);
      const [first, second] = halves(list);
      return text(
        renderSitemapIndex([
          { loc: `${siteUrl}/${outlet.id}/sitemaps/tin-moi.xml`, lastmod: latestModified(list) },
          { loc: `${siteUrl}/${outlet.id}/sitemaps/bai-viet-1.xml`, lastmod: latestModified(first) },
          { loc: `${siteUrl}/${outlet.id}/sitemaps/bai-viet-2.xml.gz`, lastmod: latestModified(second) },
        ]),
        XML,
      );
    }
    const [first, second] = halves(list);
    if (rest === 'sitemaps/tin-moi.xml') return text(renderNewsSitemap(outlet, list.slice(0, 5), siteUrl), XML);
    if (rest === 'sitemaps/bai-viet-1.xml') return text(renderUrlset(first, siteUrl), XML);
    if (rest === 'sitemaps/bai-viet-2.xml.gz') return { status: 200, body: gzipSync(renderUrlset(second, siteUrl)), contentType: 'application/x-gzip' };
    const listing = /^([a-z-]+)(?:\/trang-(\d+))?$/.exec(rest);
    const section = listing?.[1];
    if (section && sections(outlet.id).has(section)) {
      const inSection = list.filter((article) => article.section === section);
      const pageCount = Math.max(1, Math.ceil(inSection.length / LISTING_PAGE_SIZE));
      const page = Number(listing?.[2] ?? 1);
      if (page < 1 || page > pageCount) return text('<html><body>Không tìm thấy trang</body></html>', HTML, 404);
      const pageUrl = (n: number) => (n === 1 ? `/${outlet.id}/${section}` : `/${outlet.id}/${section}/trang-${n}`);
      const extra = outlet.id === 'baomau-a' && page === 1 ? trapLinks : [];
      const slice = inSection.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE);
      return text(renderListing(outlet, section, slice, page, pageCount, pageUrl, extra), HTML);
    }
    return text('<html><body>Không tìm thấy trang</body></html>', HTML, 404);
  }

  function robotsTxt(): string {
    const lines = ['User-agent: *', ...traps.disallowedPrefixes.map((prefix) => `Disallow: ${prefix}`), ''];
    for (const outlet of OUTLETS) if (outlet.style !== 'listings') lines.push(`Sitemap: ${siteUrl}/${outlet.id}/sitemap.xml`);
    return `${lines.join('\n')}\n`;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Logged on arrival (status 0 until answered), so a request a client gave up on still shows.
    const entry: RequestLogEntry = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      status: 0,
      at: new Date(),
      ifNoneMatch: header(request, 'if-none-match'),
      ifModifiedSince: header(request, 'if-modified-since'),
      userAgent: header(request, 'user-agent'),
    };
    requests.push(entry);
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const reply = route(decodeURIComponent(path));
    if (reply.delayMillis) await sleep(reply.delayMillis);
    const headers: Record<string, string> = { ...reply.headers };
    let status = reply.status;
    let body = reply.body;
    if (status === 200 && body) {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
      headers.etag = etag;
      if (reply.lastModified) headers['last-modified'] = reply.lastModified.toUTCString();
      if (notModified(request, etag, reply.lastModified)) {
        status = 304;
        body = undefined;
      }
    }
    if (reply.contentType && status !== 304) headers['content-type'] = reply.contentType;
    entry.status = status;
    response.writeHead(status, { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: siteUrl,
    sources: sampleSources(siteUrl, OUTLETS, sections),
    articles: [...byPath.values()],
    traps,
    requests,
    requestCount: (pathOrUrl) => {
      const wanted = pathOrUrl.startsWith('http') ? new URL(pathOrUrl).pathname : pathOrUrl;
      return requests.filter((entry) => entry.path.split('?')[0] === wanted).length;
    },
    updateArticle(id, change) {
      const article = [...byPath.values()].find((candidate) => candidate.id === id);
      if (!article) throw new Error(`sample site: no article ${id}`);
      if (change.title !== undefined) article.title = change.title;
      if (change.sapo !== undefined) article.sapo = change.sapo;
      if (change.paragraphs !== undefined) article.paragraphs = [...change.paragraphs];
      delete article.fixtureHtml;
      article.version += 1;
      // Last-Modified has one-second precision: the new time must be a later second.
      article.modifiedAt = new Date(Math.max(Date.now(), article.modifiedAt.getTime() + 1000));
      // Its page changes, and so do the related-article boxes of the pages that list it.
      sortedCache.clear();
      articleBodies.clear();
      return article;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function text(content: string, contentType: string, status = 200): Reply {
  return { status, body: Buffer.from(content, 'utf8'), contentType };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function notModified(request: IncomingMessage, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = header(request, 'if-none-match');
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  const ifModifiedSince = header(request, 'if-modified-since');
  if (!ifModifiedSince || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

function outletOf(id: string): Outlet {
  return OUTLETS.find((outlet) => outlet.id === id) as Outlet;
}

function halves(list: SampleArticle[]): [SampleArticle[], SampleArticle[]] {
  const middle = Math.ceil(list.length / 2);
  return [list.slice(0, middle), list.slice(middle)];
}

function latestModified(list: SampleArticle[]): Date {
  return new Date(Math.max(0, ...list.map((article) => article.modifiedAt.getTime())));
}

/** Team fixture pages become articles of outlet A in section `tu-lieu`, older than the generated ones. */
function addFixtures(target: SampleArticle[], fixtures: Awaited<ReturnType<typeof loadFixturePages>>, newest: Date): void {
  fixtures.forEach((fixture, index) => {
    const id = 190_001 + index;
    const publishedAt = new Date(newest.getTime() - (index + 1) * 86_400_000 * 30);
    target.push({
      id,
      outletId: 'baomau-a',
      section: 'tu-lieu',
      path: `/baomau-a/tu-lieu/${slugify(fixture.name) || 'trang'}-${id}.html`,
      title: fixture.name,
      sapo: '',
      paragraphs: [],
      publishedAt,
      modifiedAt: publishedAt,
      version: 1,
      activity: null,
      countryCode: null,
      provinceSlug: 'da-nang',
      fixtureHtml: fixture.html,
    });
  });
}
