/**
 * Small questions about the words around a match: what separates two syllables, whether a syllable
 * starts a sentence, whether the text around is written in capitals (headlines often are).
 */
import type { FieldTokens } from './match-phrases.ts';
import type { NormalizedField } from './normalize.ts';

/** Normalised text between syllable k-1 and syllable k (`''` before the first). */
export function gapBefore(field: NormalizedField, tokens: FieldTokens, k: number): string {
  if (k <= 0 || k >= tokens.start.length) return k <= 0 ? '' : field.normalized.slice(tokens.end[tokens.end.length - 1] ?? 0);
  return field.normalized.slice(tokens.end[k - 1] ?? 0, tokens.start[k] ?? 0);
}

/** Syllables k-1 and k are separated by spaces only: they may belong to one name. */
export function joinedBySpace(field: NormalizedField, tokens: FieldTokens, k: number): boolean {
  return k > 0 && k < tokens.start.length && /^ +$/.test(gapBefore(field, tokens, k));
}

/** Syllables k-1 and k are separated by a dash: a pair such as `Việt - Lào`. */
export function joinedByDash(field: NormalizedField, tokens: FieldTokens, k: number): boolean {
  return k > 0 && k < tokens.start.length && /^ *- *$/.test(gapBefore(field, tokens, k));
}

/** Syllable k opens a sentence, a line, a quotation or a parenthesis. */
export function startsSentence(field: NormalizedField, tokens: FieldTokens, k: number): boolean {
  if (k === 0) return true;
  return /[.!?\n:;"'(…]/.test(gapBefore(field, tokens, k));
}

/** Syllable k is written entirely in capitals and is longer than one letter (`ANH`, `HỢP`). */
export function isAllCaps(field: NormalizedField, tokens: FieldTokens, k: number): boolean {
  const start = tokens.start[k];
  const end = tokens.end[k];
  if (start === undefined || end === undefined || end - start < 2) return false;
  const cased = field.cased.slice(start, end);
  return cased === cased.toUpperCase() && cased !== cased.toLowerCase();
}

/** The text around syllable k is in capitals (a headline in upper case), so capitals say nothing. */
export function inCapitalsContext(field: NormalizedField, tokens: FieldTokens, k: number): boolean {
  return isAllCaps(field, tokens, k) || isAllCaps(field, tokens, k - 1) || isAllCaps(field, tokens, k + 1);
}

/** Lower-case text of the `count` syllables ending just before syllable k, joined by spaces. */
export function wordsBefore(tokens: FieldTokens, k: number, count: number): string {
  if (k - count < 0) return '';
  return tokens.lower.slice(k - count, k).join(' ');
}

/** Lower-case text of the `count` syllables starting at syllable k. */
export function wordsAt(tokens: FieldTokens, k: number, count: number): string {
  if (k + count > tokens.lower.length) return '';
  return tokens.lower.slice(k, k + count).join(' ');
}
