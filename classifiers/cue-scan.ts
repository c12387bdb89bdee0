/**
 * One scan of an article for every cue list of the activity and relevance classifiers. Each list
 * (an activity code, `vocabulary`, `actor`, `offTopic`) is a set of phrases with a weight, or `null`
 * for a blocker. The phrase matcher takes the longest phrase at each position, so a phrase of one
 * list could hide a shorter phrase of another inside it (`ký kết chương trình phối hợp` holds
 * `chương trình phối hợp`); each compiled phrase therefore also carries, for every other list, the
 * longest of that list's phrases found inside it. Results are cached per analysed article.
 */
import type { Evidence } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { ACTIVITIES } from './data/activities.ts';
import {
  FOREIGN_AFFAIRS,
  FOREIGN_AFFAIRS_BLOCKERS,
  OFF_TOPIC,
  VIETNAMESE_ACTORS,
  type WeightedPhrase,
} from './data/relevance-cues.ts';
import { compilePhrases, tokensOf, type PhraseMatcher } from './match-phrases.ts';
import { normalizeField, type NormalizedField } from './normalize.ts';

/** Syllables before a phrase kept for the negation check: a clause like `không tổ chức lễ kỷ niệm quốc khánh`. */
export const NEGATION_WINDOW = 6;

/** A named list of phrases: weight for a cue, `null` for a blocker. */
export interface CueList {
  key: string;
  phrases: readonly (readonly [phrase: string, weight: number | null])[];
}

/** One phrase found in an article, with what it means for each list. */
export interface CueHit {
  evidence: Evidence;
  /** Up to NEGATION_WINDOW syllables before the phrase in its field, lower case, nearest last (for negation). */
  before: readonly string[];
  values: ReadonlyMap<string, number | null>;
  /** Repeats of a cue are counted under this key; the matched text, lower case, when absent. */
  key?: string;
}

export interface CueScanner {
  /** Every phrase found in title and body, cached per article. */
  scan(doc: AnalyzedText): CueHit[];
}

function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((syllable, k) => outer[i + k] === syllable)) return true;
  }
  return false;
}

/** Compiles the lists into one matcher (once, at start-up). */
export function compileCueScanner(lists: readonly CueList[]): CueScanner {
  const phrases = new Map<string, { syllables: string[]; values: Map<string, number | null> }>();
  const all: { key: string; syllables: string[]; weight: number | null }[] = [];
  for (const list of lists) {
    for (const [phrase, weight] of list.phrases) {
      const syllables = tokensOf(normalizeField(phrase)).lower;
      if (syllables.length === 0) throw new Error(`empty cue phrase in list "${list.key}"`);
      const id = syllables.join(' ');
      const entry = phrases.get(id) ?? { syllables, values: new Map() };
      // A phrase listed twice in one list keeps its first meaning (cues before blockers is the caller's order).
      if (!entry.values.has(list.key)) entry.values.set(list.key, weight);
      phrases.set(id, entry);
      all.push({ key: list.key, syllables, weight });
    }
  }
  all.sort((a, b) => b.syllables.length - a.syllables.length);
  for (const entry of phrases.values()) {
    for (const inner of all) {
      if (entry.values.has(inner.key) || inner.syllables.length >= entry.syllables.length) continue;
      if (containsRun(entry.syllables, inner.syllables)) entry.values.set(inner.key, inner.weight);
    }
  }
  const matcher: PhraseMatcher<Map<string, number | null>> = compilePhrases(
    [...phrases.entries()].map(([phrase, entry]) => ({ phrase, value: entry.values })),
  );
  const cache = new WeakMap<AnalyzedText, CueHit[]>();
  return {
    scan(doc) {
      const cached = cache.get(doc);
      if (cached) return cached;
      const hits: CueHit[] = [];
      const fields: [NormalizedField, 'title' | 'body'][] = [
        [doc.title, 'title'],
        [doc.body, 'body'],
      ];
      for (const [field, name] of fields) {
        const syllables = tokensOf(field).lower;
        for (const match of matcher.find(field, name)) {
          const before = syllables.slice(Math.max(0, match.first - NEGATION_WINDOW), match.first);
          hits.push({ evidence: match.evidence, before, values: match.value });
        }
      }
      cache.set(doc, hits);
      return hits;
    },
  };
}

/** The lists of the activity and relevance classifiers: one per activity code, then the relevance lists. */
export const RELEVANCE_LISTS = { vocabulary: 'vocabulary', actor: 'actor', offTopic: 'offTopic' } as const;

let articleScanner: CueScanner | null = null;

/** The shared scanner over classifiers/data/activities.ts and classifiers/data/relevance-cues.ts (built on first use). */
export function articleCueScanner(): CueScanner {
  if (articleScanner) return articleScanner;
  const blockers = FOREIGN_AFFAIRS_BLOCKERS.map((phrase): [string, null] => [phrase, null]);
  const weighted = (phrases: readonly WeightedPhrase[]) =>
    phrases.map((entry): [string, number] => [entry.phrase, entry.weight]);
  articleScanner = compileCueScanner([
    ...ACTIVITIES.map((activity) => ({
      key: activity.code,
      phrases: [
        ...activity.cues.map((cue): [string, number] => [cue.phrase, cue.weight]),
        ...activity.blockers.map((phrase): [string, null] => [phrase, null]),
      ],
    })),
    { key: RELEVANCE_LISTS.vocabulary, phrases: [...weighted(FOREIGN_AFFAIRS), ...blockers] },
    {
      key: RELEVANCE_LISTS.actor,
      phrases: [...VIETNAMESE_ACTORS.map((phrase): [string, number] => [phrase, 1]), ...blockers],
    },
    { key: RELEVANCE_LISTS.offTopic, phrases: [...weighted(OFF_TOPIC), ...blockers] },
  ]);
  return articleScanner;
}
