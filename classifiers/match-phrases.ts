/**
 * A compiled phrase matcher over normalised text. Phrases and text are cut into syllables, so a
 * phrase never matches inside a word (`Anh` is not found in `Thanh`). Phrases are indexed by their
 * first syllable, so a document is scanned once whatever the number of phrases.
 *
 * Between two syllables of a phrase the text may have spaces, one dash or one dot (`Bà Rịa - Vũng Tàu`,
 * `TP.HCM`), but not a comma or a line break: a phrase does not run across a list or a paragraph.
 */
import type { Evidence, TextField } from '../pipeline/types.ts';
import { normalizeField, type NormalizedField } from './normalize.ts';

/** The syllables of one normalised field, in parallel arrays. */
export interface FieldTokens {
  /** Lower-case, tone-normalised syllables. */
  lower: string[];
  /** Diacritic-free syllables. */
  folded: string[];
  /** The syllable starts with a capital letter in the text. */
  capital: boolean[];
  /** Spans in the normalised field (not the original). */
  start: number[];
  end: number[];
  /** The gap before syllable k (from syllable k-1) lets a phrase continue across it. */
  softGapBefore: boolean[];
}

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
const SOFT_GAP = /^ *[-.]? *$/;
const tokenCache = new WeakMap<NormalizedField, FieldTokens>();

/** Syllables of a normalised field, computed once per field. */
export function tokensOf(field: NormalizedField): FieldTokens {
  const cached = tokenCache.get(field);
  if (cached) return cached;
  const tokens: FieldTokens = { lower: [], folded: [], capital: [], start: [], end: [], softGapBefore: [] };
  let previousEnd = -1;
  for (const match of field.normalized.matchAll(SYLLABLE)) {
    const start = match.index;
    const end = start + match[0].length;
    const cased = field.cased[start] ?? '';
    tokens.lower.push(match[0]);
    tokens.folded.push(field.folded.slice(start, end));
    tokens.capital.push(cased !== cased.toLowerCase());
    tokens.start.push(start);
    tokens.end.push(end);
    tokens.softGapBefore.push(previousEnd >= 0 && SOFT_GAP.test(field.normalized.slice(previousEnd, start)));
    previousEnd = end;
  }
  tokenCache.set(field, tokens);
  return tokens;
}

/** Evidence for syllables [first, last) of a field, with offsets into the original text. */
export function evidenceFor(field: NormalizedField, fieldName: TextField, first: number, last: number): Evidence {
  const tokens = tokensOf(field);
  const span = field.toOriginal(tokens.start[first] ?? 0, tokens.end[last - 1] ?? 0);
  return { field: fieldName, start: span.start, end: span.end, text: field.original.slice(span.start, span.end) };
}

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /**
   * `true`: syllables written with a capital in the phrase must start with a capital in the text
   * (`Anh`, `Đức`, `Hòa Bình`); `'first'`: only the first syllable must (`Nhật Bản` and `Nhật bản`).
   */
  caseSensitive?: boolean | 'first';
  /**
   * Also match the diacritic-free spelling of the phrase, where the text has no diacritics either
   * (`Dak Lak`, `Quang Nam`): ASCII text, not a different word with other marks.
   */
  folded?: boolean;
}

export interface PhraseMatch<T> {
  value: T;
  evidence: Evidence;
  /** Syllable indices [first, last) in `tokensOf(field)`, for looking at the words around a match. */
  first: number;
  last: number;
}

interface CompiledEntry<T> {
  syllables: string[];
  capitals: boolean[] | null;
  folded: boolean;
  value: T;
}

export interface PhraseMatcher<T> {
  /** Leftmost-longest, non-overlapping matches in one field. */
  find(field: NormalizedField, fieldName: TextField): PhraseMatch<T>[];
}

/** Compiles phrases once; `find` then scans a field in one pass. */
export function compilePhrases<T>(entries: readonly PhraseEntry<T>[]): PhraseMatcher<T> {
  const byFirst = new Map<string, CompiledEntry<T>[]>();
  for (const entry of entries) {
    const field = normalizeField(entry.phrase);
    const tokens = tokensOf(field);
    const folded = entry.folded ?? false;
    const syllables = folded ? tokens.folded : tokens.lower;
    const first = syllables[0];
    if (first === undefined) throw new Error(`Empty phrase in gazetteer: "${entry.phrase}"`);
    const compiled: CompiledEntry<T> = {
      syllables,
      capitals:
        entry.caseSensitive === 'first'
          ? tokens.capital.map((capital, k) => capital && k === 0)
          : entry.caseSensitive
            ? tokens.capital
            : null,
      folded,
      value: entry.value,
    };
    const key = (folded ? 'f:' : 'n:') + first;
    const list = byFirst.get(key) ?? [];
    list.push(compiled);
    byFirst.set(key, list);
  }
  // Longest first; among equal lengths, exact-diacritic and case-sensitive entries first.
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.syllables.length - a.syllables.length || Number(b.capitals !== null) - Number(a.capitals !== null));
  }

  function matchesAt(entry: CompiledEntry<T>, tokens: FieldTokens, i: number): boolean {
    const source = entry.folded ? tokens.folded : tokens.lower;
    const n = entry.syllables.length;
    if (i + n > source.length) return false;
    for (let k = 0; k < n; k++) {
      if (k > 0 && !tokens.softGapBefore[i + k]) return false;
      if (source[i + k] !== entry.syllables[k]) return false;
      if (entry.folded && tokens.lower[i + k] !== tokens.folded[i + k]) return false;
      if (entry.capitals?.[k] && !tokens.capital[i + k]) return false;
    }
    return true;
  }

  return {
    find(field, fieldName) {
      const tokens = tokensOf(field);
      const out: PhraseMatch<T>[] = [];
      let i = 0;
      while (i < tokens.lower.length) {
        let best: CompiledEntry<T> | undefined;
        for (const key of ['n:' + tokens.lower[i], 'f:' + tokens.folded[i]]) {
          const list = byFirst.get(key);
          if (!list) continue;
          for (const entry of list) {
            if (best && entry.syllables.length <= best.syllables.length) break;
            if (matchesAt(entry, tokens, i)) {
              best = entry;
              break;
            }
          }
        }
        if (best) {
          const last = i + best.syllables.length;
          out.push({ value: best.value, evidence: evidenceFor(field, fieldName, i, last), first: i, last });
          i = last;
        } else {
          i++;
        }
      }
      return out;
    },
  };
}
