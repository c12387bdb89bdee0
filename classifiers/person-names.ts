/**
 * Is a capitalised short name (`Đức`, `Anh`, `Nga`, `Huế`, `Hòa Bình`) part of a person's name here?
 * `ông Đức`, `Nguyễn Văn Đức`, `Lan Anh`, `Đức Thánh Trần`, `Anh Bùi Hồng Nghị` are people, not places.
 */
import { COUNTRY_CONTEXT_BEFORE } from './data/countries-vi.ts';
import { NAME_SYLLABLES, PERSON_TITLES } from './data/traps.ts';
import type { FieldTokens } from './match-phrases.ts';
import type { NormalizedField } from './normalize.ts';
import { inCapitalsContext, joinedBySpace, wordsBefore } from './token-context.ts';

const nameSyllables = new Set(NAME_SYLLABLES.map((s) => s.toLowerCase()));
const titles = new Set(PERSON_TITLES.map((s) => s.toLowerCase()));
const placeContext = new Set(COUNTRY_CONTEXT_BEFORE);

/** The words before syllable k say "a country or place follows" (`nước bạn`, `Đại sứ quán`, `tại`). */
export function hasPlaceContextBefore(tokens: FieldTokens, k: number): boolean {
  for (let n = 3; n >= 1; n--) if (placeContext.has(wordsBefore(tokens, k, n))) return true;
  return false;
}

/**
 * Syllables [first, last) read as part of a person's name: a title before them, a family or
 * middle name right before them, or another capitalised syllable right after them.
 */
export function looksLikePersonName(field: NormalizedField, tokens: FieldTokens, first: number, last: number): boolean {
  if (hasPlaceContextBefore(tokens, first)) return false;
  const capitals = inCapitalsContext(field, tokens, first);
  if (joinedBySpace(field, tokens, first)) {
    for (let n = 2; n >= 1; n--) {
      if (titles.has(wordsBefore(tokens, first, n))) return true;
    }
    const prev = first - 1;
    if (!capitals && tokens.capital[prev] && nameSyllables.has(tokens.lower[prev] ?? '')) return true;
  }
  if (!capitals && joinedBySpace(field, tokens, last) && tokens.capital[last]) return true;
  return false;
}
