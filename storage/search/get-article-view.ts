import { sql, type Kysely } from 'kysely';
import { composeBody } from '../../pipeline/article-body.ts';
import { decodeHtml } from '../../pipeline/extract/decode.ts';
import { EMPTY_FINGERPRINT, hammingDistance } from '../../pipeline/fingerprint.ts';
import type { ArticleView, DuplicateView, TagView } from '../../server/api-types.ts';
import { loadPage } from '../pages-repository.ts';
import type { Database } from '../tables/database.ts';
import { loadLabels } from './labels.ts';

/** Copies of one story differ by at most this many fingerprint bits. @defaultValue 3 */
export const MAX_DUPLICATE_DISTANCE = 3;
/** Duplicates listed per article. */
const MAX_DUPLICATES = 50;

function iso(value: Date | string | null): string | null {
  return value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();
}

/**
 * Everything about one article for the reading view: fields, tags with evidence spans, source and
 * page, the near-duplicate group and, with `includeRaw`, the stored page decoded to text.
 * Returns undefined for an unknown id.
 */
export async function getArticleView(
  db: Kysely<Database>,
  id: number,
  options: { includeRaw?: boolean } = {},
): Promise<ArticleView | undefined> {
  const article = await db
    .selectFrom('articles as a')
    .innerJoin('pages as p', 'p.id', 'a.page_id')
    .leftJoin('sources as s', 's.id', 'a.source_id')
    .select([
      'a.id', 'a.url', 'a.canonical_url', 'a.title', 'a.sapo', 'a.text', 'a.author', 'a.section', 'a.keywords',
      'a.published_at', 'a.modified_at', 'a.language', 'a.fingerprint', 'a.relevance', 'a.relevant',
      'a.extractor_version', 'a.classifier_version', 'a.created_at', 'a.updated_at', 'a.source_id',
      'p.id as page_id', 'p.url as page_url', 'p.final_url', 'p.fetched_at', 'p.http_status', 'p.content_type', 'p.charset',
      's.name as source_name', 's.homepage as source_homepage',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!article) return undefined;

  const [tagRows, labels, duplicates] = await Promise.all([
    db
      .selectFrom('article_tags')
      .select(['kind', 'code', 'is_primary', 'confidence', 'method', 'evidence', 'current_code', 'via'])
      .where('article_id', '=', id)
      .orderBy('kind')
      .orderBy('is_primary', 'desc')
      .orderBy('confidence', 'desc')
      .execute(),
    loadLabels(db),
    findDuplicates(db, id, article.fingerprint),
  ]);

  const tags: TagView[] = tagRows.map((tag) => ({
    kind: tag.kind,
    code: tag.code,
    label: labels.tag(tag.kind, tag.code),
    primary: tag.is_primary,
    confidence: tag.confidence,
    method: tag.method,
    current: tag.current_code,
    currentLabel: tag.current_code ? labels.province(tag.current_code) : null,
    via: tag.via === 'name' || tag.via === 'place' ? tag.via : null,
    evidence: (typeof tag.evidence === 'string' ? JSON.parse(tag.evidence) : tag.evidence) ?? [],
  }));

  const view: ArticleView = {
    id: Number(article.id),
    url: article.url,
    canonicalUrl: article.canonical_url,
    title: article.title,
    sapo: article.sapo,
    text: article.text,
    body: composeBody(article),
    author: article.author,
    section: article.section,
    keywords: article.keywords,
    publishedAt: iso(article.published_at),
    modifiedAt: iso(article.modified_at),
    language: article.language,
    fingerprint: article.fingerprint,
    relevance: article.relevance,
    relevant: article.relevant,
    extractorVersion: article.extractor_version,
    classifierVersion: article.classifier_version,
    createdAt: iso(article.created_at) ?? '',
    updatedAt: iso(article.updated_at) ?? '',
    source: article.source_id
      ? { id: article.source_id, name: article.source_name ?? article.source_id, homepage: article.source_homepage ?? '' }
      : null,
    page: {
      id: Number(article.page_id),
      url: article.page_url,
      finalUrl: article.final_url,
      fetchedAt: iso(article.fetched_at) ?? '',
      httpStatus: article.http_status,
      contentType: article.content_type,
    },
    tags,
    duplicates: duplicates.map((dup) => ({ ...dup, source: dup.source && { id: dup.source.id, name: labels.source(dup.source.id) } })),
  };
  if (options.includeRaw) view.raw = await rawPage(db, Number(article.page_id), article.charset);
  return view;
}

/** The stored page as text (decoded like extraction does), or null when no body was stored. */
async function rawPage(db: Kysely<Database>, pageId: number, charset: string | null): Promise<ArticleView['raw']> {
  const page = await loadPage(db, pageId);
  if (!page || page.body.byteLength === 0) return null;
  const decoded = decodeHtml(page.body, { contentType: page.contentType });
  return {
    contentType: page.contentType,
    charset: decoded.ok ? decoded.charset : charset,
    bytes: page.body.byteLength,
    html: decoded.ok ? decoded.html : new TextDecoder('utf-8').decode(page.body),
  };
}

/**
 * Other articles whose fingerprint is within {@link MAX_DUPLICATE_DISTANCE} bits. Candidates share
 * one of the four 16-bit bands (pigeonhole: 3 differing bits leave at least one band intact), each
 * band served by its own index; the exact distance is checked here.
 */
export async function findDuplicates(db: Kysely<Database>, id: number, fingerprint: string): Promise<DuplicateView[]> {
  if (!/^[0-9a-f]{16}$/.test(fingerprint) || fingerprint === EMPTY_FINGERPRINT) return [];
  const bands = [0, 1, 2, 3].map((band) => fingerprint.slice(band * 4, band * 4 + 4));
  const { rows } = await sql<{
    id: number;
    title: string;
    url: string;
    source_id: string | null;
    published_at: Date | null;
    fingerprint: string;
  }>`
    select id, title, url, source_id, published_at, fingerprint from articles
    where id <> ${id} and (substr(fingerprint, 1, 4) = ${bands[0]} or substr(fingerprint, 5, 4) = ${bands[1]}
      or substr(fingerprint, 9, 4) = ${bands[2]} or substr(fingerprint, 13, 4) = ${bands[3]})
    limit 2000`.execute(db);
  return rows
    .map((row) => ({ row, distance: hammingDistance(fingerprint, row.fingerprint) }))
    .filter(({ distance }) => distance <= MAX_DUPLICATE_DISTANCE)
    .sort((a, b) => a.distance - b.distance || Number(a.row.id) - Number(b.row.id))
    .slice(0, MAX_DUPLICATES)
    .map(({ row, distance }) => ({
      id: Number(row.id),
      title: row.title,
      url: row.url,
      source: row.source_id ? { id: row.source_id, name: row.source_id } : null,
      publishedAt: iso(row.published_at),
      distance,
    }));
}
