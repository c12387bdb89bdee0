/**
 * JSON shapes of the vnnews HTTP API (`vnnews serve`). Plain data only: the web page (server/web)
 * and the search/export code share these types. Dates are ISO 8601 strings; ids are numbers.
 *
 * Routes:
 * - `GET  /api/search?…SearchParams`          → {@link SearchResponse}
 * - `GET  /api/articles/:id[?raw=1]`          → {@link ArticleView}
 * - `GET  /api/export?format=csv|jsonl|parquet[&long=1]&…SearchParams` → streamed file
 * - `GET  /api/sources`                       → {@link SourcesResponse}
 * - `POST /api/sources/:id/crawl` (header `x-api-key`) → {@link CrawlNowResponse} (202)
 * - `GET  /api/health`                        → {@link HealthResponse}
 * - `GET  /api/provinces`, `GET /api/countries`, `GET /api/activities` → {@link ReferenceResponse}
 * - `GET  /metrics` (Prometheus text), `GET /openapi.json`
 * Every error is {@link ApiError} with the HTTP status (400 bad parameter, 401 missing key, 404, 500).
 */

/** `named`: the province as the article names it (`quang-nam`); `current`: the unit it belongs to today (`da-nang`). */
export type ProvinceMode = 'named' | 'current';

export type SearchSort = 'relevance' | 'date';

/**
 * Query parameters of `GET /api/search` and `GET /api/export` (all optional). Lists may be given
 * as repeated parameters (`province=da-nang&province=hue`) or comma-separated (`province=da-nang,hue`);
 * values within one filter are OR-ed, different filters are AND-ed.
 */
export interface SearchParams {
  /**
   * Query text. Syllables typed with diacritics match those exact syllables; without diacritics
   * (`da nang`) they match any diacritics. Unquoted words must all occur; articles where they occur
   * side by side rank higher. `"quoted phrase"`, `OR` between terms, `-word` / `-"phrase"` excludes.
   */
  q?: string;
  /** Province slugs (LABELS.md). Unknown slugs answer 400. */
  province?: string | string[];
  /** @defaultValue `named` */
  provinceMode?: ProvinceMode;
  /** Only the article's primary province. @defaultValue false */
  primaryOnly?: boolean | 'true' | 'false' | '1' | '0';
  /** ISO alpha-2 codes, upper or lower case. Unknown codes answer 400. */
  country?: string | string[];
  /** Activity codes (`anniversary`, `delegation`, …). */
  activity?: string | string[];
  /** Source ids (`baoquangnam`). */
  source?: string | string[];
  /** @defaultValue true */
  relevantOnly?: boolean | 'true' | 'false' | '1' | '0';
  /** Published on or after this day (`YYYY-MM-DD`, Asia/Ho_Chi_Minh). Impossible dates answer 400. */
  from?: string;
  /** Published on or before this day (`YYYY-MM-DD`, inclusive). */
  to?: string;
  /** Minimum confidence (0–1) of the tags that the province/country/activity filters match. @defaultValue 0 */
  minConfidence?: number | string;
  /** @defaultValue `relevance` when `q` is given, else `date` */
  sort?: SearchSort;
  /** 1–100. @defaultValue 20 */
  limit?: number | string;
  /** Opaque value from {@link SearchResponse.nextCursor}. */
  cursor?: string;
  /** Compute facets. @defaultValue true */
  facets?: boolean | 'true' | 'false' | '1' | '0';
}

export interface TagChip {
  code: string;
  /** Vietnamese name (`Đà Nẵng`, `Ấn Độ`, `Kỷ niệm`). */
  label: string;
}

export interface ProvinceChip extends TagChip {
  /** The unit today (`quang-nam` → `da-nang`). */
  current: string;
  currentLabel: string;
  primary: boolean;
  via: 'name' | 'place' | null;
}

export interface SearchHit {
  id: number;
  title: string;
  url: string;
  source: { id: string; name: string } | null;
  /** ISO 8601 with offset, or null when the page gave no date. */
  publishedAt: string | null;
  /** Plain text with matches wrapped in `<mark>…</mark>`; every other character is HTML-escaped. */
  snippet: string;
  /** Text rank when `q` is given (higher is better), else 0. */
  relevance: number;
  /** The classifier's relevance (0–1) and decision. */
  classifierRelevance: number;
  relevant: boolean;
  tags: {
    provinces: ProvinceChip[];
    countries: TagChip[];
    activities: TagChip[];
  };
}

