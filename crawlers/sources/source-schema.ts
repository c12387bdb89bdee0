import { Cron } from 'croner';
import { z } from 'zod';
import { NAMED_PROVINCE_SLUGS } from '../../classifiers/data/provinces.ts';
import { SITE_PROFILES } from '../sites/index.ts';
import type { SourceKind } from '../../pipeline/types.ts';

/** Every registry schedule is read in Vietnam's time zone. */
export const SCHEDULE_TIMEZONE = 'Asia/Ho_Chi_Minh';

const SOURCE_KINDS = [
  'provincial_paper',
  'provincial_portal',
  'provincial_foreign_affairs',
  'national_outlet',
  'friendship_organisation',
] as const satisfies readonly SourceKind[];

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'expected an absolute http(s) URL');

const regex = z.string().min(1).refine((value) => {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}, 'expected a valid regular expression');

const cron = z.string().refine((value) => {
  try {
    new Cron(value, { paused: true, timezone: SCHEDULE_TIMEZONE });
    return true;
  } catch {
    return false;
  }
}, 'expected a cron pattern such as "*/30 * * * *"');

/**
 * How a section listing reaches its older pages: `template` builds page N from a URL with
 * `{page}` in it (page 1 is the listing URL itself); `rel-next` follows `<a rel="next">` or
 * `<link rel="next">`.
 */
const pagination = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('template'),
    urlTemplate: httpUrl.refine((value) => value.includes('%7Bpage%7D') || value.includes('{page}'), 'expected {page} in the template'),
    /** Number of the first page the template builds. @defaultValue 2 */
    firstPage: z.number().int().min(0).default(2),
  }),
  z.object({ kind: z.literal('rel-next') }),
]);

const listing = z.object({
  url: httpUrl,
  pagination: pagination.optional(),
  /** Listing pages followed on a regular crawl (1 = only the first). A `since` backfill goes further. @defaultValue 2 */
  maxDepth: z.number().int().min(1).max(1000).default(2),
});

const entryPoints = z.object({
  feeds: z.array(httpUrl).default([]),
  sitemaps: z.array(httpUrl).default([]),
  listings: z.array(listing).default([]),
  /**
   * Also look for sitemaps in robots.txt and feeds linked from the home page
   * (`<link rel="alternate" type="application/rss+xml">`), and take article links from the home page.
   * @defaultValue true
   */
  discover: z.boolean().default(true),
});

const politeness = z.object({
  /** Requests in flight to this source at once. @defaultValue 2 */
  concurrency: z.number().int().min(1).max(64).default(2),
  /** Spacing between two requests to one host; absent: `HOST_DELAY_MILLIS`. */
  delayMillis: z.number().int().min(0).max(60_000).optional(),
});

/** One source of the registry, as written in crawlers/sources/registry.ts. */
export const sourceEntrySchema = z
  .object({
    /** kebab-case, stable: it keys the `sources` table and crawl jobs. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected kebab-case letters and digits'),
    name: z.string().min(1),
    homepage: httpUrl,
    kind: z.enum(SOURCE_KINDS),
    /** Home unit of a provincial outlet (a slug of classifiers/data/provinces.ts); null for national outlets. */
    homeProvince: z
      .string()
      .refine((slug) => NAMED_PROVINCE_SLUGS.has(slug), 'unknown province slug (see classifiers/data/provinces.ts)')
      .nullable()
      .default(null),
    entryPoints: entryPoints.prefault({}),
    /** Pages whose canonical URL matches are stored as articles; other pages are only followed. */
    articleUrlPattern: regex,
    /** Name of an extraction profile in crawlers/sites/; absent: generic extraction. */
    extractionProfile: z
      .string()
      .refine((name) => SITE_PROFILES.some((profile) => profile.site === name), 'unknown extraction profile (see crawlers/sites/)')
      .optional(),
    /** Extra hosts that belong to the source (a mobile or old domain). */
    extraHosts: z.array(z.string().min(1)).default([]),
    schedule: cron.default('0 */2 * * *'),
    politeness: politeness.prefault({}),
    enabled: z.boolean().default(true),
    /** False until a person has checked the entry points and the pattern against the live site. */
    verified: z.boolean(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.kind !== 'national_outlet' && entry.kind !== 'friendship_organisation' && entry.homeProvince === null) {
      ctx.addIssue({ code: 'custom', path: ['homeProvince'], message: `required for kind ${entry.kind}` });
    }
    if (!entry.verified && !entry.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'an unverified entry says what is still to be checked' });
    }
  });

/** A validated registry entry, defaults filled in. */
export type SourceEntry = z.output<typeof sourceEntrySchema>;
/** A registry entry as written, before defaults. */
export type SourceEntryInput = z.input<typeof sourceEntrySchema>;
export type ListingEntryPoint = SourceEntry['entryPoints']['listings'][number];

/** Raised when a registry entry is wrong; names the entry and every bad field. */
export class SourceRegistryError extends Error {
  override name = 'SourceRegistryError';
  constructor(readonly problems: string[]) {
    super(`Invalid source registry:\n  - ${problems.join('\n  - ')}`);
  }
}

function describeIssues(label: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}

/** Validates one entry; throws a {@link SourceRegistryError} naming the entry and each bad field. */
export function parseSourceEntry(input: unknown): SourceEntry {
  return parseSourceEntries([input])[0] as SourceEntry;
}

/**
 * Validates a whole registry: every entry, unique ids, unique homepages. Collects every problem
 * before throwing, so one run shows all that is wrong.
 */
export function parseSourceEntries(inputs: readonly unknown[]): SourceEntry[] {
  const problems: string[] = [];
  const entries: SourceEntry[] = [];
  const seenIds = new Set<string>();
  const seenHomepages = new Set<string>();
  inputs.forEach((input, index) => {
    const rawId = typeof input === 'object' && input !== null && 'id' in input ? String((input as { id: unknown }).id) : undefined;
    const label = rawId ? `source "${rawId}"` : `source #${index + 1}`;
    const parsed = sourceEntrySchema.safeParse(input);
    if (!parsed.success) {
      problems.push(...describeIssues(label, parsed.error.issues));
      return;
    }
    const entry = parsed.data;
    if (seenIds.has(entry.id)) problems.push(`${label}: id: duplicate id`);
    const homepage = new URL(entry.homepage).href;
    if (seenHomepages.has(homepage)) problems.push(`${label}: homepage: ${homepage} is already the homepage of another source`);
    seenIds.add(entry.id);
    seenHomepages.add(homepage);
    entries.push(entry);
  });
  if (problems.length > 0) throw new SourceRegistryError(problems);
  return entries;
}
