/**
 * Activity types of an article (multi-label over the 12 codes of LABELS.md): cue phrases from
 * classifiers/data/activities.ts, weighted by where they occur, combined with the trained model's
 * probability for the same code. The cue phrases found are the evidence.
 */
import type { ActivityCode, ActivityTag, Evidence } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import {
  ACTIVITIES,
  ANNIVERSARY_OCCASIONS,
  DURATION_WORDS,
  NEGATIONS,
  NEGATION_EXCEPTIONS,
  NUMBERED_YEARS_WEIGHT,
  PARTNER_ROLE_CUES,
  PARTNER_ROLE_GAP,
} from './data/activities.ts';
import { articleCueScanner, NEGATION_WINDOW, type CueHit } from './cue-scan.ts';
import { scanGazetteer } from './gazetteer.ts';
import { evidenceFor, tokensOf } from './match-phrases.ts';
import { normalizeField } from './normalize.ts';
import { joinedBySpace } from './token-context.ts';
import { activityModel } from './model/load.ts';
import { modelEvidence, modelScores } from './model/predict.ts';

/** Version of the trained model the tags come from (a hash of the training data and settings). */
export const ACTIVITY_MODEL_VERSION: string = activityModel().version;

/**
 * Version of the activity cue lists (data/activities.ts) and of the rules that score them here.
 * Raise it with any change to either: it is part of the classifier version stored with every
 * article, so tags from older rules can be told apart. 2: the wider cue vocabulary, numbered
 * anniversaries, the cap on helper words.
 */
export const ACTIVITY_RULES_VERSION = 'rules-2';

/**
 * How a cue counts by where it is: fully in the title, `lead` in the first `leadChars` of the body,
 * then less and less down to `rest` at `fadeChars` and beyond. The title and lead name what the
 * article reports; a word far down a long article is often background.
 */
export interface PositionFactors {
  title: number;
  lead: number;
  rest: number;
  leadChars: number;
  fadeChars: number;
}
export const POSITION_FACTORS: PositionFactors = {
  title: 1,
  lead: 0.6,
  rest: 0.1,
  leadChars: 600,
  fadeChars: 1500,
};

/** The factor of a cue at `offset` characters into the body. */
export function bodyFactor(offset: number, factors: PositionFactors = POSITION_FACTORS): number {
  if (offset <= factors.leadChars) return factors.lead;
  if (offset >= factors.fadeChars) return factors.rest;
  const share = (offset - factors.leadChars) / (factors.fadeChars - factors.leadChars);
  return factors.lead + (factors.rest - factors.lead) * share;
}

/** Each further mention of a cue adds this share of its weight, up to `MAX_REPEATS` times. */
const REPEAT_SHARE = 0.15;
const MAX_REPEATS = 3;

/**
 * Cues weighing less than `HELPER_WEIGHT` are words that only help (`du lịch`, `doanh nghiệp`,
 * `văn hóa`): however many of them an article uses in passing, together they add at most
 * `HELPER_CAP` to the score, so a scatter of common words does not make an activity on its own.
 */
export const HELPER_WEIGHT = 0.6;
export const HELPER_CAP = 0.6;

/** How the rule score and the model probability are combined, and the bar a tag must pass. */
export const COMBINATION = { ruleShare: 0.7, threshold: 0.5 } as const;

const negations = new Set(NEGATIONS);
const negationExceptions = new Set(NEGATION_EXCEPTIONS);

/** A negation word among the syllables before a cue, not undone by the syllable after it. */
export function isNegated(before: readonly string[]): boolean {
  return before.some(
    (syllable, index) => negations.has(syllable) && !negationExceptions.has(before[index + 1] ?? ''),
  );
}

const durationWords = new Set(DURATION_WORDS);
const NUMBER = /^\d{1,3}$/;

/**
 * The syllables before a cue end in a length of time (`sau hơn 30` before `năm thiết lập quan hệ`):
 * a number with a duration word just before it. Such a cue tells how long, not what is celebrated.
 */
export function isDuration(before: readonly string[]): boolean {
  const n = before.length;
  if (n === 0 || !NUMBER.test(before[n - 1]!)) return false;
  return durationWords.has(before[n - 2] ?? '') || durationWords.has(before[n - 3] ?? '');
}

