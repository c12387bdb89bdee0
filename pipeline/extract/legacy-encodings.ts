/**
 * Vietnamese legacy font encodings: TCVN3 (the "ABC" fonts .VnTime, .VnArial…) and VNI (VNI-Times…).
 *
 * Pages typed with these fonts carry no charset of their own: the bytes are single-byte text that
 * browsers (and iconv) read as windows-1252 / latin-1, and only the font made them look Vietnamese.
 * So every function here takes the string *as decoded with latin-1 or windows-1252* and works on
 * those characters; the tables below are keyed by the latin-1 character of each byte.
 *
 * The tables are data; the code that reads them stays short (STYLE.md "Heuristics are data").
 */

/**
 * TCVN3 (TCVN 5712:1993, table VN3): one byte per letter. VN3 has lower-case toned letters and
 * only the seven untoned upper-case letters Ă Â Ê Ô Ơ Ư Đ; ABC fonts draw capitals with a separate
 * "H" font (.VnTimeH) over the lower-case codes, so an upper-case toned letter cannot be told
 * apart from its lower-case form once the font is gone and decodes as lower case.
 *
 * Keyed by the latin-1 character of the byte (`'\u00b5'` is byte 0xB5 → `à`).
 */
export const TCVN3_TABLE: Readonly<Record<string, string>> = Object.freeze({
  '\u00a1': 'Ă', '\u00a2': 'Â', '\u00a3': 'Ê', '\u00a4': 'Ô', '\u00a5': 'Ơ', '\u00a6': 'Ư', '\u00a7': 'Đ',
  '\u00a8': 'ă', '\u00a9': 'â', '\u00aa': 'ê', '\u00ab': 'ô', '\u00ac': 'ơ', '\u00ad': 'ư', '\u00ae': 'đ',
  '\u00b5': 'à', '\u00b6': 'ả', '\u00b7': 'ã', '\u00b8': 'á', '\u00b9': 'ạ',
  '\u00bb': 'ằ', '\u00bc': 'ẳ', '\u00bd': 'ẵ', '\u00be': 'ắ', '\u00c6': 'ặ',
  '\u00c7': 'ầ', '\u00c8': 'ẩ', '\u00c9': 'ẫ', '\u00ca': 'ấ', '\u00cb': 'ậ',
  '\u00cc': 'è', '\u00ce': 'ẻ', '\u00cf': 'ẽ', '\u00d0': 'é', '\u00d1': 'ẹ',
  '\u00d2': 'ề', '\u00d3': 'ể', '\u00d4': 'ễ', '\u00d5': 'ế', '\u00d6': 'ệ',
  '\u00d7': 'ì', '\u00d8': 'ỉ', '\u00dc': 'ĩ', '\u00dd': 'í', '\u00de': 'ị',
  '\u00df': 'ò', '\u00e1': 'ỏ', '\u00e2': 'õ', '\u00e3': 'ó', '\u00e4': 'ọ',
  '\u00e5': 'ồ', '\u00e6': 'ổ', '\u00e7': 'ỗ', '\u00e8': 'ố', '\u00e9': 'ộ',
  '\u00ea': 'ờ', '\u00eb': 'ở', '\u00ec': 'ỡ', '\u00ed': 'ớ', '\u00ee': 'ợ',
  '\u00ef': 'ù', '\u00f1': 'ủ', '\u00f2': 'ũ', '\u00f3': 'ú', '\u00f4': 'ụ',
  '\u00f5': 'ừ', '\u00f6': 'ử', '\u00f7': 'ữ', '\u00f8': 'ứ', '\u00f9': 'ự',
  '\u00fa': 'ỳ', '\u00fb': 'ỷ', '\u00fc': 'ỹ', '\u00fd': 'ý', '\u00fe': 'ỵ',
});

/**
 * VNI letters that take one byte of their own (ơ, ư, đ and the i/ỵ family). `í`, `ì`, `Í`, `Ì`
 * are the same character in VNI and latin-1, so they need no entry.
 */
