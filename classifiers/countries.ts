/**
 * Partner countries: every country or territory the article names as a partner or subject, as
 * ISO 3166-1 alpha-2, with the spans that name it. Full names (`Nhật Bản`, `Ô-xtrây-li-a`) count as
 * found; one-syllable short forms (`Anh`, `Đức`, `Nhật`) count unless the words around make them a
 * person or an ordinary word; pair-only forms (`Trung`, `Hàn`) count in a pair such as `Việt - Trung`.
 */
import type { CountryTag, Evidence } from '../pipeline/types.ts';
import type { AnalyzedText } from './analyze-text.ts';
import { scanGazetteer, type GazetteerMatch } from './gazetteer.ts';
import { PAIR_ONLY_CONTEXT_BEFORE } from './data/countries-vi.ts';
import { NOT_A_PROVINCE_BEFORE } from './data/traps.ts';
import { tokensOf, type FieldTokens } from './match-phrases.ts';
import { hasPlaceContextBefore, looksLikePersonName } from './person-names.ts';
import { gapBefore, joinedByDash, startsSentence, wordsAt, wordsBefore } from './token-context.ts';

const MAX_EVIDENCE = 8;
/** Short forms that, opening a sentence, are usually a word (`Anh ấy`, `Ý tưởng`, `Áo choàng`). */
const WORD_AT_SENTENCE_START = new Set(['GB', 'IT', 'AT']);

/** The match sits in a bilateral pair: `Việt - Lào`, `Việt Nam - Trung Quốc`, `Nhật - Việt`. */
function inPairWithVietnam(doc: AnalyzedText, match: GazetteerMatch): boolean {
  const field = doc[match.field];
  const tokens = tokensOf(field);
  if (joinedByDash(field, tokens, match.first)) {
    const before = wordsBefore(tokens, match.first, 1);
    if (before === 'việt' || (before === 'nam' && wordsBefore(tokens, match.first, 2) === 'việt nam')) return true;
  }
  if (joinedByDash(field, tokens, match.last) && wordsAt(tokens, match.last, 1) === 'việt') return true;
  return false;
}

/** The match is in a pair or a dash-separated chain of countries (`Việt - Pháp - Châu Á`, `Mỹ - Trung`). */
function inPair(doc: AnalyzedText, match: GazetteerMatch, all: readonly GazetteerMatch[]): boolean {
  if (inPairWithVietnam(doc, match)) return true;
  const field = doc[match.field];
  const tokens = tokensOf(field);
  return all.some(
    (other) =>
      other !== match &&
      other.field === match.field &&
      other.value.kind === 'country' &&
      other.value.strength !== 'pair' &&
      ((other.last === match.first && joinedByDash(field, tokens, match.first)) ||
        (other.first === match.last && joinedByDash(field, tokens, match.last))),
  );
}

/** `(Mỹ)` right after an organisation names its country. */
function inParentheses(doc: AnalyzedText, match: GazetteerMatch): boolean {
  const field = doc[match.field];
  const tokens = tokensOf(field);
  return /\( *$/.test(gapBefore(field, tokens, match.first)) && /^ *\)/.test(gapBefore(field, tokens, match.last));
}

const smallerUnits = NOT_A_PROVINCE_BEFORE.map((w) => w.toLowerCase());

/** `xã Quảng Đông`: a Vietnamese commune or street that shares a foreign province's name. */
function namesVietnamesePlace(tokens: FieldTokens, first: number): boolean {
  // `thành phố Sùng Tả` is a city across the border, not a street (`phố`).
  if (wordsBefore(tokens, first, 2) === 'thành phố') return false;
  return smallerUnits.some((w) => wordsBefore(tokens, first, w.split(' ').length) === w);
}

const pairOnlyContext = new Map(Object.entries(PAIR_ONLY_CONTEXT_BEFORE).map(([code, words]) => [code, new Set(words)]));

/** `du khách Hàn`, `doanh nghiệp Thái`: a pair-only form after words that call for a country. */
function hasPairOnlyContext(tokens: FieldTokens, first: number, code: string): boolean {
  const words = pairOnlyContext.get(code);
  return words !== undefined && (words.has(wordsBefore(tokens, first, 1)) || words.has(wordsBefore(tokens, first, 2)));
}

/** Confidence of one mention, or null when the mention is not a country here. */
function judgeMention(doc: AnalyzedText, match: GazetteerMatch, all: readonly GazetteerMatch[]): number | null {
  if (match.value.kind !== 'country') return null;
  const field = doc[match.field];
  const tokens = tokensOf(field);
  const context = hasPlaceContextBefore(tokens, match.first) || inParentheses(doc, match) || inPairWithVietnam(doc, match);
  switch (match.value.strength) {
    case 'full':
      // `chị Hà Lan`, `Nguyễn Thái Lan`: a given name that spells a country.
      if (!context && looksLikePersonName(field, tokens, match.first, match.last)) return null;
      return context ? 0.95 : 0.9;
    case 'place':
      // A foreign province or city (`Vân Nam`, `Viêng Chăn`) stands for its country, less surely than its name.
      return looksLikePersonName(field, tokens, match.first, match.last) || namesVietnamesePlace(tokens, match.first) ? null : 0.75;
    case 'pair':
      // `biên giới Việt - Trung` describes where a place lies; a partner is named in full elsewhere.
      if (wordsBefore(tokens, match.first - 1, 2) === 'biên giới' || wordsBefore(tokens, match.first - 2, 2) === 'biên giới') return null;
      if (inPair(doc, match, all)) return 0.85;
      // `doanh nghiệp Thái Hòa` is a company named after a person, not a Thai one.
      if (looksLikePersonName(field, tokens, match.first, match.last, true)) return null;
      return hasPairOnlyContext(tokens, match.first, match.value.code) ? 0.8 : null;
    case 'ambiguous': {
      if (looksLikePersonName(field, tokens, match.first, match.last, true)) return null;
      // `Anh`, `Ý`, `Áo` opening a sentence are far more often a pronoun or a word than a country.
      const opensSentence = startsSentence(field, tokens, match.first);
      const listed = /^ *[,-]/.test(gapBefore(field, tokens, match.last));
      if (opensSentence && !context && !listed && WORD_AT_SENTENCE_START.has(match.value.code)) return null;
      return context || inPair(doc, match, all) ? 0.9 : 0.7;
    }
  }
}

function evidenceOf(match: GazetteerMatch): Evidence {
  return match.evidence;
}

/** Country tags of one document, one per code, strongest first. */
export function tagCountries(doc: AnalyzedText): CountryTag[] {
  const matches = scanGazetteer(doc);
  const byCode = new Map<string, { confidence: number; evidence: Evidence[]; mentions: number }>();
  for (const match of matches) {
    const confidence = judgeMention(doc, match, matches);
    if (confidence === null || match.value.kind !== 'country') continue;
    const entry = byCode.get(match.value.code) ?? { confidence: 0, evidence: [], mentions: 0 };
    entry.confidence = Math.max(entry.confidence, confidence);
    entry.mentions++;
    if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidenceOf(match));
    byCode.set(match.value.code, entry);
  }
  return [...byCode.entries()]
    .map(([code, entry]) => ({
      code,
      confidence: Math.min(0.99, entry.confidence + (entry.mentions > 1 ? 0.04 : 0)),
      method: 'gazetteer' as const,
      evidence: entry.evidence,
    }))
    .sort((a, b) => b.confidence - a.confidence || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}
