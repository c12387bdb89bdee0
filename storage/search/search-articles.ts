import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { composeBody } from '../../pipeline/article-body.ts';
import type { FacetBucket, ProvinceChip, SearchFacets, SearchHit, SearchResponse, TagChip } from '../../server/api-types.ts';
import type { Database } from '../tables/database.ts';
import type { FacetCache } from './facet-cache.ts';
import { highlightSnippet } from './highlight.ts';
import { loadLabels, type Labels } from './labels.ts';
import { describeQuery, parseQuery, type ParsedQuery } from './parse-query.ts';
import { SearchInputError, type SearchRequest } from './search-request.ts';
import { DATE_KEY, hasPositiveClause, rankExpression, whereClause } from './search-sql.ts';

/** Position in a result list: the sort key and id of the last item shown. */
const cursorSchema = z.object({
  k: z.enum(['date', 'relevance']),
  /** The search was sampled (a large match set): later pages keep to that. */
  s: z.literal(true).optional(),
  v: z.union([z.string().max(64), z.number()]),
  id: z.number().int().nonnegative(),
});
type Cursor = z.infer<typeof cursorSchema>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Reads a cursor made by this module; anything else is a {@link SearchInputError}. */
export function decodeCursor(value: string, sort: SearchRequest['sort']): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new SearchInputError(['cursor: not a cursor from a previous page']);
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.k !== sort) throw new SearchInputError(['cursor: not a cursor from a previous page of this sort']);
  // A rank (relevance with text) or a date (date order, and relevance without text, which is date order).
  if (result.data.k === 'date' && typeof result.data.v !== 'string') throw new SearchInputError(['cursor: bad date']);
  if (typeof result.data.v === 'string' && !/^(-infinity|\d{4}-\d{2}-\d{2}[ T][\d:.+-]+)$/.test(result.data.v)) {
    throw new SearchInputError(['cursor: bad date']);
  }
  return result.data;
}

interface HitRow {
  id: number;
  title: string;
  url: string;
  source_id: string | null;
  published_at: Date | string | null;
  sapo: string;
  text: string;
  classifier_relevance: number;
  relevant: boolean;
  rank: number;
  date_key: string;
}

interface TagRow {
  article_id: number;
  kind: string;
  code: string;
  is_primary: boolean;
  current_code: string | null;
  via: string | null;
}

