import { sql, type Kysely, type RawBuilder } from 'kysely';
import { composeBody } from '../pipeline/article-body.ts';
import { fingerprintText } from '../pipeline/fingerprint.ts';
import type {
  ActivityCode,
  ActivityTag,
  Classification,
  CountryTag,
  Evidence,
  ExtractedArticle,
  ProvinceTag,
  RegionTag,
  TagMethod,
} from '../pipeline/types.ts';
import type { ArticleTagRow } from './tables/article-tags.table.ts';
import type { ArticleRow, NewArticleRow } from './tables/articles.table.ts';
import type { Database } from './tables/database.ts';
import { searchVectors } from './search/search-document.ts';

/** One processed page: where it came from, what extraction found and what the classifiers said. */
export interface ArticleInput {
  pageId: number;
  sourceId: string | null;
  url: string;
  article: ExtractedArticle;
  classification: Classification;
}

/** An article as stored, with its tags in the shapes of pipeline/types.ts. */
export interface StoredArticle {
  id: number;
  pageId: number;
  sourceId: string | null;
  url: string;
  canonicalUrl: string | null;
  title: string;
  sapo: string;
  text: string;
  author: string | null;
  section: string | null;
  keywords: string[];
  publishedAt: Date | null;
  modifiedAt: Date | null;
  language: string | null;
  /** 16 hex characters, see pipeline/fingerprint.ts. */
  fingerprint: string;
  relevance: number;
  relevant: boolean;
  extractorVersion: string;
  classifierVersion: string;
  createdAt: Date;
  updatedAt: Date;
  provinces: ProvinceTag[];
  countries: CountryTag[];
  regions: RegionTag[];
  activities: ActivityTag[];
}

// Articles and tags go in as one JSON parameter each (see upsertStatement). Chunks let this side
// build one while the server writes the last; at 50 articles (about 700 KB of JSON) bench:storage
// was fastest: 100 made more garbage to collect here, 10 more statements to plan there.
const ARTICLES_PER_STATEMENT = 50;

/**
 * Inserts or replaces the article of one page and its tags in one transaction: the article row is
 * upserted on `page_id`, its old tags deleted and the new ones inserted. If anything fails, the
 * previous article and tags stay as they were. Returns the article id (stable across re-processing).
 */
export async function upsertArticle(db: Kysely<Database>, input: ArticleInput): Promise<number> {
  const [id] = await upsertArticles(db, [input]);
  return id as number;
}

/**
 * Batch form of {@link upsertArticle}: every input in one transaction, with multi-row statements.
 * Returns the article ids in input order. When one page appears twice, the later input wins.
 */
export async function upsertArticles(db: Kysely<Database>, inputs: readonly ArticleInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const latestByPage = new Map<number, ArticleInput>();
  for (const input of inputs) latestByPage.set(input.pageId, input);
  const unique = [...latestByPage.values()];

  return db.transaction().execute(async (trx) => {
    const idByPage = new Map<number, number>();
    // Pipelined: while the server runs one chunk's statement, the next chunk's vectors and
    // parameters are computed here.
    let running: Promise<Array<{ id: number; page_id: number }>> | undefined;
    for (const chunk of chunks(unique, ARTICLES_PER_STATEMENT)) {
      const statement = upsertStatement(chunk);
      for (const row of (await running) ?? []) idByPage.set(Number(row.page_id), Number(row.id));
      running = statement.execute(trx).then((result) => result.rows);
      // A failure is thrown where the result is awaited, below; until then it is not unhandled.
      running.catch(() => undefined);
      // Let the query reach the connection before the next chunk's work takes the thread.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (const row of (await running) ?? []) idByPage.set(Number(row.page_id), Number(row.id));
    return inputs.map((input) => idByPage.get(input.pageId) as number);
  });
}

/** The article with this id and its tags. */
export async function getArticle(db: Kysely<Database>, id: number): Promise<StoredArticle | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row && withTags(db, row);
}

/** The article extracted from a stored page, with its tags. */
export async function findArticleByPageId(db: Kysely<Database>, pageId: number): Promise<StoredArticle | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('page_id', '=', pageId).executeTakeFirst();
  return row && withTags(db, row);
}

