/**
 * Is a capitalised short name (`Đức`, `Anh`, `Nga`, `Huế`, `Hòa Bình`) part of a person's name here?
 * `ông Đức`, `Nguyễn Văn Đức`, `Lan Anh`, `Đức Thánh Trần`, `Anh Bùi Hồng Nghị` are people, not places.
 */
import { COUNTRY_CONTEXT_BEFORE, COUNTRY_CONTEXT_WEAK } from './data/countries-vi.ts';
import { NAME_SYLLABLES, PERSON_TITLES } from './data/traps.ts';
import type { FieldTokens } from './match-phrases.ts';
import type { NormalizedField } from './normalize.ts';
import { inCapitalsContext, joinedBySpace, startsSentence, wordsBefore } from './token-context.ts';

const nameSyllables = new Set(NAME_SYLLABLES.map((s) => s.toLowerCase()));
const titles = new Set(PERSON_TITLES.map((s) => s.toLowerCase()));
const stateContext = new Set(COUNTRY_CONTEXT_BEFORE);
const placeContext = new Set([...COUNTRY_CONTEXT_BEFORE, ...COUNTRY_CONTEXT_WEAK]);

function contextBefore(context: ReadonlySet<string>, tokens: FieldTokens, k: number): boolean {
  for (let n = 3; n >= 1; n--) if (context.has(wordsBefore(tokens, k, n))) return true;
  return false;
}

/** The words before syllable k say "a country or place follows" (`nước bạn`, `Đại sứ quán`, `tại`). */
export function hasPlaceContextBefore(tokens: FieldTokens, k: number): boolean {
  return contextBefore(placeContext, tokens, k);
}

/** The words before syllable k name a role of a state (`Tổng thống`, `Đại sứ quán`): a state follows. */
export function hasStateContextBefore(tokens: FieldTokens, k: number): boolean {
  return contextBefore(stateContext, tokens, k);
}

/**
 * Syllables [first, last) read as part of a person's or another proper name: another capitalised
 * syllable right after them (`Đức Chinh`, `Đức Thánh Trần`), a family or middle name right before
 * them (`Nguyễn Văn Đức`, `Lan Anh`), or a title before them (`ông Đức`, `chị Anh`).
 * `strict` is for one-syllable country names: any capitalised syllable right before them inside a
 * sentence counts too (`Nguyễn Thiện Pháp`), and so does a capitalised one right after. Province
 * names are read without it: they follow capitalised organisation names (`UBND Quảng Nam`) and
 * precede the names of officials (`Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu`).
 */
export function looksLikePersonName(
  field: NormalizedField,
  tokens: FieldTokens,
  first: number,
  last: number,
  strict = false,
): boolean {
  const capitals = inCapitalsContext(field, tokens, first);
  if (strict && !capitals && joinedBySpace(field, tokens, last) && tokens.capital[last] && !hasStateContextBefore(tokens, first)) {
    return true;
  }
  if (hasPlaceContextBefore(tokens, first)) return false;
  if (!joinedBySpace(field, tokens, first)) return false;
  for (let n = 2; n >= 1; n--) {
    if (titles.has(wordsBefore(tokens, first, n))) return true;
  }
  const prev = first - 1;
  if (capitals || !tokens.capital[prev]) return false;
  if (nameSyllables.has(tokens.lower[prev] ?? '')) return true;
  return strict && !startsSentence(field, tokens, prev);
}
