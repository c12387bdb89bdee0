/**
 * One spelling per page, so a page reached through a feed, a sitemap and a listing is fetched and
 * stored once. The canonical URL is the key of the `pages` table and of process job ids.
 */

/** Query parameters that only track where a reader came from; they never change the page. */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'zarsrc', // Zalo shares, common on Vietnamese news links
  'zalo_share',
  'ref',
  'ref_src',
  'cmpid',
  'icid',
  'spm',
]);

/** Prefixes of tracking parameter families (`utm_source`, `utm_medium`, `pk_campaign`, …). */
const TRACKING_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hsa_'];

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * Canonical form of an http(s) URL: lower-case scheme and host, no default port, no fragment,
 * no tracking parameters, remaining parameters sorted, no trailing slash except for the root,
 * `index.html`-style paths kept as they are (sites differ on whether they are the same page).
 * Relative URLs are resolved against `base`. Returns `undefined` for anything that is not http(s)
 * (`mailto:`, `javascript:`, `tel:`) or cannot be parsed.
 */
export function canonicalizeUrl(input: string, base?: string | URL): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  // URL already lower-cases the host and drops the default port; a trailing dot is the same host.
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);

  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  url.search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';

  let path = url.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  url.pathname = path === '' ? '/' : path;
  return url.toString();
}

/** Lower-case host without a leading `www.`: `www.BaoQuocTe.vn` → `baoquocte.vn`. */
export function bareHost(url: string | URL): string {
  const host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}
