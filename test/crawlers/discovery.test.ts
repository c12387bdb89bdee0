import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseSitemapChildren } from '../../crawlers/crawl-routes.ts';
import { createCrawlScope, listingPageUrl } from '../../crawlers/crawl-scope.ts';
import { parseHtmlLinks } from '../../crawlers/discovery/parse-html-links.ts';
import { parseFeed, parseSitemap, xmlText } from '../../crawlers/discovery/parse-xml.ts';
import { HostGate } from '../../crawlers/host-gate.ts';
import { parseSourceEntry } from '../../crawlers/sources/source-schema.ts';

const base = 'https://baomau.vn/';

describe('feeds', () => {
  it('reads RSS 2.0 items with their publication dates', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tin</title>
      <item><title>A</title><link>https://baomau.vn/a-100001.html</link><pubDate>Thu, 20 Nov 2025 01:00:00 GMT</pubDate></item>
      <item><title>B</title><link> /b-100002.html </link></item></channel></rss>`;
    expect(parseFeed(xml, base)).toEqual([
      { url: 'https://baomau.vn/a-100001.html', date: new Date('2025-11-20T01:00:00Z') },
      { url: 'https://baomau.vn/b-100002.html' },
    ]);
  });

  it('reads Atom entries by their alternate link, dated by published or updated', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><link rel="self" href="https://baomau.vn/api/1"/><link rel="alternate" href="https://baomau.vn/a-100001.html"/><published>2025-11-20T08:00:00+07:00</published></entry>
      <entry><link href="https://baomau.vn/b-100002.html"/><updated>2025-11-19T08:00:00+07:00</updated></entry></feed>`;
    expect(parseFeed(xml, base)).toEqual([
      { url: 'https://baomau.vn/a-100001.html', date: new Date('2025-11-20T01:00:00Z') },
      { url: 'https://baomau.vn/b-100002.html', date: new Date('2025-11-19T01:00:00Z') },
    ]);
  });
});

describe('sitemaps', () => {
  it('tells an index from a url set', () => {
    const index = parseSitemap('<sitemapindex><sitemap><loc>https://baomau.vn/s1.xml</loc><lastmod>2025-11-01</lastmod></sitemap></sitemapindex>', base);
    expect(index).toEqual({ kind: 'index', sitemaps: [{ url: 'https://baomau.vn/s1.xml', date: new Date('2025-11-01') }] });
  });

  it('dates a news sitemap entry by its publication date rather than lastmod', () => {
    const xml = `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://baomau.vn/a-100001.html</loc><lastmod>2025-11-25</lastmod>
      <news:news><news:publication_date>2025-11-20T08:00:00+07:00</news:publication_date></news:news></url></urlset>`;
    expect(parseSitemap(xml, base)).toEqual({ kind: 'urlset', urls: [{ url: 'https://baomau.vn/a-100001.html', date: new Date('2025-11-20T01:00:00Z') }] });
  });

  it('unpacks a gzipped sitemap and refuses one that unpacks past the limit', () => {
    const xml = '<urlset><url><loc>https://baomau.vn/a-100001.html</loc></url></urlset>';
    expect(xmlText(gzipSync(xml), 1024)).toBe(xml);
    expect(() => xmlText(gzipSync('x'.repeat(10_000)), 1024)).toThrow();
  });

  it('follows every child sitemap since a backfill date, and only the most recent ones otherwise', () => {
    const children = Array.from({ length: 8 }, (_, i) => ({ url: `https://baomau.vn/s${i}.xml`, date: new Date(Date.UTC(2025, i, 1)) }));
    expect(chooseSitemapChildren(children, new Date(Date.UTC(2025, 5, 15))).map((c) => c.url)).toEqual(['https://baomau.vn/s6.xml', 'https://baomau.vn/s7.xml']);
    expect(chooseSitemapChildren(children, undefined).map((c) => c.url)).toEqual([7, 6, 5, 4, 3].map((i) => `https://baomau.vn/s${i}.xml`));
    const undated = children.map(({ url }) => ({ url }));
    expect(chooseSitemapChildren(undated, undefined).map((c) => c.url)).toEqual([0, 1, 2, 5, 6, 7].map((i) => `https://baomau.vn/s${i}.xml`));
  });
});

