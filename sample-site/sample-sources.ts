import { parseSourceEntries, type SourceEntry, type SourceEntryInput } from '../crawlers/sources/source-schema.ts';
import type { Outlet } from './catalog.ts';
import { LISTING_PAGE_SIZE } from './render.ts';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Registry entries pointing at a running sample site, one per outlet, each reaching its articles
 * another way: outlet A through configured feed, sitemap index and a `rel=next` listing; outlet B
 * through discovery only (robots.txt sitemaps and the feed linked from its home page); outlet C
 * through section listings paged by a URL template, plus an Atom feed.
 */
export function sampleSources(siteUrl: string, outlets: readonly Outlet[], articlesBySection: (outletId: string) => Map<string, number>): SourceEntry[] {
  const inputs = outlets.map((outlet): SourceEntryInput => {
    const base = `${siteUrl}/${outlet.id}`;
    const common = {
      id: outlet.id,
      name: outlet.name,
      homepage: `${base}/`,
      kind: outlet.kind,
      homeProvince: outlet.homeProvince,
      articleUrlPattern: `^${escapeRegex(base)}/[a-z-]+/[a-z0-9-]+-\\d+\\.html$`,
      schedule: '*/30 * * * *',
      politeness: { concurrency: 4 },
      verified: true,
    };
    if (outlet.style === 'explicit') {
      return {
        ...common,
        entryPoints: {
          feeds: [`${base}/rss/tin-moi.rss`],
          sitemaps: [`${base}/sitemap.xml`],
          listings: [{ url: `${base}/doi-ngoai`, pagination: { kind: 'rel-next' }, maxDepth: 2 }],
          discover: false,
        },
      };
    }
    if (outlet.style === 'discovery') return { ...common, entryPoints: { discover: true } };
    const sections = articlesBySection(outlet.id);
    return {
      ...common,
      entryPoints: {
        feeds: [`${base}/atom.xml`],
        listings: [...sections.entries()].map(([section, count]) => ({
          url: `${base}/${section}`,
          pagination: { kind: 'template', urlTemplate: `${base}/${section}/trang-{page}` },
          maxDepth: Math.max(1, Math.ceil(count / LISTING_PAGE_SIZE)),
        })),
        discover: false,
      },
    };
  });
  return parseSourceEntries(inputs);
}
