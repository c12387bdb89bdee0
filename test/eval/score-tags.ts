import { currentUnitOf } from '../../classifiers/data/provinces.ts';
import type { GoldLabels } from './corpus.ts';

/** What the tagger said about one document, reduced to the label format. */
export interface PredictedLabels {
  relevant: boolean;
  relevance: number;
  province_primary: string | null;
  /** Units named in the text (tags derived from a town or city are left out before scoring). */
  provinces: string[];
  countries: string[];
  activities: string[];
}

/** Counts of one set-valued field over some documents. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The differences on one document, field by field: `missed` is in the gold label only, `added` in the output only. */
export interface DocDiff {
  relevant: { gold: boolean; predicted: boolean; relevance: number } | null;
  primary: { gold: string | null; predicted: string | null } | null;
  fields: Record<SetField, { missed: string[]; added: string[] }>;
  /** Number of wrong items: one per missed or added tag, one for relevance, one for the primary province. */
  errors: number;
}

export const SET_FIELDS = ['provinces', 'provincesCurrent', 'countries', 'activities'] as const;
export type SetField = (typeof SET_FIELDS)[number];

function toCurrent(slugs: readonly string[]): string[] {
  return [...new Set(slugs.map((slug) => currentUnitOf(slug) ?? slug))];
}

function setsOf(labels: GoldLabels | PredictedLabels): Record<SetField, Set<string>> {
  return {
    provinces: new Set(labels.provinces),
    provincesCurrent: new Set(toCurrent(labels.provinces)),
    countries: new Set(labels.countries.map((code) => code.toUpperCase())),
    activities: new Set(labels.activities),
  };
}

/** Compares one document's output with its gold label. */
export function diffDoc(gold: GoldLabels, predicted: PredictedLabels): DocDiff {
  const goldSets = setsOf(gold);
  const predictedSets = setsOf(predicted);
  let errors = 0;
  const fields = {} as DocDiff['fields'];
  for (const field of SET_FIELDS) {
    const missed = [...goldSets[field]].filter((item) => !predictedSets[field].has(item)).sort();
    const added = [...predictedSets[field]].filter((item) => !goldSets[field].has(item)).sort();
    fields[field] = { missed, added };
    // provincesCurrent repeats provinces in another view; count it only in the scores, not twice here.
    if (field !== 'provincesCurrent') errors += missed.length + added.length;
  }
  const relevant =
    gold.relevant === predicted.relevant
      ? null
      : { gold: gold.relevant, predicted: predicted.relevant, relevance: predicted.relevance };
  const primary =
    gold.province_primary === predicted.province_primary
      ? null
      : { gold: gold.province_primary, predicted: predicted.province_primary };
  errors += (relevant ? 1 : 0) + (primary ? 1 : 0);
  return { relevant, primary, fields, errors };
}

/** Precision, recall and F1 from counts; an empty denominator scores 1 (nothing to find, nothing wrongly found). */
export function prf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: counts.tp + counts.fn };
}

/** Scores of one group of documents (text, html or all). */
export interface GroupScores {
  documents: number;
  relevance: Prf & { accuracy: number };
  primaryAccuracy: number;
  primaryCurrentAccuracy: number;
  provinces: Prf;
  provincesCurrent: Prf;
  countries: Prf;
  activitiesMicro: Prf;
  activitiesMacroF1: number;
  /** Per activity code: P/R/F1 over the group. */
  activitiesByCode: Record<string, Prf>;
}

/** One scored pair of gold and output. */
export interface ScoredPair {
  gold: GoldLabels;
  predicted: PredictedLabels;
}

function add(counts: Counts, gold: Set<string>, predicted: Set<string>): void {
  for (const item of predicted) {
    if (gold.has(item)) counts.tp += 1;
    else counts.fp += 1;
  }
  for (const item of gold) if (!predicted.has(item)) counts.fn += 1;
}

/**
 * Micro scores over all documents of a group, as LABELS.md "Scoring" says; the activity macro-F1
 * averages the per-code F1 over the codes that occur in the gold labels or the output of the group.
 */
export function scoreGroup(pairs: readonly ScoredPair[], activityCodes: readonly string[]): GroupScores {
  const relevance: Counts = { tp: 0, fp: 0, fn: 0 };
  let relevanceCorrect = 0;
  let primaryCorrect = 0;
  let primaryCurrentCorrect = 0;
  const fields: Record<SetField, Counts> = {
    provinces: { tp: 0, fp: 0, fn: 0 },
    provincesCurrent: { tp: 0, fp: 0, fn: 0 },
    countries: { tp: 0, fp: 0, fn: 0 },
    activities: { tp: 0, fp: 0, fn: 0 },
  };
  const byCode = new Map<string, Counts>(activityCodes.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  for (const { gold, predicted } of pairs) {
    if (predicted.relevant && gold.relevant) relevance.tp += 1;
    else if (predicted.relevant) relevance.fp += 1;
    else if (gold.relevant) relevance.fn += 1;
    if (predicted.relevant === gold.relevant) relevanceCorrect += 1;
    if (predicted.province_primary === gold.province_primary) primaryCorrect += 1;
    const currentOf = (slug: string | null) => (slug === null ? null : (currentUnitOf(slug) ?? slug));
    if (currentOf(predicted.province_primary) === currentOf(gold.province_primary))
      primaryCurrentCorrect += 1;
    const goldSets = setsOf(gold);
    const predictedSets = setsOf(predicted);
    for (const field of SET_FIELDS) add(fields[field], goldSets[field], predictedSets[field]);
    for (const code of new Set([...goldSets.activities, ...predictedSets.activities])) {
      if (!byCode.has(code)) byCode.set(code, { tp: 0, fp: 0, fn: 0 });
      const counts = byCode.get(code)!;
      add(
        counts,
        new Set(goldSets.activities.has(code) ? [code] : []),
        new Set(predictedSets.activities.has(code) ? [code] : []),
      );
    }
  }
  const activitiesByCode: Record<string, Prf> = {};
  const macro: number[] = [];
  for (const [code, counts] of byCode) {
    activitiesByCode[code] = prf(counts);
    if (counts.tp + counts.fp + counts.fn > 0) macro.push(activitiesByCode[code].f1);
  }
  const documents = pairs.length;
  const ratio = (correct: number) => (documents === 0 ? 1 : correct / documents);
  return {
    documents,
    relevance: { ...prf(relevance), accuracy: ratio(relevanceCorrect) },
    primaryAccuracy: ratio(primaryCorrect),
    primaryCurrentAccuracy: ratio(primaryCurrentCorrect),
    provinces: prf(fields.provinces),
    provincesCurrent: prf(fields.provincesCurrent),
    countries: prf(fields.countries),
    activitiesMicro: prf(fields.activities),
    activitiesMacroF1: macro.length === 0 ? 1 : macro.reduce((sum, f1) => sum + f1, 0) / macro.length,
    activitiesByCode,
  };
}
