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
  /** The syllable has no diacritics (`Dak`, `Lak`), so a diacritic-free phrase may match it. */
  ascii: boolean[];
  /** The syllable starts with a capital letter in the text. */
  capital: boolean[];
  /** Spans in the normalised field (not the original). */
  start: number[];
  end: number[];
  /** The gap before syllable k (from syllable k-1) lets a phrase continue across it. */
  softGapBefore: boolean[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A letter, mark or digit; Vietnamese letters are decided without a regular expression. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1e00 && code <= 0x1eff)) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}

const SPACE = 32;
const DASH = 45;
const DOT = 46;

/** Spaces with at most one dash or dot among them: a phrase may run across. */
function isSoftGap(text: string, from: number, to: number): boolean {
  let marks = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === SPACE) continue;
    if ((code === DASH || code === DOT) && ++marks === 1) continue;
    return false;
  }
  return true;
}
const tokenCache = new WeakMap<NormalizedField, FieldTokens>();

/** Syllables of a normalised field, computed once per field. */
export function tokensOf(field: NormalizedField): FieldTokens {
  const cached = tokenCache.get(field);
  if (cached) return cached;
  const tokens: FieldTokens = { lower: [], ascii: [], capital: [], start: [], end: [], softGapBefore: [] };
  let previousEnd = -1;
  const text = field.normalized;
  let pos = 0;
  while (pos < text.length) {
    if (!isWordChar(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    const start = pos;
    while (pos < text.length && isWordChar(text.charCodeAt(pos))) pos++;
    const end = pos;
    tokens.lower.push(text.slice(start, end));
    let ascii = true;
    for (let k = start; k < end && ascii; k++) ascii = field.normalized.charCodeAt(k) < 128;
    tokens.ascii.push(ascii);
    // `normalized` is `cased` in lower case, character for character.
    tokens.capital.push(field.cased.charCodeAt(start) !== field.normalized.charCodeAt(start));
    tokens.start.push(start);
    tokens.end.push(end);
    tokens.softGapBefore.push(previousEnd >= 0 && isSoftGap(field.normalized, previousEnd, start));
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

/** Entries sharing a first syllable: one-syllable ones, and longer ones by their second syllable. */
interface IndexNode<T> {
  single: CompiledEntry<T>[];
  bySecond: Map<string, CompiledEntry<T>[]>;
}

/** Longest first; among equal lengths, case-sensitive entries first. */
function byPreference<T>(a: CompiledEntry<T>, b: CompiledEntry<T>): number {
  return b.syllables.length - a.syllables.length || Number(b.capitals !== null) - Number(a.capitals !== null);
}

/**
 * The first syllables of every compiled matcher's phrases, each with the matchers' index nodes
 * (slot = matcher number): a token of an article is looked up once for all matchers (the gazetteer
 * and the cue lists scan the same body), not once per matcher.
 */
const heads = new Map<string, (IndexNode<unknown> | undefined)[]>();
let matcherCount = 0;

/** Per field: each token's entry in `heads`, and how many matchers there were when it was read. */
const headCache = new WeakMap<FieldTokens, { matchers: number; heads: ((IndexNode<unknown> | undefined)[] | undefined)[] }>();

function headsOf(tokens: FieldTokens): ((IndexNode<unknown> | undefined)[] | undefined)[] {
  let cached = headCache.get(tokens);
  // A matcher compiled since may know first syllables the cached lookups missed.
  if (!cached || cached.matchers !== matcherCount) {
    cached = { matchers: matcherCount, heads: tokens.lower.map((syllable) => heads.get(syllable)) };
    headCache.set(tokens, cached);
  }
  return cached.heads;
}

/** Compiles phrases once; `find` then scans a field in one pass, looking phrases up by their first two syllables. */
export function compilePhrases<T>(entries: readonly PhraseEntry<T>[]): PhraseMatcher<T> {
  const index = new Map<string, IndexNode<T>>();
  for (const entry of entries) {
    const field = normalizeField(entry.phrase);
    const tokens = tokensOf(field);
    const folded = entry.folded ?? false;
    const syllables = folded ? tokens.lower.map((_, k) => field.folded.slice(tokens.start[k], tokens.end[k])) : tokens.lower;
    const [first, second] = syllables;
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
    let node = index.get(first);
    if (!node) index.set(first, (node = { single: [], bySecond: new Map() }));
    if (second === undefined) {
      node.single.push(compiled);
    } else {
      const list = node.bySecond.get(second) ?? [];
      list.push(compiled);
      node.bySecond.set(second, list);
    }
  }
  for (const node of index.values()) {
    node.single.sort(byPreference);
    for (const list of node.bySecond.values()) list.sort(byPreference);
  }
  const slot = matcherCount++;
  for (const [first, node] of index) {
    let nodes = heads.get(first);
    if (!nodes) heads.set(first, (nodes = []));
    nodes[slot] = node as IndexNode<unknown>;
  }

  function matchesAt(entry: CompiledEntry<T>, tokens: FieldTokens, i: number): boolean {
    const n = entry.syllables.length;
    if (i + n > tokens.lower.length) return false;
    for (let k = 0; k < n; k++) {
      if (k > 0 && !tokens.softGapBefore[i + k]) return false;
      if (tokens.lower[i + k] !== entry.syllables[k]) return false;
      if (entry.folded && !tokens.ascii[i + k]) return false;
      if (entry.capitals?.[k] && !tokens.capital[i + k]) return false;
    }
    return true;
  }

  function firstMatch(list: CompiledEntry<T>[] | undefined, tokens: FieldTokens, i: number): CompiledEntry<T> | undefined {
    if (list) for (const entry of list) if (matchesAt(entry, tokens, i)) return entry;
    return undefined;
  }

  return {
    find(field, fieldName) {
      const tokens = tokensOf(field);
      const tokenHeads = headsOf(tokens);
      const out: PhraseMatch<T>[] = [];
      const count = tokens.lower.length;
      let i = 0;
      while (i < count) {
        const node = tokenHeads[i]?.[slot] as IndexNode<T> | undefined;
        let best: CompiledEntry<T> | undefined;
        if (node) {
          if (i + 1 < count && tokens.softGapBefore[i + 1]) best = firstMatch(node.bySecond.get(tokens.lower[i + 1] ?? ''), tokens, i);
          best ??= firstMatch(node.single, tokens, i);
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
