import { bareHost, canonicalizeUrl } from './canonicalize-url.ts';
import type { ListingEntryPoint, SourceEntry } from './sources/source-schema.ts';

/** Which URLs belong to a source, which of them are articles, and where listing page N lives. */
export interface CrawlScope {
  /** Canonical form of `url` when it belongs to the source, else undefined. */
  inScope(url: string, base?: string): string | undefined;
  /** True when a canonical in-scope URL is an article page. */
  isArticle(canonicalUrl: string): boolean;
}

/**
 * A source's scope is its homepage's hosts (with or without `www.`, plus `extraHosts`) under the
 * homepage's path: a source whose homepage is `https://host/` owns the whole host, one whose
 * homepage is `http://127.0.0.1:8080/baomau-a/` only that folder — so sources that share a host
 * (the sample site, a portal with a foreign-affairs sub-site) do not crawl each other.
 */
export function createCrawlScope(source: Pick<SourceEntry, 'homepage' | 'extraHosts' | 'articleUrlPattern'>): CrawlScope {
  const homepage = new URL(source.homepage);
  const hosts = new Set([bareHost(homepage), ...source.extraHosts.map((host) => host.toLowerCase().replace(/^www\./, ''))]);
  const port = homepage.port;
  const pathPrefix = homepage.pathname.replace(/\/+$/, '');
  const article = new RegExp(source.articleUrlPattern);
  return {
    inScope(url, base) {
      const canonical = canonicalizeUrl(url, base);
      if (!canonical) return undefined;
      const parsed = new URL(canonical);
      if (!hosts.has(bareHost(parsed)) || parsed.port !== port) return undefined;
      if (pathPrefix && parsed.pathname !== pathPrefix && !parsed.pathname.startsWith(`${pathPrefix}/`)) return undefined;
      return canonical;
    },
    isArticle: (canonicalUrl) => article.test(canonicalUrl),
  };
}

/**
 * URL of page `depth` (1 = the listing itself) of a paged listing, or undefined when the
 * listing has no page `depth` it can build (no template: pages come from `rel=next` links).
 */
export function listingPageUrl(listing: ListingEntryPoint, depth: number): string | undefined {
  if (depth === 1) return listing.url;
  if (listing.pagination?.kind !== 'template') return undefined;
  const page = listing.pagination.firstPage + depth - 2;
  return listing.pagination.urlTemplate.replace(/\{page\}|%7Bpage%7D/g, String(page));
}
