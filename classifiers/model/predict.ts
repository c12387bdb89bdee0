/**
 * Model probabilities of one article, computed once and shared by the activity and relevance
 * classifiers (both read the same title-and-lead features). Scoring walks the syllables and looks
 * up unigram and bigram weight rows directly, without building feature strings; it gives the same
 * sums as `scoreAllLabels(model, featuresOfAnalyzed(doc))` (a test checks it).
 */
import type { Evidence, TextField } from '../../pipeline/types.ts';
import type { AnalyzedText } from '../analyze-text.ts';
import { evidenceFor } from '../match-phrases.ts';
import type { NormalizedField } from '../normalize.ts';
import { BIAS_FEATURE, walkModelSyllables } from './features.ts';
import { compiledActivityModel, type CompiledModel } from './load.ts';

interface FastModel {
  labels: string[];
  bodySyllables: number;
  bias: Float64Array;
  unigrams: Map<string, Float64Array>;
  bigrams: Map<string, Map<string, Float64Array>>;
}

let fast: FastModel | null = null;

function fastModel(): FastModel {
  if (fast) return fast;
  const model: CompiledModel = compiledActivityModel();
  const unigrams = new Map<string, Float64Array>();
  const bigrams = new Map<string, Map<string, Float64Array>>();
  for (const [feature, row] of model.weights) {
    if (feature === BIAS_FEATURE) continue;
    const space = feature.indexOf(' ');
    if (space < 0) {
      unigrams.set(feature, row);
      continue;
    }
    const first = feature.slice(0, space);
    const byFirst = bigrams.get(first) ?? new Map<string, Float64Array>();
    byFirst.set(feature.slice(space + 1), row);
    bigrams.set(first, byFirst);
  }
  fast = {
    labels: model.labels,
    bodySyllables: model.bodySyllables,
    bias: model.weights.get(BIAS_FEATURE) ?? new Float64Array(model.labels.length),
    unigrams,
    bigrams,
  };
  return fast;
}

function addField(
  model: FastModel,
  field: NormalizedField,
  limit: number,
  seen: Set<Float64Array>,
  sums: Float64Array,
): void {
  const add = (row: Float64Array | undefined) => {
    if (!row || seen.has(row)) return;
    seen.add(row);
    for (let i = 0; i < row.length; i++) sums[i]! += row[i]!;
  };
  walkModelSyllables(field, limit, (syllable, previous) => {
    add(model.unigrams.get(syllable));
    if (previous !== null) add(model.bigrams.get(previous)?.get(syllable));
  });
}

const cache = new WeakMap<AnalyzedText, Map<string, number>>();

/** Probability of every label of the model (activity codes and `relevant`) for an article. */
export function modelScores(doc: AnalyzedText): Map<string, number> {
  const cached = cache.get(doc);
  if (cached) return cached;
  const model = fastModel();
  const sums = Float64Array.from(model.bias);
  const seen = new Set<Float64Array>();
  addField(model, doc.title, Number.POSITIVE_INFINITY, seen, sums);
  addField(model, doc.body, model.bodySyllables, seen, sums);
  const scores = new Map<string, number>();
  model.labels.forEach((label, index) => scores.set(label, 1 / (1 + Math.exp(-sums[index]!))));
  cache.set(doc, scores);
  return scores;
}

/**
 * Evidence for a tag the model gave: the title-and-lead unigrams or bigrams that pushed `label`
 * up the most (at most `max`, strongest first), as spans of the original text.
 */
export function modelEvidence(doc: AnalyzedText, label: string, max = 3): Evidence[] {
  const model = fastModel();
  const index = model.labels.indexOf(label);
  if (index < 0) return [];
  const found: { weight: number; evidence: Evidence }[] = [];
  const seen = new Set<Float64Array>();
  const fields: [NormalizedField, TextField, number][] = [
    [doc.title, 'title', Number.POSITIVE_INFINITY],
    [doc.body, 'body', model.bodySyllables],
  ];
  for (const [field, name, limit] of fields) {
    walkModelSyllables(field, limit, (syllable, previous, i) => {
      const candidates: [Float64Array | undefined, number][] = [
        [model.unigrams.get(syllable), i],
        [previous === null ? undefined : model.bigrams.get(previous)?.get(syllable), i - 1],
      ];
      for (const [row, first] of candidates) {
        if (!row || seen.has(row) || row[index]! <= 0) continue;
        seen.add(row);
        found.push({ weight: row[index]!, evidence: evidenceFor(field, name, first, i + 1) });
      }
    });
  }
  return found
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .map((item) => item.evidence);
}
