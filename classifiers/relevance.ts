/**
 * Relevance: is the article about foreign affairs, international cooperation or people's diplomacy
 * involving a Vietnamese locality or organisation? A score from a few signals, each 0–1:
 * the trained model's probability (title and lead), foreign partners named near the top, the
 * vocabulary of foreign affairs, the strongest activity tag, and whether a Vietnamese actor
 * (a province, a national body, "Việt Nam") is there at all. Foreign news with no Vietnamese side
 * and domestic news full of "hợp tác", "kế hoạch" or "lễ hội" are what the weights are set against.
 */
import type { ActivityTag, CountryTag, Evidence, ProvinceTag, RegionTag } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import {
  FOREIGN_AFFAIRS,
  FOREIGN_AFFAIRS_BLOCKERS,
  OFF_TOPIC,
  VIETNAMESE_ACTORS,
  type WeightedPhrase,
} from './data/relevance-cues.ts';
import { compilePhrases } from './match-phrases.ts';
import { featuresOfAnalyzed } from './model/features.ts';
import { activityModel } from './model/load.ts';
import { RELEVANT_LABEL, scoreLabel } from './model/model-file.ts';
import type { NormalizedField } from './normalize.ts';

export interface RelevanceTags {
  provinces: ProvinceTag[];
  countries: CountryTag[];
  regions: RegionTag[];
  activities: ActivityTag[];
}

/** The signals behind a relevance score, for tests and for tuning. */
export interface RelevanceSignals {
  model: number;
  partners: number;
  vocabulary: number;
  /** Sport, markets, epidemics, crime near the top. */
  offTopic: number;
  activity: number;
  vietnameseActor: boolean;
}

/**
 * Weights of the signals (a hand-set logistic combination) and the decision threshold. The trained
 * model has a small weight: trained on short written passages, it scores long real articles too
 * high whatever their subject, so it only tips close cases.
 */
export const RELEVANCE_WEIGHTS = {
  bias: -3,
  model: 0.5,
  partners: 1.5,
  vocabulary: 2,
  offTopic: -1,
  /** Multiplies the strongest activity by the foreign signal: a domestic plan or festival is no foreign affair. */
  activity: 3,
  noVietnameseActor: -2.5,
  threshold: 0.5,
} as const;

const weightedMatcher = (phrases: readonly WeightedPhrase[]) =>
  compilePhrases<number | null>([
    ...phrases.map((entry) => ({ phrase: entry.phrase, value: entry.weight })),
    ...FOREIGN_AFFAIRS_BLOCKERS.map((phrase) => ({ phrase, value: null })),
  ]);
const vocabulary = weightedMatcher(FOREIGN_AFFAIRS);
const offTopic = weightedMatcher(OFF_TOPIC);
const actors = compilePhrases<true | null>([
  ...VIETNAMESE_ACTORS.map((phrase) => ({ phrase, value: true as const })),
  ...FOREIGN_AFFAIRS_BLOCKERS.map((phrase) => ({ phrase, value: null })),
]);

/** Characters of the body read as the lead, where a cue counts most. */
const LEAD_CHARS = 450;
const POSITION = { title: 1, lead: 0.6, rest: 0.15 };

function leadEnd(body: NormalizedField): number {
  const newline = body.normalized.indexOf('\n');
  return Math.max(newline < 0 ? body.normalized.length : newline, LEAD_CHARS);
}

function positionOf(evidence: Evidence, bodyLead: number): number {
  if (evidence.field === 'title') return POSITION.title;
  return evidence.start < bodyLead ? POSITION.lead : POSITION.rest;
}

/** Sum over distinct phrases of weight × best position factor, squashed to 0–1. */
function phraseScore(matcher: typeof vocabulary, doc: AnalyzedText, bodyLead: number): number {
  const best = new Map<string, number>();
  for (const [field, name] of [
    [doc.title, 'title'],
    [doc.body, 'body'],
  ] as const) {
    for (const match of matcher.find(field, name)) {
      if (match.value === null) continue;
      const key = match.evidence.text.toLowerCase();
      const value = match.value * positionOf(match.evidence, bodyLead);
      best.set(key, Math.max(best.get(key) ?? 0, value));
    }
  }
  let sum = 0;
  for (const value of best.values()) sum += value;
  return 1 - Math.exp(-sum / 1.5);
}

/** Foreign partners (countries, regions) by where they are named: one in the title or lead counts fully. */
function partnerScore(tags: RelevanceTags, bodyLead: number): number {
  let sum = 0;
  for (const tag of [...tags.countries, ...tags.regions]) {
    const best = Math.max(0, ...tag.evidence.map((evidence) => positionOf(evidence, bodyLead)));
    sum += tag.evidence.length === 0 ? POSITION.rest : best;
  }
  return Math.min(1, sum);
}

function hasVietnameseActor(doc: AnalyzedText, tags: RelevanceTags): boolean {
  if (tags.provinces.length > 0) return true;
  return (
    actors.find(doc.title, 'title').some((match) => match.value) ||
    actors.find(doc.body, 'body').some((match) => match.value)
  );
}

/** The signals for one article. */
export function relevanceSignals(doc: AnalyzedText, tags: RelevanceTags): RelevanceSignals {
  const model = activityModel();
  const label = model.labels[RELEVANT_LABEL];
  const bodyLead = leadEnd(doc.body);
  return {
    model: label ? scoreLabel(label, featuresOfAnalyzed(doc, model.settings.bodySyllables)) : 0.5,
    partners: partnerScore(tags, bodyLead),
    vocabulary: phraseScore(vocabulary, doc, bodyLead),
    offTopic: phraseScore(offTopic, doc, bodyLead),
    activity: Math.max(0, ...tags.activities.map((tag) => tag.confidence)),
    vietnameseActor: hasVietnameseActor(doc, tags),
  };
}

/** Combines the signals into a 0–1 score. */
export function relevanceFromSignals(signals: RelevanceSignals): number {
  const w = RELEVANCE_WEIGHTS;
  const z =
    w.bias +
    w.model * signals.model +
    w.partners * signals.partners +
    w.vocabulary * signals.vocabulary +
    w.offTopic * signals.offTopic +
    w.activity * signals.activity * Math.max(signals.partners, signals.vocabulary) +
    (signals.vietnameseActor ? 0 : w.noVietnameseActor);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Relevance score and decision for an article, given its tags. An article naming neither a
 * foreign partner nor any foreign-affairs vocabulary can still pass on a strong model score and
 * activity (a foreign company's sponsorship with no country named), but rarely.
 */
export function scoreRelevance(
  doc: AnalyzedText,
  tags: RelevanceTags,
): { relevance: number; relevant: boolean } {
  const relevance = relevanceFromSignals(relevanceSignals(doc, tags));
  return { relevance: Number(relevance.toFixed(3)), relevant: relevance >= RELEVANCE_WEIGHTS.threshold };
}