export interface FacetBucket {
  code: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  /** By `provinceMode`: named slugs or today's units. */
  province: FacetBucket[];
  country: FacetBucket[];
  activity: FacetBucket[];
  source: FacetBucket[];
  /** `code` is `YYYY-MM`; newest first. */
  month: FacetBucket[];
}

export interface SearchResponse {
  /** Articles matching the query and filters (an estimate when `approximate`). */
  total: number;
  /**
   * True when the query matched too many articles to count one by one: the total and the facet
   * counts are scaled up from a sample of about 1 in 64 articles. Date order still pages through
   * every match; exports are always complete.
   */
  approximate: boolean;
  /**
   * What relevance order ranked: `all` matches; the 1,000 most `recent` ones (more matched); or a
   * 1-in-256 `sample` (very many matched). Narrow the search with filters to rank all of it.
   */
  ranking: 'all' | 'recent' | 'sample';
  items: SearchHit[];
  /** Empty buckets when `facets=false`. */
  facets: SearchFacets;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** How the query was understood (for display): terms after normalisation. */
  query: ParsedQueryView | null;
}

export interface ParsedQueryView {
  /** e.g. `(hợp tác giáo dục) AND NOT "kinh tế"`. */
  description: string;
}

export interface EvidenceView {
  field: 'title' | 'body';
  start: number;
  end: number;
  text: string;
}

export interface TagView {
  kind: 'province' | 'country' | 'activity' | 'region';
  code: string;
  label: string;
  primary: boolean;
  confidence: number;
  method: string;
  /** Provinces only. */
  current: string | null;
  currentLabel: string | null;
  via: 'name' | 'place' | null;
  /** Spans of `title` or of `body` (= sapo + '\n' + text). */
  evidence: EvidenceView[];
}

export interface DuplicateView {
  id: number;
  title: string;
  url: string;
  source: { id: string; name: string } | null;
  publishedAt: string | null;
  /** Bits that differ between the two SimHash fingerprints (0 = same). */
  distance: number;
}

export interface ArticleView {
  id: number;
  url: string;
  canonicalUrl: string | null;
  title: string;
  sapo: string;
  text: string;
  /** What evidence offsets point into: sapo + '\n' + text (or whichever is present). */
  body: string;
  author: string | null;
  section: string | null;
  keywords: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  language: string | null;
  fingerprint: string;
  relevance: number;
  relevant: boolean;
  extractorVersion: string;
  classifierVersion: string;
  createdAt: string;
  updatedAt: string;
  source: { id: string; name: string; homepage: string } | null;
  page: { id: number; url: string; finalUrl: string; fetchedAt: string; httpStatus: number; contentType: string | null };
  tags: TagView[];
  /** Other articles with the same or a close fingerprint (Hamming distance ≤ 3), nearest first. */
  duplicates: DuplicateView[];
  /** The stored page, decoded as text; only with `?raw=1`, else absent. */
  raw?: { contentType: string | null; charset: string | null; bytes: number; html: string } | null;
}

export interface CrawlRunView {
  id: number;
  trigger: string;
  status: 'running' | 'succeeded' | 'failed' | 'cancelled';
  startedAt: string;
  finishedAt: string | null;
  discovered: number;
  fetched: number;
  unchanged: number;
  failed: number;
  articlesStored: number;
  relevant: number;
  error: string | null;
}

export interface SourceView {
  id: string;
  name: string;
  homepage: string;
  kind: string;
  homeProvince: string | null;
  schedule: string;
  enabled: boolean;
  disabledReason: string | null;
  articles: number;
  lastCrawl: CrawlRunView | null;
}

export interface SourcesResponse {
  items: SourceView[];
}

export interface CrawlNowResponse {
  sourceId: string;
  /** `queued`: a job on the crawl queue (Redis); `started`: running in this process. */
  status: 'queued' | 'started';
  jobId?: string;
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: { ok: boolean; backend: 'postgres' | 'pglite'; error?: string };
  /** null when no REDIS_URL is configured. */
  redis: { ok: boolean; error?: string } | null;
}

export interface ReferenceResponse {
  items: Array<{ code: string; label: string; current?: string; era?: string }>;
}

export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** For 400: one line per bad parameter (`from: 2022-02-30 is not a date`). */
  details?: string[];
}