const occasions = ANNIVERSARY_OCCASIONS.map((phrase) => phrase.split(' '));
const numberedCache = new WeakMap<AnalyzedText, CueHit[]>();

/**
 * Anniversary hits of `{number} năm {occasion}` (`55 năm quan hệ`, `70 năm Ngày Quốc khánh`):
 * a round number of years before what it marks is how the press names an anniversary. Not when a
 * duration word comes first (`sau 30 năm hợp tác`), and not for a year (`năm 2024` has no number before).
 */
export function numberedYearHits(doc: AnalyzedText): CueHit[] {
  const cached = numberedCache.get(doc);
  if (cached) return cached;
  const hits: CueHit[] = [];
  for (const name of ['title', 'body'] as const) {
    const field = doc[name];
    const tokens = tokensOf(field);
    const lower = tokens.lower;
    for (let k = 0; k + 2 < lower.length; k++) {
      if (lower[k + 1] !== 'năm' || !NUMBER.test(lower[k]!) || !tokens.softGapBefore[k + 1]) continue;
      const occasion = occasions.find((syllables) =>
        syllables.every((syllable, i) => lower[k + 2 + i] === syllable && tokens.softGapBefore[k + 2 + i]),
      );
      if (!occasion) continue;
      const before = lower.slice(Math.max(0, k - NEGATION_WINDOW), k + 1);
      if (isDuration(before)) continue;
      hits.push({
        evidence: evidenceFor(field, name, k, k + 2 + occasion.length),
        before: lower.slice(Math.max(0, k - NEGATION_WINDOW), k),
        values: new Map([['anniversary', NUMBERED_YEARS_WEIGHT]]),
        key: 'numbered-years',
      });
    }
  }
  numberedCache.set(doc, hits);
  return hits;
}

/** The cue evidence and rule score of one activity. */
export interface CueScore {
  code: ActivityCode;
  /** Sum over distinct cue phrases of weight × position factor, plus a little per repeat. */
  score: number;
  evidence: Evidence[];
}

const partnerRoles = PARTNER_ROLE_CUES.map((cue) => ({
  ...cue,
  syllables: tokensOf(normalizeField(cue.role)).lower,
}));
const roleHitCache = new WeakMap<AnalyzedText, CueHit[]>();

/**
 * Cue hits of a role word before a foreign country's name (`chuyên gia Israel`, `đội Italy`): the
 * partner's role says what the activity is. Only full country names count, not ambiguous short forms.
 */
export function partnerRoleHits(doc: AnalyzedText): CueHit[] {
  const cached = roleHitCache.get(doc);
  if (cached) return cached;
  const hits: CueHit[] = [];
  for (const match of scanGazetteer(doc)) {
    const value = match.value;
    if (value.kind !== 'country' || (value.strength !== 'full' && value.strength !== 'place')) continue;
    const field = doc[match.field];
    const tokens = tokensOf(field);
    for (const role of partnerRoles) {
      const n = role.syllables.length;
      let found = -1;
      for (let gap = 0; gap <= PARTNER_ROLE_GAP && found < 0; gap++) {
        const start = match.first - gap - n;
        if (start < 0) break;
        if (role.syllables.every((syllable, k) => tokens.lower[start + k] === syllable)) found = start;
      }
      if (found < 0) continue;
      let joined = true;
      for (let k = found + 1; k <= match.first && joined; k++) joined = joinedBySpace(field, tokens, k);
      if (!joined) continue;
      hits.push({
        evidence: evidenceFor(field, match.field, found, match.last),
        before: tokens.lower.slice(Math.max(0, found - NEGATION_WINDOW), found),
        values: new Map([[role.code, role.weight]]),
        key: `role:${role.role}`,
      });
      break;
    }
  }
  roleHitCache.set(doc, hits);
  return hits;
}