function toIso(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/**
 * The search sample: articles whose id is a multiple of this, about 1 in 64, spread evenly over
 * time since ids follow the order of storage. Partial indexes cover exactly these rows (migration
 * 2026_11_24_110000, whose predicate must stay `id % 64 = 0`), so counting the sample reads 1/64
 * of the index and of the rows.
 */
export const SAMPLE_EVERY = 64;
const IN_SAMPLE = sql<boolean>`a.id % ${sql.raw(String(SAMPLE_EVERY))} = 0`;
/**
 * Relevance in a sampled search ranks a quarter of the sample (1 in 256 articles, still spread
 * over the years): ranking reads each candidate's whole index entry, and a quarter keeps a page
 * of hits fast while the counts use the whole sample. The first condition lets the planner use
 * the sample's partial indexes.
 */
const IN_RANKING_SAMPLE = sql<boolean>`${IN_SAMPLE} and a.id % ${sql.raw(String(SAMPLE_EVERY * 4))} = 0`;
/** Where exact answers stop: beyond these, a search is answered from the sample or a window. */
export interface SearchLimits {
  /**
   * Above this many matches (estimated as 64 × the sample's matches), the total, the facets and
   * the relevance order come from the sample: exact counts visit every matching row (over a second
   * for `hợp tác` on 300,000 articles, about 100 ms for 16,000 matches, more for a phrase), while
   * a sample of a hundred matches or more keeps the big buckets within about ten per cent.
   */
  exactMatchLimit: number;
  /** A sample with fewer matches than this cannot stand for the whole: count exactly. */
  minSampleMatches: number;
  /**
   * Relevance ranks at most this many matches, the most recent ones: ranking reads each article's
   * whole index entry (about 20 µs), and a page must come back in well under a second.
   */
  rankWindow: number;
}

const DEFAULT_LIMITS: SearchLimits = { exactMatchLimit: 6_000, minSampleMatches: 100, rankWindow: 1_000 };

/**
 * Searches articles: text (see parse-query.ts), filters, facets over the filtered set, sort by
 * relevance or date with keyset cursors (stable under inserts of other articles), snippets.
 *
 * Counting first runs on the sample ({@link SAMPLE_EVERY}): when that shows a very large match set,
 * the total and facets are the sample's counts scaled up (`approximate`) and relevance ranks the
 * sample; otherwise everything is counted exactly and relevance ranks the most recent
 * `rankWindow` matches (all of them when there are fewer). `ranking` in the response says which.
 * Date order always pages through every match.
 * Throws {@link SearchInputError} for a bad cursor, before any query runs. With `facetCache`, the
 * sample's counts of a search seen in the last seconds are reused (paging a broad search).
 */
export async function searchArticles(
  db: Kysely<Database>,
  request: SearchRequest,
  options: { facetCache?: FacetCache<FacetResult>; limits?: Partial<SearchLimits> } = {},
): Promise<SearchResponse> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const parsed = parseQuery(request.q);
  // Without words to rank, relevance has nothing to order by but the date.
  const byDate = request.sort === 'date' || !hasPositiveClause(parsed);
  const cursor = request.cursor ? decodeCursor(request.cursor, request.sort) : null;
  if (cursor && byDate !== (typeof cursor.v === 'string')) throw new SearchInputError(['cursor: not a cursor from a previous page of this search']);
  const sampleCounts = () => {
    const compute = () => countAndFacets(db, request, parsed, true);
    return options.facetCache ? options.facetCache.get(facetKey(request), compute) : compute();
  };
  const labels = loadLabels(db);

  let sampled = cursor?.s === true;
  let counted: FacetResult | undefined;
  if (!cursor) {
    const sample = await sampleCounts();
    sampled = sample.sampleMatches >= limits.minSampleMatches && sample.total > limits.exactMatchLimit;
    if (sampled) counted = sample;
  }
  let page: Awaited<ReturnType<typeof findPage>>;
  let finalCounts: FacetResult;
  if (sampled) {
    [page, finalCounts] = await Promise.all([findPage(db, request, parsed, cursor, byDate, { sampled: true }), counted ?? sampleCounts()]);
  } else {
    // One pass over the matches gives the counts and the candidates of the page: the text and
    // filter indexes are read once, not once for the counts and once for the hits.
    finalCounts = await countAndFacets(db, request, parsed, false, {
      after: byDate && cursor ? cursor : null,
      limit: byDate ? request.limit + 1 : limits.rankWindow,
    });
    page = await findPage(db, request, parsed, cursor, byDate, { sampled: false, ids: finalCounts.picked });
  }

  const tags = await tagsOf(
    db,
    page.rows.map((row) => Number(row.id)),
  );
  const labelsLoaded = await labels;
  const items = page.rows.map((row) => toHit(row, tags.get(Number(row.id)) ?? [], parsed, labelsLoaded));
  return {
    total: finalCounts.total,
    approximate: sampled,
    ranking: !hasPositiveClause(parsed) ? 'all' : sampled ? 'sample' : finalCounts.total > limits.rankWindow ? 'recent' : 'all',
    items,
    facets: request.facets ? labelFacets(finalCounts.buckets, labelsLoaded) : emptyFacets(),
    nextCursor: page.nextCursor,
    query: parsed.clauses.length ? { description: describeQuery(parsed) } : null,
  };
}

/**
 * One page of hits after `cursor`, and the cursor of the next page. Relevance ranks the sample in
 * a sampled search, and otherwise the `rankWindow` most recent matches; date order walks every
 * match. The cursor remembers the sampling, so later pages neither re-rank nor count exactly what
 * the first page estimated.
 */