export const VNI_SINGLE: Readonly<Record<string, string>> = Object.freeze({
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
  'Ô': 'Ơ', 'Ö': 'Ư', 'Ñ': 'Đ', 'Æ': 'Ỉ', 'Ó': 'Ĩ', 'Ò': 'Ị', 'Î': 'Ỵ',
});

/** One group of VNI diacritic bytes: which letters they may follow and the combining marks they add. */
export interface VniMarkGroup {
  /** Letters (as latin-1 characters, so `ô` is VNI's ơ) that this group's bytes attach to. */
  bases: string;
  /** Diacritic byte (latin-1 character) → Unicode combining marks it stands for. */
  marks: Readonly<Record<string, string>>;
}

const ACUTE = '\u0301';
const GRAVE = '\u0300';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';

/**
 * VNI writes a toned vowel as its base letter followed by one diacritic byte. The same byte means
 * different marks after different letters (`â` after a/e/o is the circumflex; `ê` after a is the
 * breve), and capitals use the capital form of the diacritic byte, so the groups list their bases.
 */
const MARK_GROUPS: VniMarkGroup[] = [
  {
    bases: 'aeouyôöAEOUYÔÖ',
    marks: {
      'ù': ACUTE, 'ø': GRAVE, 'û': HOOK, 'õ': TILDE, 'ï': DOT,
      'Ù': ACUTE, 'Ø': GRAVE, 'Û': HOOK, 'Õ': TILDE, 'Ï': DOT,
    },
  },
  {
    bases: 'aeoAEO',
    marks: {
      'â': CIRCUMFLEX, 'á': CIRCUMFLEX + ACUTE, 'à': CIRCUMFLEX + GRAVE, 'å': CIRCUMFLEX + HOOK,
      'ã': CIRCUMFLEX + TILDE, 'ä': CIRCUMFLEX + DOT,
      'Â': CIRCUMFLEX, 'Á': CIRCUMFLEX + ACUTE, 'À': CIRCUMFLEX + GRAVE, 'Å': CIRCUMFLEX + HOOK,
      'Ã': CIRCUMFLEX + TILDE, 'Ä': CIRCUMFLEX + DOT,
    },
  },
  {
    bases: 'aA',
    marks: {
      'ê': BREVE, 'é': BREVE + ACUTE, 'è': BREVE + GRAVE, 'ú': BREVE + HOOK, 'ü': BREVE + TILDE, 'ë': BREVE + DOT,
      'Ê': BREVE, 'É': BREVE + ACUTE, 'È': BREVE + GRAVE, 'Ú': BREVE + HOOK, 'Ü': BREVE + TILDE, 'Ë': BREVE + DOT,
    },
  },
];

/** See {@link VniMarkGroup}: the groups in the order the decoder tries them. */
export const VNI_MARK_GROUPS: readonly VniMarkGroup[] = Object.freeze(MARK_GROUPS);

/** `base + diacritic byte` → Unicode letter, built once from the groups. */
const VNI_PAIRS: ReadonlyMap<string, string> = buildVniPairs();

const TCVN3_CHAR = new RegExp(`[${Object.keys(TCVN3_TABLE).join('')}]`, 'g');

/** Every valid pair, then the single letters: alternation order makes a pair win over its first byte alone. */
const VNI_UNIT = new RegExp(`${[...VNI_PAIRS.keys()].join('|')}|[${Object.keys(VNI_SINGLE).join('')}]`, 'g');

function buildVniPairs(): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const group of VNI_MARK_GROUPS) {
    for (const base of group.bases) {
      const letter = VNI_SINGLE[base] ?? base;
      for (const [byte, marks] of Object.entries(group.marks)) {
        pairs.set(base + byte, (letter + marks).normalize('NFC'));
      }
    }
  }
  return pairs;
}

/**
 * Convert TCVN3 (ABC) text, read as latin-1 / windows-1252, to Unicode NFC. Characters outside the
 * table (ASCII, markup) pass through unchanged. Capital toned letters come out lower case (see
 * {@link TCVN3_TABLE}).
 */