describe('HTML pages', () => {
  it('finds links, advertised feeds, the next page and the newest date', () => {
    const html = `<html><head><link rel="alternate" type="application/rss+xml" href="/rss/home.rss"><link rel="alternate" hreflang="en" href="/en"><link rel="next" href="/doi-ngoai/trang-2"></head>
      <body><a href="/a-100001.html">A</a><a href="mailto:x@baomau.vn">mail</a><a href="#top">top</a><time datetime="2025-11-20T08:00:00+07:00"></time><time datetime="2025-11-18T08:00:00+07:00"></time></body></html>`;
    expect(parseHtmlLinks(html, 'https://baomau.vn/doi-ngoai')).toEqual({
      links: ['https://baomau.vn/a-100001.html'],
      feeds: ['https://baomau.vn/rss/home.rss'],
      next: 'https://baomau.vn/doi-ngoai/trang-2',
      newestDate: new Date('2025-11-20T01:00:00Z'),
    });
  });
});

describe('crawl scope', () => {
  const source = parseSourceEntry({
    id: 'mau',
    name: 'Mẫu',
    homepage: 'http://127.0.0.1:8080/baomau-a/',
    kind: 'national_outlet',
    articleUrlPattern: '/baomau-a/[a-z-]+/[a-z0-9-]+-\\d+\\.html$',
    verified: true,
  });
  const scope = createCrawlScope(source);

  it.each([
    ['a page under the homepage folder', 'http://127.0.0.1:8080/baomau-a/doi-ngoai', 'http://127.0.0.1:8080/baomau-a/doi-ngoai'],
    ['the homepage itself', 'http://127.0.0.1:8080/baomau-a/', 'http://127.0.0.1:8080/baomau-a'],
    ['another outlet on the same host', 'http://127.0.0.1:8080/baomau-b/doi-ngoai', undefined],
    ['a folder that only starts alike', 'http://127.0.0.1:8080/baomau-ab/x', undefined],
    ['the same path on another port', 'http://127.0.0.1:9090/baomau-a/doi-ngoai', undefined],
  ])('decides on %s', (_case, url, expected) => {
    expect(scope.inScope(url)).toBe(expected);
  });

  it('treats a www host and the bare host as one source', () => {
    const www = createCrawlScope({ homepage: 'https://www.vietnamplus.vn/', extraHosts: [], articleUrlPattern: 'x' });
    expect(www.inScope('https://vietnamplus.vn/a-post1.vnp?utm_source=x')).toBe('https://vietnamplus.vn/a-post1.vnp');
  });

  it('builds listing pages from a template, page 1 being the listing itself', () => {
    const listing = { url: 'https://baomau.vn/doi-ngoai', pagination: { kind: 'template' as const, urlTemplate: 'https://baomau.vn/doi-ngoai/trang-{page}', firstPage: 2 }, maxDepth: 3 };
    expect([1, 2, 3].map((depth) => listingPageUrl(listing, depth))).toEqual(['https://baomau.vn/doi-ngoai', 'https://baomau.vn/doi-ngoai/trang-2', 'https://baomau.vn/doi-ngoai/trang-3']);
  });
});

describe('host gate', () => {
  it('spaces the starts of requests to one host and leaves other hosts alone', async () => {
    const gate = new HostGate();
    const started: Array<[string, number]> = [];
    const t0 = Date.now();
    await Promise.all(
      ['a', 'a', 'a', 'b'].map(async (host) => {
        await gate.wait(host, 80);
        started.push([host, Date.now() - t0]);
      }),
    );
    const a = started.filter(([host]) => host === 'a').map(([, at]) => at);
    expect(a[1] as number).toBeGreaterThanOrEqual(75);
    expect(a[2] as number).toBeGreaterThanOrEqual(155);
    expect(started.find(([host]) => host === 'b')?.[1]).toBeLessThan(60);
  });
});