async function findPage(
  db: Kysely<Database>,
  request: SearchRequest,
  parsed: ParsedQuery,
  cursor: Cursor | null,
  byDate: boolean,
  from: { sampled: true } | { sampled: false; ids: number[] },
): Promise<{ rows: HitRow[]; nextCursor: string | null }> {
  const { sampled } = from;
  const where = whereClause(request, parsed);
  const rank = rankExpression(parsed);
  const columns = sql`a.id, a.title, a.url, a.source_id, a.published_at, a.sapo, a.text,
      a.relevance as classifier_relevance, a.relevant, ${rank} as rank, (${DATE_KEY})::text as date_key`;
  const limit = request.limit + 1;
  let query;
  if (!from.sampled) {
    // The candidates were picked with the counts: the page itself in date order (after the
    // cursor), or the window of most recent matches that relevance ranks.
    const after = cursor && !byDate ? sql`and (${rank}, a.id) < (${cursor.v}::float8, ${cursor.id}::bigint)` : sql``;
    const order = byDate ? sql`${DATE_KEY} desc, a.id desc` : sql`${rank} desc, a.id desc`;
    query = sql<HitRow>`select ${columns} from articles a where a.id = any(${from.ids}::bigint[]) ${after}
      order by ${order} limit ${limit}`;
  } else if (byDate) {
    const after = cursor ? sql`and (${DATE_KEY}, a.id) < (${cursor.v}::timestamptz, ${cursor.id}::bigint)` : sql``;
    query = sql<HitRow>`select ${columns} from articles a where ${where} ${after}
      order by ${DATE_KEY} desc, a.id desc limit ${limit}`;
  } else {
    const after = cursor ? sql`and (${rank}, a.id) < (${cursor.v}::float8, ${cursor.id}::bigint)` : sql``;
    // Long fields stay in TOAST until a candidate is ranked or shown.
    query = sql<HitRow>`select ${columns} from articles a where a.id in (select a.id from articles a where ${where} and ${IN_RANKING_SAMPLE}) ${after}
      order by ${rank} desc, a.id desc limit ${limit}`;
  }
  const { rows: found } = await query.execute(db);
  const rows = found.slice(0, request.limit);
  const last = rows.at(-1);
  const nextCursor =
    found.length > request.limit && last
      ? encodeCursor({
          k: request.sort,
          v: byDate ? last.date_key : Number(last.rank),
          id: Number(last.id),
          ...(sampled ? { s: true as const } : {}),
        })
      : null;
  return { rows, nextCursor };
}

async function tagsOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, TagRow[]>> {
  const byArticle = new Map<number, TagRow[]>();
  if (ids.length === 0) return byArticle;
  const { rows } = await sql<TagRow>`
    select article_id, kind, code, is_primary, current_code, via from article_tags
    where article_id = any(${ids}::bigint[]) and kind in ('province', 'country', 'activity')
    order by article_id, is_primary desc, confidence desc, code`.execute(db);
  for (const row of rows) {
    const id = Number(row.article_id);
    const list = byArticle.get(id) ?? [];
    list.push(row);
    byArticle.set(id, list);
  }
  return byArticle;
}

function toHit(row: HitRow, tags: TagRow[], parsed: ParsedQuery, labels: Labels): SearchHit {
  const provinces: ProvinceChip[] = tags
    .filter((tag) => tag.kind === 'province')
    .map((tag) => ({
      code: tag.code,
      label: labels.province(tag.code),
      current: tag.current_code ?? tag.code,
      currentLabel: labels.province(tag.current_code ?? tag.code),
      primary: tag.is_primary,
      via: tag.via === 'name' || tag.via === 'place' ? tag.via : null,
    }));
  const chips = (kind: string): TagChip[] =>
    tags.filter((tag) => tag.kind === kind).map((tag) => ({ code: tag.code, label: labels.tag(kind, tag.code) }));
  return {
    id: Number(row.id),
    title: row.title,
    url: row.url,
    source: row.source_id ? { id: row.source_id, name: labels.source(row.source_id) } : null,
    publishedAt: toIso(row.published_at),
    snippet: highlightSnippet(composeBody(row), parsed),
    relevance: Number(row.rank),
    classifierRelevance: Number(row.classifier_relevance),
    relevant: row.relevant,
    tags: { provinces, countries: chips('country'), activities: chips('activity') },
  };
}

/** Total and facet counts of one search (scaled up from the sample when it was sampled). */
export interface FacetResult {
  total: number;
  buckets: FacetRow[];
  /** Matches actually counted: the total, or the sample's share of it. */
  sampleMatches: number;
  /** Ids of the most recent matches (after a date cursor) when asked for: a page's candidates. */
  picked: number[];
}

/** What the counts depend on: the text and the filters, not the sort, page or size. */
function facetKey(request: SearchRequest): string {
  const { sort: _sort, limit: _limit, cursor: _cursor, ...rest } = request;
  return JSON.stringify(rest);
}