export function decodeTcvn3(text: string): string {
  return text.replace(TCVN3_CHAR, (char) => TCVN3_TABLE[char] ?? char).normalize('NFC');
}

/**
 * Convert VNI text, read as latin-1 / windows-1252, to Unicode NFC. A diacritic byte joins the
 * letter before it when the pair is valid VNI; anything else passes through unchanged.
 */
export function decodeVni(text: string): string {
  return text.replace(VNI_UNIT, (unit) => VNI_PAIRS.get(unit) ?? VNI_SINGLE[unit] ?? unit).normalize('NFC');
}

/**
 * Letters of real Unicode Vietnamese that latin-1 lacks: if a text has them it was decoded
 * correctly already and is not legacy-encoded.
 */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|[a-zA-Z][\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A UTF-8 multi-byte sequence seen through latin-1 / windows-1252 (`Ã¡` for á, `á»‡` for ệ).
 * windows-1252 shows some continuation bytes (0x80–0x9F) as other characters, so they count too.
 */
const CONTINUATION = '[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
const UTF8_SEQUENCE = new RegExp(
  `[\u00c2-\u00df]${CONTINUATION}|[\u00e0-\u00ef]${CONTINUATION}{2}|[\u00f0-\u00f4]${CONTINUATION}{3}`,
  'g',
);

/** Word breaks: ASCII whitespace, controls and punctuation, and the Unicode spaces `\s` knows. TCVN3 letters are latin-1 symbols, so `\p{L}` would split them. */
function isBreak(code: number): boolean {
  if (code < 0x80) return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
  if (code < 0x1680) return code === 0xa0;
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Calls `visit` with every word that has a non-ASCII character; linear in the text, whatever its shape. */
function forEachNonAsciiWord(text: string, visit: (word: string) => void): void {
  let start = 0;
  let nonAscii = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isBreak(code)) {
      if (nonAscii) visit(text.slice(start, i));
      start = i + 1;
      nonAscii = false;
    } else if (code >= 0x80) {
      nonAscii = true;
    }
  }
}

const ASCII_LETTER = /[a-zA-Z]/;

/** TCVN3 letters that latin-1 shows as symbols (§ µ ¸ ¹ ½ …): inside a word they are the giveaway. */
const TCVN3_SYMBOL = new RegExp(
  `[${Object.keys(TCVN3_TABLE)
    .filter((char) => char < '\u00c0')
    .join('')}]`,
);

const VNI_PAIR = new RegExp(
  VNI_MARK_GROUPS.map((group) => `[${group.bases}][${Object.keys(group.marks).join('')}]`).join('|'),
);

/** How strongly a text looks like one legacy encoding. */
export interface LegacyScore {
  /** Words (with a non-ASCII character) that carry the encoding's characteristic pattern. */
  hits: number;
  /** Words with at least one non-ASCII character. */
  nonAsciiWords: number;
  /** Characters that only correctly decoded Unicode Vietnamese has. */
  unicodeVietnamese: number;
  /** UTF-8 byte sequences read as single bytes: the text is UTF-8 decoded wrongly, not a legacy encoding. */
  utf8Sequences: number;
  /** hits / nonAsciiWords, 0 when there are none. */
  ratio: number;
}

/** Both encodings' scores from one pass over the words that have a non-ASCII character. */
function scoreBoth(text: string): { tcvn3: LegacyScore; vni: LegacyScore } {
  if (text === lastText && lastScores) return lastScores;
  let tcvn3Hits = 0;
  let vniHits = 0;
  let nonAsciiWords = 0;
  forEachNonAsciiWord(text, (word) => {
    nonAsciiWords++;
    if (ASCII_LETTER.test(word) && TCVN3_SYMBOL.test(word)) tcvn3Hits++;
    if (VNI_PAIR.test(word)) vniHits++;
  });
  const unicodeVietnamese = text.match(UNICODE_VIETNAMESE)?.length ?? 0;
  const utf8Sequences = text.match(UTF8_SEQUENCE)?.length ?? 0;
  const score = (hits: number): LegacyScore => ({
    hits,
    nonAsciiWords,
    unicodeVietnamese,
    utf8Sequences,
    ratio: nonAsciiWords === 0 ? 0 : hits / nonAsciiWords,
  });
  lastText = text;
  lastScores = { tcvn3: score(tcvn3Hits), vni: score(vniHits) };
  return lastScores;
}

