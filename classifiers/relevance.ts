/**
 * Relevance: is the article about foreign affairs, international cooperation or people's diplomacy
 * involving a Vietnamese locality or organisation? A score from a few signals, each 0–1:
 * the trained model's probability (title and lead), foreign partners named near the top, the
 * vocabulary of foreign affairs, sport/market/crime subjects (against), the strongest activity tag
 * (only as strong as the foreign signal), and a Vietnamese actor (a province, a national body,
 * "Việt Nam") in the title or first sentence. Foreign news with no Vietnamese side or with Vietnam
 * in passing, and domestic news full of "hợp tác", "kế hoạch" or "lễ hội", are what the weights are
 * set against.
 */
import type { ActivityTag, CountryTag, Evidence, ProvinceTag, RegionTag } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { articleCueScanner, RELEVANCE_LISTS, type CueHit } from './cue-scan.ts';
import { RELEVANT_LABEL } from './model/model-file.ts';
import { modelScores } from './model/predict.ts';
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
  /** 1 when a Vietnamese actor (a province, a national body, "Việt Nam") is in the title or lead, less further down, 0 when absent. */
  vietnameseActor: number;
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
  /**
   * Times the missing share of a Vietnamese actor: absent costs all of it, named only after the first
   * sentence half — foreign talks that mention Vietnam in passing are not Vietnam's foreign affairs.
   */
  noVietnameseActor: -8,
  threshold: 0.5,
} as const;

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

/** Sum over distinct phrases of one list of weight × best position factor, squashed to 0–1. */
function phraseScore(hits: readonly CueHit[], list: string, bodyLead: number): number {
  const best = new Map<string, number>();
  for (const hit of hits) {
    const weight = hit.values.get(list);
    if (weight === undefined || weight === null) continue;
    const key = hit.evidence.text.toLowerCase();
    best.set(key, Math.max(best.get(key) ?? 0, weight * positionOf(hit.evidence, bodyLead)));
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

function vietnameseActorScore(hits: readonly CueHit[], tags: RelevanceTags): number {
  let best = 0;
  for (const tag of tags.provinces) {
    for (const evidence of tag.evidence) best = Math.max(best, actorPosition(evidence));
  }
  for (const hit of hits) {
    if (hit.values.get(RELEVANCE_LISTS.actor)) best = Math.max(best, actorPosition(hit.evidence));
  }
  return best;
}

/** Characters of the body where a Vietnamese actor counts fully: about the first sentence. */
const ACTOR_LEAD_CHARS = 200;

/** A Vietnamese actor named only after the first sentence of a foreign story is a weak sign that Vietnam is a party to it. */
function actorPosition(evidence: Evidence): number {
  return evidence.field === 'title' || evidence.start < ACTOR_LEAD_CHARS ? 1 : 0.5;
}

/** The signals for one article. */
export function relevanceSignals(doc: AnalyzedText, tags: RelevanceTags): RelevanceSignals {
  const bodyLead = leadEnd(doc.body);
  const hits = articleCueScanner().scan(doc);
  return {
    model: modelScores(doc).get(RELEVANT_LABEL) ?? 0.5,
    partners: partnerScore(tags, bodyLead),
    vocabulary: phraseScore(hits, RELEVANCE_LISTS.vocabulary, bodyLead),
    offTopic: phraseScore(hits, RELEVANCE_LISTS.offTopic, bodyLead),
    activity: Math.max(0, ...tags.activities.map((tag) => tag.confidence)),
    vietnameseActor: vietnameseActorScore(hits, tags),
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
    (1 - signals.vietnameseActor) * w.noVietnameseActor;
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
