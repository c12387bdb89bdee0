/**
 * Model probabilities of one article, computed once and shared by the activity and relevance
 * classifiers (both read the same title-and-lead features).
 */
import type { AnalyzedText } from '../analyze-text.ts';
import { featuresOfAnalyzed } from './features.ts';
import { compiledActivityModel, scoreAllLabels } from './load.ts';

const cache = new WeakMap<AnalyzedText, Map<string, number>>();

/** Probability of every label of the model (activity codes and `relevant`) for an article. */
export function modelScores(doc: AnalyzedText): Map<string, number> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const model = compiledActivityModel();
  const scores = scoreAllLabels(model, featuresOfAnalyzed(doc, model.bodySyllables));
  cache.set(doc, scores);
  return scores;
}