/** Cue matches of every activity in an article, best-placed first. */
export function scoreCues(doc: AnalyzedText, factors: PositionFactors = POSITION_FACTORS): CueScore[] {
  type Found = { weight: number; factor: number; count: number; evidence: Evidence };
  const byActivity = new Map<string, Map<string, Found>>(
    ACTIVITIES.map((activity) => [activity.code, new Map()]),
  );
  for (const hit of [...articleCueScanner().scan(doc), ...partnerRoleHits(doc), ...numberedYearHits(doc)]) {
    if (isNegated(hit.before)) continue;
    const duration = isDuration(hit.before);
    const factor = hit.evidence.field === 'title' ? factors.title : bodyFactor(hit.evidence.start, factors);
    // One role counts once however many partners it introduces; repeats add a little, as for a phrase.
    const key = hit.key ?? hit.evidence.text.toLowerCase();
    for (const [code, weight] of hit.values) {
      const byPhrase = byActivity.get(code);
      if (!byPhrase || weight === null || (duration && code === 'anniversary')) continue;
      const seen = byPhrase.get(key);
      if (!seen) byPhrase.set(key, { weight, factor, count: 1, evidence: hit.evidence });
      else {
        seen.count += 1;
        if (factor > seen.factor) {
          seen.factor = factor;
          seen.evidence = hit.evidence;
        }
      }
    }
  }
  return ACTIVITIES.map(({ code }) => {
    const found = [...byActivity.get(code)!.values()].sort(
      (a, b) => b.weight * b.factor - a.weight * a.factor,
    );
    let score = 0;
    let helping = 0;
    for (const cue of found) {
      const value = cue.weight * (cue.factor + REPEAT_SHARE * Math.min(cue.count - 1, MAX_REPEATS));
      if (cue.weight < HELPER_WEIGHT) helping += value;
      else score += value;
    }
    score += Math.min(helping, HELPER_CAP);
    return { code, score, evidence: found.map((cue) => cue.evidence) };
  });
}

/** Rule confidence from a cue score: 1 − e^(−score), so one strong cue in the title gives about 0.8. */
export function ruleConfidence(score: number): number {
  return 1 - Math.exp(-score);
}

/** Model probability of every activity code for an article. */
export function modelProbabilities(doc: AnalyzedText): Map<ActivityCode, number> {
  const scores = modelScores(doc);
  return new Map(ACTIVITIES.map((activity) => [activity.code, scores.get(activity.code) ?? 0]));
}

/** A plan this sure makes the whole body the plan's content. */
export const PLAN_CONTENT_CONFIDENCE = 0.8;

/**
 * Cue scores, read the way the article is written: an article that reports a plan or programme
 * lists what is planned all through its body, and a planned activity counts (LABELS.md), so there
 * cues keep their lead weight down the body instead of fading.
 */
export function cueScoresFor(doc: AnalyzedText): CueScore[] {
  const scores = scoreCues(doc);
  const plan = scores.find((score) => score.code === 'plan');
  if (!plan || ruleConfidence(plan.score) < PLAN_CONTENT_CONFIDENCE) return scores;
  return scoreCues(doc, { ...POSITION_FACTORS, rest: POSITION_FACTORS.lead });
}

/** Evidence kept per tag: the best-placed cues. */
const MAX_EVIDENCE = 5;

/**
 * Activity tags of an article: each code whose combined confidence (rule share × rule confidence +
 * model share × model probability) reaches the threshold. `method` names the larger contribution.
 */
export function classifyActivities(doc: AnalyzedText): ActivityTag[] {
  const probabilities = modelProbabilities(doc);
  const tags: ActivityTag[] = [];
  for (const cue of cueScoresFor(doc)) {
    const rule = ruleConfidence(cue.score);
    const model = probabilities.get(cue.code) ?? 0;
    const ruleShare = COMBINATION.ruleShare * rule;
    const modelShare = (1 - COMBINATION.ruleShare) * model;
    const confidence = ruleShare + modelShare;
    if (confidence < COMBINATION.threshold) continue;
    const method = ruleShare >= modelShare && cue.evidence.length > 0 ? 'rule' : 'model';
    tags.push({
      code: cue.code,
      confidence: Number(confidence.toFixed(3)),
      method,
      // A tag the model carried shows the words that moved the model, before the cues.
      evidence:
        method === 'rule'
          ? cue.evidence.slice(0, MAX_EVIDENCE)
          : [...modelEvidence(doc, cue.code), ...cue.evidence].slice(0, MAX_EVIDENCE),
    });
  }
  return tags.sort((a, b) => b.confidence - a.confidence);
}
