/**
 * Province tags: every provincial-level unit the article names (`via: 'name'`) and the units of the
 * well-known places it names (`via: 'place'`, lower confidence). `code` is the unit as named,
 * `current` the unit it belongs to today. The primary flag is set later by `primary-province.ts`.
 *
 * Huế: before 2025 the city of Huế was inside Thừa Thiên Huế; since 1 January 2025 it is the unit.
 * An article that names Thừa Thiên Huế follows the old map, so its Huế is a place. Otherwise the
 * article's year decides (`article-year.ts`): from 2025 Huế names the unit `hue`, before it is a
 * place of Thừa Thiên Huế. Without a year, `thành phố Huế`/`TP. Huế` names the unit (and then bare
 * `Huế` does too), and a lone bare `Huế` (`cung đình Huế`) stays a place.
 */
import type { Evidence, ProvinceTag } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { articleYear } from './article-year.ts';
import { currentUnitOf } from './data/provinces.ts';
import { scanGazetteer, type GazetteerMatch } from './gazetteer.ts';
import { tokensOf } from './match-phrases.ts';
import { LOCATED_AT_AFTER, NAMED_VENUE_BEFORE, NOT_A_PROVINCE_AFTER, NOT_A_PROVINCE_BEFORE } from './data/traps.ts';
import { looksLikePersonName } from './person-names.ts';
import { joinedBySpace, startsSentence, wordsAt, wordsBefore } from './token-context.ts';

const MAX_EVIDENCE = 8;
/** Huế has been a provincial-level city since 1 January 2025. */
const HUE_UNIT_SINCE = 2025;

/** One accepted mention of a unit, before mentions are merged into tags. */
export interface ProvinceMention {
  slug: string;
  via: 'name' | 'place';
  match: GazetteerMatch;
}

const notBefore = NOT_A_PROVINCE_BEFORE.map((w) => w.toLowerCase());
const TOWN_WORDS = new Set(['thành phố', 'thị xã']);
const notAfter = new Set(NOT_A_PROVINCE_AFTER.map((w) => w.toLowerCase().replace(/[^\p{L}]/gu, '')));

function isPerson(doc: AnalyzedText, match: GazetteerMatch): boolean {
  const field = doc[match.field];
  return looksLikePersonName(field, tokensOf(field), match.first, match.last);
}

/** `xã Bình Dương`, `phố Huế`, `Sài Gòn FC`: a smaller place, a street or a club of the same name. */
function isOtherPlaceOrClub(doc: AnalyzedText, match: GazetteerMatch): boolean {
  const field = doc[match.field];
  const tokens = tokensOf(field);
  if (!joinedBySpace(field, tokens, match.first) && !joinedBySpace(field, tokens, match.last)) return false;
  // `thành phố Lào Cai`, `thị xã Quảng Trị`: the town that gave the unit its name, counted as the unit.
  const townOfUnit = TOWN_WORDS.has(wordsBefore(tokens, match.first, 2));
  if (!townOfUnit && joinedBySpace(field, tokens, match.first) && notBefore.some((w) => wordsBefore(tokens, match.first, w.split(' ').length) === w)) {
    return true;
  }
  return joinedBySpace(field, tokens, match.last) && notAfter.has(wordsAt(tokens, match.last, 1));
}

const venueWords = NAMED_VENUE_BEFORE.map((w) => w.toLowerCase());
const locatedAt = new Set(LOCATED_AT_AFTER);

/**
 * A capitalised name of a foreign country or a neighbour's province. Short forms that are also words
 * (`Séc`, `Anh`) match only when capitalised, and next to a shop sign they name the country.
 */
function isForeignMatch(match: GazetteerMatch): boolean {
  return match.value.kind === 'country' && match.value.strength !== 'pair';
}

/** A gazetteer match of a Vietnamese unit or place starts at syllable k of the field. */
function vietnameseNameAt(matches: readonly GazetteerMatch[], field: GazetteerMatch['field'], k: number): boolean {
  return matches.some((m) => m.field === field && m.first === k && m.value.kind !== 'country' && m.value.kind !== 'region' && m.value.kind !== 'trap');
}

