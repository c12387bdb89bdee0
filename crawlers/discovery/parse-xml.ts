import { load } from 'cheerio';
import { gunzipSync } from 'node:zlib';

/** A link found in a feed or a sitemap, with the date the document gives for it, if any. */
export interface DatedLink {
  url: string;
  date?: Date;
}

export type SitemapDocument = { kind: 'index'; sitemaps: DatedLink[] } | { kind: 'urlset'; urls: DatedLink[] };

/** The gzip magic number: sitemaps are often served as `.xml.gz` with a generic content type. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Text of an XML document as fetched: gunzipped when it is gzip, decoded as UTF-8 (feeds and
 * sitemaps are UTF-8 by the sitemap protocol; URLs are ASCII in any encoding). `maxBytes` bounds
 * the unpacked size, so a gzip bomb fails instead of filling memory.
 */
export function xmlText(bytes: Uint8Array, maxBytes: number): string {
  const raw = isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: maxBytes }) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return raw.toString('utf8');
}

function parseDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const date = new Date(text.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return undefined;
  }
}

/** Items of an RSS 2.0 / RSS 1.0 / Atom feed, with their publication (or update) dates. */
export function parseFeed(xml: string, baseUrl: string): DatedLink[] {
  const $ = load(xml, { xml: true });
  const links: DatedLink[] = [];
  $('item').each((_, element) => {
    const item = $(element);
    const href = item.children('link').first().text() || item.attr('rdf:about') || item.children('guid[isPermaLink!="false"]').first().text();
    const url = absolute(href, baseUrl);
    const date = parseDate(item.children('pubDate').first().text() || item.children('dc\\:date').first().text());
    if (url) links.push(date ? { url, date } : { url });
  });
  $('entry').each((_, element) => {
    const entry = $(element);
    const link = entry.children('link[rel="alternate"]').first().attr('href') ?? entry.children('link:not([rel])').first().attr('href') ?? entry.children('link').first().attr('href');
    const url = absolute(link, baseUrl);
    const date = parseDate(entry.children('published').first().text() || entry.children('updated').first().text());
    if (url) links.push(date ? { url, date } : { url });
  });
  return links;
}

/** A sitemap index (its child sitemaps) or a url set, including Google News sitemaps. */
export function parseSitemap(xml: string, baseUrl: string): SitemapDocument {
  const $ = load(xml, { xml: true });
  const read = (selector: string, dateOf: (node: ReturnType<typeof $>) => string | undefined): DatedLink[] =>
    $(selector)
      .toArray()
      .flatMap((element) => {
        const node = $(element);
        const url = absolute(node.children('loc').first().text(), baseUrl);
        if (!url) return [];
        const date = parseDate(dateOf(node));
        return [date ? { url, date } : { url }];
      });
  if ($('sitemapindex').length > 0) {
    return { kind: 'index', sitemaps: read('sitemapindex > sitemap', (node) => node.children('lastmod').first().text()) };
  }
  return {
    kind: 'urlset',
    urls: read('urlset > url', (node) => node.find('news\\:publication_date').first().text() || node.children('lastmod').first().text()),
  };
}
