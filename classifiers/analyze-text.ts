/**
 * Normalises an article's title and body once, so every classifier matches on the same
 * normalised text and maps evidence back to the same original.
 */
import type { ArticleText } from '../pipeline/types.ts';
import { normalizeField, type NormalizedField } from './normalize.ts';

export interface AnalyzedText {
  title: NormalizedField;
  body: NormalizedField;
  /** Home province of a provincial outlet, when known: a prior for the primary province. */
  homeProvince?: string | null;
  /** Publication date (ISO 8601), when known. */
  publishedAt?: string | null;
}

/** Normalises title and body of one article. */
export function analyzeText(input: ArticleText): AnalyzedText {
  return {
    title: normalizeField(input.title ?? ''),
    body: normalizeField(input.body ?? ''),
    homeProvince: input.homeProvince ?? null,
    publishedAt: input.publishedAt ?? null,
  };
}
