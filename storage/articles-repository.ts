import { sql, type Kysely, type Transaction } from 'kysely';
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
import type { ArticleTagRow, NewArticleTagRow } from './tables/article-tags.table.ts';
import type { ArticleRow, NewArticleRow } from './tables/articles.table.ts';
import type { Database } from './tables/database.ts';

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

// PostgreSQL allows 65,535 bind parameters; an article row takes 19. Tags go in as one array per
// column (see insertTagRows), so their statements stay nine parameters long whatever the count.
const ARTICLE_ROWS_PER_STATEMENT = 500;
const TAG_ROWS_PER_STATEMENT = 5000;

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
    for (const chunk of chunks(unique, ARTICLE_ROWS_PER_STATEMENT)) {
      const rows = await upsertArticleRows(trx, chunk.map(toArticleRow));
      for (const row of rows) idByPage.set(row.page_id, row.id);
    }
    const articleIds = [...idByPage.values()];
    for (const chunk of chunks(articleIds, 5000)) {
      await trx.deleteFrom('article_tags').where('article_id', 'in', chunk).execute();
    }
    const tags = unique.flatMap((input) => toTagRows(idByPage.get(input.pageId) as number, input.classification));
    for (const chunk of chunks(tags, TAG_ROWS_PER_STATEMENT)) await insertTagRows(trx, chunk);
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

/** Upserts article rows keyed on `page_id` in one multi-row statement. */
async function upsertArticleRows(trx: Transaction<Database>, rows: NewArticleRow[]) {
  return trx
    .insertInto('articles')
    .values(rows)
    .onConflict((oc) =>
      oc.column('page_id').doUpdateSet((eb) => ({
        source_id: eb.ref('excluded.source_id'),
        url: eb.ref('excluded.url'),
        canonical_url: eb.ref('excluded.canonical_url'),
        title: eb.ref('excluded.title'),
        sapo: eb.ref('excluded.sapo'),
        text: eb.ref('excluded.text'),
        author: eb.ref('excluded.author'),
        section: eb.ref('excluded.section'),
        keywords: eb.ref('excluded.keywords'),
        published_at: eb.ref('excluded.published_at'),
        modified_at: eb.ref('excluded.modified_at'),
        language: eb.ref('excluded.language'),
        fingerprint: eb.ref('excluded.fingerprint'),
        relevance: eb.ref('excluded.relevance'),
        relevant: eb.ref('excluded.relevant'),
        extractor_version: eb.ref('excluded.extractor_version'),
        classifier_version: eb.ref('excluded.classifier_version'),
        updated_at: sql<Date>`now()`,
      })),
    )
    .returning(['id', 'page_id'])
    .execute();
}

/**
 * Inserts tag rows through `unnest` of one array per column: the server parses and plans nine
 * parameters instead of nine per row, which made a batch of 2,000 tags several times faster.
 */
async function insertTagRows(trx: Transaction<Database>, rows: NewArticleTagRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: NewArticleTagRow) => T): T[] => rows.map(pick);
  await sql`
    insert into article_tags (article_id, kind, code, is_primary, confidence, method, evidence, current_code, via)
    select article_id, kind, code, is_primary, confidence, method, evidence::jsonb, current_code, via
    from unnest(
      ${column((row) => row.article_id)}::bigint[],
      ${column((row) => row.kind)}::text[],
      ${column((row) => row.code)}::text[],
      ${column((row) => row.is_primary ?? false)}::boolean[],
      ${column((row) => row.confidence)}::double precision[],
      ${column((row) => row.method)}::text[],
      ${column((row) => row.evidence ?? '[]')}::text[],
      ${column((row) => row.current_code ?? null)}::text[],
      ${column((row) => row.via ?? null)}::text[]
    ) as t(article_id, kind, code, is_primary, confidence, method, evidence, current_code, via)
  `.execute(trx);
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

function toTagRows(articleId: number, classification: Classification): NewArticleTagRow[] {
  const base = (tag: { code: string; confidence: number; method: TagMethod; evidence: Evidence[] }) => ({
    article_id: articleId,
    code: tag.code,
    confidence: tag.confidence,
    method: tag.method,
    evidence: JSON.stringify(tag.evidence),
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
