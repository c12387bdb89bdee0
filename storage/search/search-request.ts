import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { ACTIVITY_CODES } from '../../classifiers/data/activities.ts';
import { currentUnitOf, NAMED_PROVINCE_SLUGS } from '../../classifiers/data/provinces.ts';
import type { ProvinceMode, SearchParams, SearchSort } from '../../server/api-types.ts';

/**
 * A validated search: what the API, the CLI and the exporter hand to the search and export
 * queries. Build one with {@link parseSearchParams}; every list holds known codes only.
 */
export interface SearchRequest {
  q: string;
  provinces: string[];
  provinceMode: ProvinceMode;
  primaryOnly: boolean;
  countries: string[];
  activities: string[];
  sources: string[];
  relevantOnly: boolean;
  /** `YYYY-MM-DD`, a day in Asia/Ho_Chi_Minh, inclusive. */
  from: string | null;
  to: string | null;
  minConfidence: number;
  sort: SearchSort;
  limit: number;
  cursor: string | null;
  facets: boolean;
}

/** Bad search parameters; `details` holds one line per problem, for a 400 answer. */
export class SearchInputError extends Error {
  override name = 'SearchInputError';
  constructor(readonly details: string[]) {
    super(`invalid search parameters: ${details.join('; ')}`);
  }
}

/** Longest query text accepted, in characters. */
export const MAX_QUERY_LENGTH = 2_000;
/** @defaultValue 20 */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );

const flag = (fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value === true || value === 'true' || value === '1'));

function isRealDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const day = z
  .string()
  .optional()
  .refine((value) => value === undefined || value === '' || isRealDay(value), {
    message: 'expected a real day as YYYY-MM-DD',
  })
  .transform((value) => (value ? value : null));

const schema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).optional().default(''),
  province: list,
  provinceMode: z.enum(['named', 'current']).optional().default('named'),
  primaryOnly: flag(false),
  country: list,
  activity: list,
  source: list,
  relevantOnly: flag(true),
  from: day,
  to: day,
  minConfidence: z.coerce.number().min(0).max(1).optional().default(0),
  sort: z.enum(['relevance', 'date']).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().default(DEFAULT_LIMIT),
  cursor: z.string().max(500).optional(),
  facets: flag(true),
});

/** Validates raw parameters (query string, CLI options) into a {@link SearchRequest}; throws {@link SearchInputError}. */
export function parseSearchParams(params: SearchParams | Record<string, unknown>): SearchRequest {
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    throw new SearchInputError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`));
  }
  const v = parsed.data;
  const problems: string[] = [];
  const unknownProvinces = v.province.filter((slug) => !NAMED_PROVINCE_SLUGS.has(slug));
  if (unknownProvinces.length) problems.push(`province: unknown slug ${unknownProvinces.join(', ')}`);
  const countryCodes = v.country.map((code) => code.toUpperCase());
  const unknownCountries = countryCodes.filter((code) => !/^[A-Z]{2}$/.test(code) || !countries.isValid(code));
  if (unknownCountries.length) problems.push(`country: unknown ISO alpha-2 code ${unknownCountries.join(', ')}`);
  const unknownActivities = v.activity.filter((code) => !(ACTIVITY_CODES as readonly string[]).includes(code));
  if (unknownActivities.length) {
    problems.push(`activity: unknown code ${unknownActivities.join(', ')} (known: ${ACTIVITY_CODES.join(', ')})`);
  }
  const badSources = v.source.filter((id) => !/^[a-z0-9][a-z0-9._-]{0,99}$/.test(id));
  if (badSources.length) problems.push(`source: not a source id ${badSources.join(', ')}`);
  if (v.from && v.to && v.from > v.to) problems.push(`from: ${v.from} is after to: ${v.to}`);
  if (problems.length) throw new SearchInputError(problems);

  // In `current` mode a former unit stands for the unit it belongs to today.
  const provinces =
    v.provinceMode === 'current' ? [...new Set(v.province.map((slug) => currentUnitOf(slug) ?? slug))] : [...new Set(v.province)];
  return {
    q: v.q,
    provinces,
    provinceMode: v.provinceMode,
    primaryOnly: v.primaryOnly,
    countries: [...new Set(countryCodes)],
    activities: [...new Set(v.activity)],
    sources: [...new Set(v.source)],
    relevantOnly: v.relevantOnly,
    from: v.from,
    to: v.to,
    minConfidence: v.minConfidence,
    sort: v.sort ?? (v.q.trim() ? 'relevance' : 'date'),
    limit: v.limit,
    cursor: v.cursor ?? null,
    facets: v.facets,
  };
}
