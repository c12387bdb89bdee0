/**
 * One phrase matcher over every name the taggers know: provincial units (as named, with their unit
 * word, without diacritics), places inside them, countries, regions, and trap phrases. A single
 * leftmost-longest pass means `Lào Cai` is read before `Lào`, `Thái Bình Dương` before `Thái Bình`,
 * `thẩm mỹ` before `Mỹ`; the taggers then judge the context of each match.
 */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import type { TextField } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_NAMES_VI, PAIR_ONLY_COUNTRY_NAMES } from './data/countries-vi.ts';
import { FOREIGN_PLACES } from './data/foreign-places.ts';
import { PLACES } from './data/places.ts';
import { PROVINCE_NAME_VARIANTS, UNIT_PREFIXES } from './data/province-names.ts';
import { FORMER_PROVINCES } from './data/provinces.ts';
import { REGION_NAMES } from './data/regions.ts';
import { TRAP_PHRASES } from './data/traps.ts';
import { compilePhrases, type PhraseEntry, type PhraseMatch, type PhraseMatcher } from './match-phrases.ts';
import { foldDiacritics } from './normalize.ts';

/** What a gazetteer phrase names. */
export type GazetteerValue =
  | { kind: 'province'; slug: string; prefixed: boolean }
  | { kind: 'hue'; prefixed: boolean }
  | { kind: 'place'; slug: string }
  | { kind: 'country'; code: string; strength: 'full' | 'ambiguous' | 'pair' | 'place' }
  | { kind: 'region'; code: string }
  | { kind: 'trap' };

export type GazetteerMatch = PhraseMatch<GazetteerValue> & { field: TextField };

/** Version of the name lists; part of the classifier version. */
export const GAZETTEER_VERSION = 'gaz-5';

/** English names that are also common words or names of other places (`Georgia`, `Jersey`, `Chad`). */
const SKIPPED_ISO_NAMES = new Set(['Georgia', 'Jersey', 'Chad', 'Jordan', 'Guernsey', 'Isle of Man', 'Đảo Man', 'Niger', 'Bán đảo Mã Lai', 'Việt Nam', 'Viet Nam', 'Vietnam', 'Mali', 'Guinea', 'Dominica', 'Turkey']);

function isAscii(s: string): boolean {
  return foldDiacritics(s) === s.toLowerCase();
}

function syllableCount(s: string): number {
  return s.split(/[\s\-.]+/).filter(Boolean).length;
}

/** A variant that starts with its unit word (`TP.HCM`, `Thành phố Hồ Chí Minh`) cannot be a person or a club. */
const UNIT_WORD = /^(thành phố|tp|t\.p|tỉnh|thủ đô)/i;

function provinceEntries(): PhraseEntry<GazetteerValue>[] {
  const out: PhraseEntry<GazetteerValue>[] = [];
  const add = (phrase: string, value: GazetteerValue) => {
    out.push({ phrase, value, caseSensitive: true });
    if (!isAscii(phrase)) out.push({ phrase, value, caseSensitive: true, folded: true });
  };
  for (const unit of FORMER_PROVINCES) {
    const special = unit.slug === 'ho-chi-minh' || unit.slug === 'thua-thien-hue';
    if (!special) add(unit.name, { kind: 'province', slug: unit.slug, prefixed: false });
    for (const prefix of UNIT_PREFIXES[unit.unitType]) {
      if (!special) add(`${prefix} ${unit.name}`, { kind: 'province', slug: unit.slug, prefixed: true });
    }
    for (const variant of PROVINCE_NAME_VARIANTS[unit.slug] ?? []) {
      add(variant, { kind: 'province', slug: unit.slug, prefixed: special && UNIT_WORD.test(variant) });
    }
  }
  add('Huế', { kind: 'hue', prefixed: false });
  for (const prefix of UNIT_PREFIXES['thanh-pho']) add(`${prefix} Huế`, { kind: 'hue', prefixed: true });
  add('cố đô Huế', { kind: 'place', slug: 'thua-thien-hue' });
  for (const place of PLACES) add(place.name, { kind: 'place', slug: place.province });
  return out;
}