/**
 * The name is located abroad: a shop sign (`trung tâm thương mại Sapa`) or, for a place, a name
 * followed by `ở`/`tại` and a capitalised name that is no Vietnamese unit or place (`Sapa ở Praha`),
 * in a sentence that names a foreign country. A Vietnamese community's market or restaurant abroad
 * often bears a home place name; it pins no province.
 */
function isLocatedAbroad(doc: AnalyzedText, match: GazetteerMatch, matches: readonly GazetteerMatch[]): boolean {
  const field = doc[match.field];
  const tokens = tokensOf(field);
  const venue = joinedBySpace(field, tokens, match.first) && venueWords.some((w) => wordsBefore(tokens, match.first, w.split(' ').length) === w);
  const after = match.last;
  const elsewhere =
    match.value.kind === 'place' &&
    joinedBySpace(field, tokens, after) &&
    locatedAt.has(tokens.lower[after] ?? '') &&
    tokens.capital[after + 1] === true &&
    joinedBySpace(field, tokens, after + 1) &&
    !vietnameseNameAt(matches, match.field, after + 1);
  if (!venue && !elsewhere) return false;
  let from = match.first;
  while (from > 0 && !startsSentence(field, tokens, from)) from--;
  let to = match.last;
  while (to < tokens.lower.length && !startsSentence(field, tokens, to)) to++;
  return matches.some((m) => m.field === match.field && m.first >= from && m.first < to && isForeignMatch(m));
}

const mentionCache = new WeakMap<AnalyzedText, ProvinceMention[]>();

/** Every accepted province or place mention of a document, in reading order (title first); computed once. */
export function provinceMentions(doc: AnalyzedText): ProvinceMention[] {
  let mentions = mentionCache.get(doc);
  if (!mentions) mentionCache.set(doc, (mentions = findMentions(doc)));
  return mentions;
}

function findMentions(doc: AnalyzedText): ProvinceMention[] {
  const matches = scanGazetteer(doc);
  const oldHue = matches.some((m) => m.value.kind === 'province' && m.value.slug === 'thua-thien-hue');
  const hasHue = matches.some((m) => m.value.kind === 'hue');
  const year = oldHue || !hasHue ? null : articleYear(doc);
  const hueUnitNamed =
    !oldHue && (year !== null ? year >= HUE_UNIT_SINCE : matches.some((m) => m.value.kind === 'hue' && m.value.prefixed));
  const out: ProvinceMention[] = [];
  for (const match of matches) {
    const value = match.value;
    if (value.kind === 'province') {
      if (!value.prefixed && (isPerson(doc, match) || isOtherPlaceOrClub(doc, match) || isLocatedAbroad(doc, match, matches))) continue;
      out.push({ slug: value.slug, via: 'name', match });
    } else if (value.kind === 'place') {
      if (isPerson(doc, match) || isLocatedAbroad(doc, match, matches)) continue;
      out.push({ slug: value.slug, via: 'place', match });
    } else if (value.kind === 'hue') {
      if (!value.prefixed && (isPerson(doc, match) || isOtherPlaceOrClub(doc, match))) continue;
      out.push(hueUnitNamed ? { slug: 'hue', via: 'name', match } : { slug: 'thua-thien-hue', via: 'place', match });
    }
  }
  return out;
}

/** Province tags of one document, one per unit, named units before places. */
export function tagProvinces(doc: AnalyzedText): ProvinceTag[] {
  const byCode = new Map<string, { via: 'name' | 'place'; evidence: Evidence[]; mentions: number }>();
  for (const mention of provinceMentions(doc)) {
    const entry = byCode.get(mention.slug) ?? { via: mention.via, evidence: [], mentions: 0 };
    if (mention.via === 'name') entry.via = 'name';
    entry.mentions++;
    if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(mention.match.evidence);
    byCode.set(mention.slug, entry);
  }
  return [...byCode.entries()]
    .map(([code, entry]) => ({
      code,
      current: currentUnitOf(code) ?? code,
      via: entry.via,
      primary: false,
      confidence: entry.via === 'name' ? Math.min(0.98, 0.9 + 0.02 * (entry.mentions - 1)) : 0.6,
      method: 'gazetteer' as const,
      evidence: entry.evidence,
    }))
    .sort((a, b) => Number(b.via === 'name') - Number(a.via === 'name') || b.confidence - a.confidence);
}