/** Distinct codes, sorted, for the tag arrays that filters and facets read. */
function codes(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/**
 * One statement for a chunk of articles: upsert the rows keyed on `page_id`, delete their old tags,
 * insert the new ones (matched to their article through `page_id`), return the ids. The rows travel
 * as one JSON parameter each for articles and tags, read by `json_to_recordset`: V8 writes JSON
 * natively and the server parses it once, where array parameters cost an escaping pass over every
 * character of every text in JavaScript. The search vectors and tag arrays are computed here (see
 * search-document.ts and migration 2026_11_24_100000); the delete does not see the rows the insert
 * adds, as both run on the statement's snapshot. The delete takes its ids as an array: written as
 * `in (select …)` the planner joined the chunk's 50 ids against every tag row (a sequential scan of
 * article_tags per chunk, growing with the table) instead of looking each id up in its index.
 */
function upsertStatement(inputs: readonly ArticleInput[]): RawBuilder<{ id: number; page_id: number }> {
  const articles = inputs.map((input) => {
    const vectors = searchVectors(input.article);
    const { classification } = input;
    return {
      ...toArticleRow(input),
      search_vector: vectors.accented,
      search_vector_folded: vectors.folded,
      province_codes: codes(classification.provinces.map((tag) => tag.code)),
      province_current_codes: codes(classification.provinces.map((tag) => tag.current)),
      country_codes: codes(classification.countries.map((tag) => tag.code)),
      activity_codes: codes(classification.activities.map((tag) => tag.code)),
    };
  });
  // `n` keeps the tags' order, which is their id order on reading back.
  const tags = inputs.flatMap((input) => toTagRows(input.pageId, input.classification)).map((tag, n) => ({ ...tag, n }));
  return sql<{ id: number; page_id: number }>`
    with upserted as (
      insert into articles (page_id, source_id, url, canonical_url, title, sapo, text, author, section, keywords,
        published_at, modified_at, language, fingerprint, relevance, relevant, extractor_version, classifier_version,
        search_vector, search_vector_folded, province_codes, province_current_codes, country_codes, activity_codes)
      select page_id, source_id, url, canonical_url, title, sapo, text, author, section, coalesce(keywords, '{}'),
        published_at, modified_at, language, fingerprint, relevance, relevant, extractor_version, classifier_version,
        search_vector, search_vector_folded, province_codes, province_current_codes, country_codes, activity_codes
      from json_to_recordset(${JSON.stringify(articles)}::json) as t(page_id bigint, source_id text, url text,
        canonical_url text, title text, sapo text, text text, author text, section text, keywords text[],
        published_at timestamptz, modified_at timestamptz, language text, fingerprint text, relevance float8,
        relevant boolean, extractor_version text, classifier_version text, search_vector tsvector,
        search_vector_folded tsvector, province_codes text[], province_current_codes text[], country_codes text[],
        activity_codes text[])
      on conflict (page_id) do update set
        source_id = excluded.source_id, url = excluded.url, canonical_url = excluded.canonical_url,
        title = excluded.title, sapo = excluded.sapo, text = excluded.text, author = excluded.author,
        section = excluded.section, keywords = excluded.keywords, published_at = excluded.published_at,
        modified_at = excluded.modified_at, language = excluded.language, fingerprint = excluded.fingerprint,
        relevance = excluded.relevance, relevant = excluded.relevant, extractor_version = excluded.extractor_version,
        classifier_version = excluded.classifier_version, search_vector = excluded.search_vector,
        search_vector_folded = excluded.search_vector_folded, province_codes = excluded.province_codes,
        province_current_codes = excluded.province_current_codes, country_codes = excluded.country_codes,
        activity_codes = excluded.activity_codes, updated_at = now()
      returning id, page_id
    ),
    removed as (delete from article_tags where article_id = any(array(select id from upserted))),
    added as (
      insert into article_tags (article_id, kind, code, is_primary, confidence, method, evidence, current_code, via)
      select u.id, t.kind, t.code, t.is_primary, t.confidence, t.method, t.evidence, t.current_code, t.via
      from json_to_recordset(${JSON.stringify(tags)}::json) as t(page_id bigint, kind text, code text,
        is_primary boolean, confidence float8, method text, evidence jsonb, current_code text, via text, n bigint)
      join upserted u on u.page_id = t.page_id
      order by t.n
    )
    select id, page_id from upserted`;
}

function toArticleRow(input: ArticleInput): NewArticleRow {
  const { article, classification } = input;
  return {
    page_id: input.pageId,
    source_id: input.sourceId,
    url: input.url,
    canonical_url: article.canonicalUrl,
    title: article.title,
    sapo: article.sapo,
    text: article.text,
    author: article.author,
    section: article.section,
    keywords: article.keywords,
    published_at: parseDate(article.publishedAt),
    modified_at: parseDate(article.modifiedAt),
    language: article.language,
    fingerprint: fingerprintText(composeBody(article)),
    relevance: classification.relevance,
    relevant: classification.relevant,
    extractor_version: article.extractorVersion,
    classifier_version: classification.classifierVersion,
  };
}

/** A tag row as the upsert statement reads it: keyed by page, evidence as JSON, not yet as text. */
interface TagRowInput {
  page_id: number;
  kind: ArticleTagRow['kind'];
  code: string;
  is_primary: boolean;
  confidence: number;
  method: TagMethod;
  evidence: Evidence[];
  current_code: string | null;
  via: string | null;
}

function toTagRows(pageId: number, classification: Classification): TagRowInput[] {
  const base = (tag: { code: string; confidence: number; method: TagMethod; evidence: Evidence[] }) => ({
    page_id: pageId,
    code: tag.code,
    confidence: tag.confidence,
    method: tag.method,
    evidence: tag.evidence,
  });
  return [
    ...classification.provinces.map((tag) => ({
      ...base(tag),
      kind: 'province' as const,
      is_primary: tag.primary,
      current_code: tag.current,
      via: tag.via,
    })),
    ...classification.countries.map((tag) => ({ ...base(tag), kind: 'country' as const, ...notProvince })),
    ...classification.regions.map((tag) => ({ ...base(tag), kind: 'region' as const, ...notProvince })),
    ...classification.activities.map((tag) => ({ ...base(tag), kind: 'activity' as const, ...notProvince })),
  ];
}

const notProvince = { is_primary: false, current_code: null, via: null };

/**
 * Extraction gives ISO 8601 with an offset; a value JavaScript cannot read is stored as null
 * rather than failing the article (the raw page keeps the original for re-processing).
 */
function parseDate(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

async function withTags(db: Kysely<Database>, row: ArticleRow): Promise<StoredArticle> {
  const tags = await db
    .selectFrom('article_tags')
    .selectAll()
    .where('article_id', '=', row.id)
    .orderBy('id')
    .execute();
  return {
    id: row.id,
    pageId: row.page_id,
    sourceId: row.source_id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    sapo: row.sapo,
    text: row.text,
    author: row.author,
    section: row.section,
    keywords: row.keywords,
    publishedAt: row.published_at,
    modifiedAt: row.modified_at,
    language: row.language,
    fingerprint: row.fingerprint,
    relevance: row.relevance,
    relevant: row.relevant,
    extractorVersion: row.extractor_version,
    classifierVersion: row.classifier_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    provinces: tags.filter((tag) => tag.kind === 'province').map(toProvinceTag),
    countries: tags.filter((tag) => tag.kind === 'country').map(toTag),
    regions: tags.filter((tag) => tag.kind === 'region').map(toTag),
    activities: tags
      .filter((tag) => tag.kind === 'activity')
      .map((tag) => ({ ...toTag(tag), code: tag.code as ActivityCode })),
  };
}

function toTag(tag: ArticleTagRow): CountryTag {
  return { code: tag.code, confidence: tag.confidence, method: tag.method, evidence: tag.evidence };
}

function toProvinceTag(tag: ArticleTagRow): ProvinceTag {
  return {
    ...toTag(tag),
    current: tag.current_code ?? tag.code,
    via: tag.via === 'place' ? 'place' : 'name',
    primary: tag.is_primary,
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