interface FacetRow {
  facet: string;
  code: string | null;
  n: number;
}

/**
 * Total and facet counts in one round trip over one materialised filtered set; with `pick`, also
 * the ids of its `limit` most recent matches after a date cursor.
 */
async function countAndFacets(
  db: Kysely<Database>,
  request: SearchRequest,
  parsed: ParsedQuery,
  sampled: boolean,
  pick?: { after: Cursor | null; limit: number },
): Promise<FacetResult> {
  const where = sampled ? sql<boolean>`${whereClause(request, parsed)} and ${IN_SAMPLE}` : whereClause(request, parsed);
  const scale = (n: number) => (sampled ? Number(n) * SAMPLE_EVERY : Number(n));
  const provinceArray = sql.raw(request.provinceMode === 'current' ? 'province_current_codes' : 'province_codes');
  const facets = request.facets
    ? sql`
    union all select 'province', c, count(*)::int from f, unnest(f.provinces) as c group by c
    union all select 'country', c, count(*)::int from f, unnest(f.country_codes) as c group by c
    union all select 'activity', c, count(*)::int from f, unnest(f.activity_codes) as c group by c
    union all select 'source', f.source_id, count(*)::int from f where f.source_id is not null group by f.source_id
    union all select 'month', m, count(*)::int from
      (select to_char(f.published_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as m from f where f.published_at is not null) as months
      group by m`
    : sql``;
  const after = pick?.after ? sql`where (f.date_key, f.id) < (${pick.after.v}::timestamptz, ${pick.after.id}::bigint)` : sql``;
  const picks = pick
    ? sql`
    union all select 'pick', p.id::text, p.n::int from
      (select f.id, row_number() over (order by f.date_key desc, f.id desc) as n from f ${after}
       order by f.date_key desc, f.id desc limit ${pick.limit}) as p`
    : sql``;
  // The materialised set and the group-bys of a large match spill to disk at the default 4 MB.
  const { rows } = await db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '64MB'`.execute(trx);
    // JIT compilation costs ~150 ms per query here and never pays back on these short scans.
    await sql`set local jit = off`.execute(trx);
    return sql<FacetRow>`
    with f as materialized (
      select a.id, ${DATE_KEY} as date_key, a.source_id, a.published_at, a.${provinceArray} as provinces,
        a.country_codes, a.activity_codes
      from articles a where ${where}
    )
    select 'total' as facet, null as code, count(*)::int as n from f ${facets} ${picks}`.execute(trx);
  });
  const counted = Number(rows.find((row) => row.facet === 'total')?.n ?? 0);
  return {
    total: scale(counted),
    buckets: rows.filter((row) => row.facet !== 'total' && row.facet !== 'pick').map((row) => ({ ...row, n: scale(row.n) })),
    sampleMatches: counted,
    picked: rows
      .filter((row) => row.facet === 'pick')
      .sort((a, b) => Number(a.n) - Number(b.n))
      .map((row) => Number(row.code)),
  };
}

/** Month buckets kept in a response (ten years). */
const MAX_MONTHS = 120;

function labelFacets(rows: FacetRow[], labels: Labels): SearchFacets {
  const facets = emptyFacets();
  for (const row of rows) {
    const code = row.code ?? '';
    const bucket: FacetBucket = { code, label: code, count: Number(row.n) };
    if (row.facet === 'province') facets.province.push({ ...bucket, label: labels.province(code) });
    else if (row.facet === 'country') facets.country.push({ ...bucket, label: labels.country(code) });
    else if (row.facet === 'activity') facets.activity.push({ ...bucket, label: labels.activity(code) });
    else if (row.facet === 'source') facets.source.push({ ...bucket, label: labels.source(code) });
    else if (row.facet === 'month') facets.month.push(bucket);
  }
  const byCount = (a: FacetBucket, b: FacetBucket) => b.count - a.count || a.code.localeCompare(b.code);
  facets.province.sort(byCount);
  facets.country.sort(byCount);
  facets.activity.sort(byCount);
  facets.source.sort(byCount);
  facets.month.sort((a, b) => b.code.localeCompare(a.code));
  facets.month = facets.month.slice(0, MAX_MONTHS);
  return facets;
}

function emptyFacets(): SearchFacets {
  return { province: [], country: [], activity: [], source: [], month: [] };
}