/**
 * The press often writes a transliteration's final `-i-a` as one syllable: `In-đô-nê-xia` beside
 * `In-đô-nê-xi-a`, `Ô-xtrây-lia` beside `Ô-xtrây-li-a`. Returns that spelling, or null.
 */
export function withJoinedFinalIa(name: string): string | null {
  const found = /^(.*\p{L})-(\p{L}*i)-a$/u.exec(name);
  return found ? `${found[1]}-${found[2]}a` : null;
}

function countryEntries(): PhraseEntry<GazetteerValue>[] {
  countries.registerLocale(en);
  countries.registerLocale(vi);
  const out: PhraseEntry<GazetteerValue>[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, code: string, strength: 'full' | 'ambiguous' | 'pair' | 'place', caseSensitive: boolean | 'first') => {
    const key = `${phrase}\u0000${code}`;
    if (seen.has(key) || SKIPPED_ISO_NAMES.has(phrase) || code === 'VN') return;
    seen.add(key);
    out.push({ phrase, value: { kind: 'country', code, strength }, caseSensitive });
    if (strength === 'full' && !isAscii(phrase)) {
      out.push({ phrase, value: { kind: 'country', code, strength }, caseSensitive: true, folded: true });
    }
  };
  for (const [code, names] of Object.entries(COUNTRY_NAMES_VI)) {
    for (const name of names) {
      add(name, code, 'full', 'first');
      const joined = withJoinedFinalIa(name);
      if (joined) add(joined, code, 'full', 'first');
    }
  }
  for (const [code, names] of Object.entries(AMBIGUOUS_COUNTRY_NAMES)) for (const name of names) add(name, code, 'ambiguous', true);
  for (const [code, names] of Object.entries(PAIR_ONLY_COUNTRY_NAMES)) for (const name of names) add(name, code, 'pair', true);
  for (const [code, names] of Object.entries(FOREIGN_PLACES)) for (const name of names) add(name, code, 'place', true);
  const ambiguous = new Set(Object.values(AMBIGUOUS_COUNTRY_NAMES).flat());
  for (const code of Object.keys(countries.getAlpha2Codes())) {
    for (const name of [countries.getName(code, 'vi', { select: 'all' }) ?? [], countries.getName(code, 'en', { select: 'all' }) ?? []].flat()) {
      // A one-syllable name from the library (`Ý`, `Đức`) must go through the ambiguity rules.
      if (ambiguous.has(name) || syllableCount(name) === 0) continue;
      add(name, code, 'full', isAscii(name) ? true : 'first');
    }
  }
  return out;
}

function regionEntries(): PhraseEntry<GazetteerValue>[] {
  return Object.entries(REGION_NAMES).flatMap(([code, names]) =>
    names.map((phrase) => ({ phrase, value: { kind: 'region', code } as GazetteerValue, caseSensitive: true })),
  );
}

function trapEntries(): PhraseEntry<GazetteerValue>[] {
  return TRAP_PHRASES.map((phrase) => ({ phrase, value: { kind: 'trap' } as GazetteerValue }));
}

let matcher: PhraseMatcher<GazetteerValue> | undefined;

/** The compiled gazetteer, built on first use. */
export function gazetteer(): PhraseMatcher<GazetteerValue> {
  matcher ??= compilePhrases([...provinceEntries(), ...countryEntries(), ...regionEntries(), ...trapEntries()]);
  return matcher;
}

const scans = new WeakMap<AnalyzedText, GazetteerMatch[]>();

/** Every gazetteer match in title then body, computed once per document. */
export function scanGazetteer(doc: AnalyzedText): GazetteerMatch[] {
  const cached = scans.get(doc);
  if (cached) return cached;
  const found: GazetteerMatch[] = [];
  for (const field of ['title', 'body'] as const) {
    for (const match of gazetteer().find(doc[field], field)) found.push({ ...match, field });
  }
  scans.set(doc, found);
  return found;
}
