import type { ExtractedArticle } from './types.ts';

/**
 * The text the classifiers read and evidence offsets point into: the lead, then the paragraphs,
 * one a line. Stored articles keep sapo and text apart; this joins them the same way everywhere.
 */
export function composeBody(article: Pick<ExtractedArticle, 'sapo' | 'text'>): string {
  return article.sapo ? (article.text ? `${article.sapo}\n${article.text}` : article.sapo) : article.text;
}
