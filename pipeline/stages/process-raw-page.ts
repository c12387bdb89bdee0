import { classify } from '../../classifiers/classify.ts';
import { composeBody } from '../article-body.ts';
import { extractArticle } from '../extract/index.ts';
import type { Classification, ExtractedArticle, ProvinceSlug } from '../types.ts';

/** A stored page as the process stage needs it: bytes and the facts of the fetch. */
export interface RawPageInput {
  url: string;
  /** Raw bytes as fetched (or already-decoded text). */
  body: Uint8Array | string;
  contentType: string | null;
  fetchedAt: Date;
}

/** What processing one page gives: an article and its tags, a skip, or an error. */
export type RawPageResult =
  | { kind: 'article'; article: ExtractedArticle; classification: Classification }
  /** Not an article (a listing, a home page, no body): expected, not an error. */
  | { kind: 'skip'; reason: string; charset: string | null }
  /** The page cannot be extracted (binary, undecodable, too large): retrying will not help. */
  | { kind: 'error'; reason: string };

/**
 * The pure heart of the process stage: extract the article from the page, then tag it.
 * No I/O, so tests and the pipeline bench call it directly.
 */
export function processRawPage(raw: RawPageInput, options: { homeProvince?: ProvinceSlug | null } = {}): RawPageResult {
  const outcome = extractArticle({ html: raw.body, url: raw.url, contentType: raw.contentType, fetchedAt: raw.fetchedAt });
  if (!outcome.ok) return { kind: 'error', reason: outcome.error };
  const { article } = outcome;
  if (!article.isArticle) return { kind: 'skip', reason: 'not an article page', charset: article.charset };
  const classification = classify({
    title: article.title,
    body: composeBody(article),
    homeProvince: options.homeProvince ?? null,
    publishedAt: article.publishedAt,
  });
  return { kind: 'article', article, classification };
}