// Callers ask looksLikeTcvn3 then looksLikeVni about the same sample: score it once.
let lastText: string | undefined;
let lastScores: { tcvn3: LegacyScore; vni: LegacyScore } | undefined;

/** Score a text for TCVN3: words mixing ASCII letters with the latin-1 symbols TCVN3 uses as letters (`vµ`, `n½ng`). */
export function scoreTcvn3(text: string): LegacyScore {
  return scoreBoth(text).tcvn3;
}

/** Score a text for VNI: words holding a vowel followed by a VNI diacritic byte (`Vieät`, `laø`). */
export function scoreVni(text: string): LegacyScore {
  return scoreBoth(text).vni;
}

/**
 * Thresholds, measured on sentences encoded by the test encoders: Vietnamese in VNI puts a pair
 * in ~90% of its non-ASCII words and TCVN3 a symbol in ~40%; French, Spanish or German decoded as
 * latin-1 reach at most ~20% for VNI (`où`, `goût`, `aún`) and 0 for TCVN3; English and Unicode
 * Vietnamese have none.
 */
const MIN_HITS = 3;
/** TCVN3: only the words with ă â ê ô ơ ư đ or an a-tone carry a symbol, about 40% of accented words. */
const MIN_RATIO_TCVN3 = 0.25;
/** VNI: nearly every accented word has a pair; French reaches 0.2 on `où`/`août`/`goût`. */
const MIN_RATIO_VNI = 0.5;

function passes(score: LegacyScore, minRatio: number): boolean {
  // Two toned letters side by side (what a UTF-8 sequence would be in TCVN3 or VNI) hardly occur
  // in Vietnamese, so even a few sequences per hit mean mis-decoded UTF-8.
  return (
    score.hits >= MIN_HITS &&
    score.ratio >= minRatio &&
    score.unicodeVietnamese < score.hits &&
    score.utf8Sequences * 4 < score.hits
  );
}

/** True when a latin-1 / windows-1252 decoded text reads as TCVN3 (ABC font) Vietnamese. */
export function looksLikeTcvn3(text: string): boolean {
  const tcvn3 = scoreTcvn3(text);
  return passes(tcvn3, MIN_RATIO_TCVN3) && tcvn3.hits >= scoreVni(text).hits;
}

/** True when a latin-1 / windows-1252 decoded text reads as VNI font Vietnamese. */
export function looksLikeVni(text: string): boolean {
  const vni = scoreVni(text);
  return passes(vni, MIN_RATIO_VNI) && vni.hits > scoreTcvn3(text).hits;
}

/** Legacy encodings this module converts. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Which legacy encoding a latin-1 / windows-1252 decoded text is in, or null for ordinary text.
 * When both patterns pass, the one with more hits wins.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const tcvn3 = scoreTcvn3(text);
  const vni = scoreVni(text);
  if (passes(tcvn3, MIN_RATIO_TCVN3) && tcvn3.hits >= vni.hits) return 'tcvn3';
  if (passes(vni, MIN_RATIO_VNI) && vni.hits > tcvn3.hits) return 'vni';
  return null;
}

/** Convert text in the given legacy encoding to Unicode NFC. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text);
}

/**
 * windows-1258 writes tones as separate combining characters after the letter (iconv-lite keeps
 * them so), so decoded text must be composed before any matching.
 */
export function normalizeWindows1258(text: string): string {
  return text.normalize('NFC');
}
