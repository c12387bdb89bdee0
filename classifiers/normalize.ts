/**
 * Vietnamese text normalisation: Unicode NFC, one tone-mark placement, plain quotes and dashes,
 * and a diacritic-free fold. Matching always runs on normalised text; evidence offsets are mapped
 * back to the original text through `NormalizedField.toOriginal`, so NFD input (longer than its
 * NFC form) still highlights the right characters.
 *
 * Tone placement: we use the placement of `hòa`, `thủy`, `khỏe` (the mark on the first vowel of a
 * final `oa`, `oe`, `uy`), which is also how the official province names are written
 * (`Khánh Hòa`, `Hòa Bình`). `hoà`, `thuỷ`, `khoẻ` are rewritten to it; `quý` is left alone because
 * the `u` of `qu` belongs to the consonant.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Characters replaced one for one before matching. */
const CHAR_SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u0060': "'", '\u00b4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\ufe63': '-', '\uff0d': '-',
  '\u00a0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ', '\u2006': ' ',
  '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u205f': ' ', '\u3000': ' ', '\t': ' ',
  '\r': ' ', '\u2028': '\n', '\u2029': '\n',
};

/** Characters dropped: invisible joiners and soft hyphens that would split a syllable. */
const DROPPED = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

/** Combining marks that attach to the character before them (NFD tone and vowel marks among them). */
function isCombining(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

// `oà`/`oè` at the end of a syllable, and `uỳ` not after `q`: move the tone to the first vowel.
const TONED_A_E = 'àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ'.normalize('NFC');
const TONED_Y = 'ỳýỷỹỵỲÝỶỸỴ'.normalize('NFC');
const OA_OE_TONE = new RegExp(`([oO])([${TONED_A_E}])(?![\\p{L}\\p{M}])`, 'gu');
const UY_TONE = new RegExp(`(?<![qQ])([uU])([${TONED_Y}])(?![\\p{L}\\p{M}])`, 'gu');

function moveTone(_match: string, first: string, second: string): string {
  const parts = [...second.normalize('NFD')];
  const tone = parts.find((ch) => TONE_MARKS.has(ch)) ?? '';
  const bare = parts.filter((ch) => !TONE_MARKS.has(ch)).join('');
  return (first + tone).normalize('NFC') + bare.normalize('NFC');
}

/** Rewrites old-style tone placement (`hoà`, `thuỷ`) to the one we match on (`hòa`, `thủy`). Same length in, same length out (NFC). */
export function normalizeTonePlacement(nfc: string): string {
  return nfc.replace(OA_OE_TONE, moveTone).replace(UY_TONE, moveTone);
}

const foldCache = new Map<string, string>();

/** One NFC character without its diacritics, `đ` → `d`, lower case; always one character. */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    folded = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded.length !== 1) folded = lower.length === 1 ? lower : ch;
    foldCache.set(ch, folded);
  }
  return folded;
}

function lowerChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/**
 * Text for display and storage: NFC, one tone placement, plain quotes and dashes, collapsed spaces
 * (line breaks are kept, one per paragraph), trimmed. Case is kept.
 */
export function normalizeText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (DROPPED.has(ch)) continue;
    out += CHAR_SUBSTITUTES[ch] ?? ch;
  }
  return normalizeTonePlacement(out.normalize('NFC'))
    .replace(/ +/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
}

/** Diacritic-free, lower-case form for matching and search: `Đắk Lắk` → `dak lak`. */
export function foldDiacritics(s: string): string {
  let out = '';
  for (const ch of normalizeTonePlacement(s.normalize('NFC'))) out += foldChar(ch);
  return out;
}

/**
 * One field of an article (title or body), normalised for matching, with a map back to the
 * original. `cased`, `normalized` and `folded` have the same length, one character per character;
 * `toOriginal` turns a span of them into a span of `original`.
 */
export interface NormalizedField {
  original: string;
  /** NFC, tone-normalised, plain quotes/dashes/spaces, case kept. */
  cased: string;
  /** `cased` in lower case. */
  normalized: string;
  /** `normalized` without diacritics (`đ` → `d`). */
  folded: string;
  toOriginal(start: number, end: number): { start: number; end: number };
}

const SUBSTITUTED = new RegExp(`[${Object.keys(CHAR_SUBSTITUTES).join('')}]`, 'g');
const DROPPED_ANY = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower case, one character for one (a character whose lower case is longer stays as it is). */
function lowerSameLength(cased: string): string {
  const lower = cased.toLowerCase();
  if (lower.length === cased.length) return lower;
  let out = '';
  for (let k = 0; k < cased.length; k++) out += lowerChar(cased[k] ?? '');
  return out;
}

/** Diacritic-free, one character for one. */
function foldSameLength(lower: string): string {
  return foldByTable(lower) ?? foldByNormalizing(lower);
}

function foldByNormalizing(lower: string): string {
  const folded = lower.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
  if (folded.length === lower.length) return folded;
  let out = '';
  for (let k = 0; k < lower.length; k++) out += foldChar(lower[k] ?? '');
  return out;
}

/**
 * Code units whose fold the table may hold: Latin (with Vietnamese), general punctuation and
 * currency signs. Each is a starter whose decomposition puts its marks right after it, so folding
 * it alone gives what {@link foldByNormalizing} gives for the whole text.
 */
const FOLD_TABLE_END = 0x20c0;
const inFoldTable = (c: number): boolean => c < 0x250 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c < FOLD_TABLE_END);
/** Fold of each code unit plus one; 0 not computed yet, 0xffff a fold that is not one character. */
const foldTable = new Uint16Array(FOLD_TABLE_END);
const NOT_ONE = 0xffff;
let foldScratch = new Uint16Array(1024);

/**
 * The fold of text made only of such code units, by table: the same result as decomposing the whole
 * text (NFD), dropping the marks and `đ` → `d`, without those three passes over every article body.
 * null when the text holds anything else (Greek, CJK, a stray combining mark), for the full path.
 */
function foldByTable(lower: string): string | null {
  const n = lower.length;
  if (foldScratch.length < n) foldScratch = new Uint16Array(n);
  const out = foldScratch;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) {
      out[i] = c;
      continue;
    }
    if (!inFoldTable(c)) return null;
    let entry = foldTable[c]!;
    if (entry === 0) {
      const folded = String.fromCharCode(c).normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd');
      foldTable[c] = entry = folded.length === 1 ? folded.charCodeAt(0) + 1 : NOT_ONE;
    }
    if (entry === NOT_ONE) return null;
    out[i] = entry - 1;
  }
  let text = '';
  for (let i = 0; i < n; i += 4096) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return text;
}

function buildField(original: string, cased: string, map: { starts: number[]; ends: number[] } | null): NormalizedField {
  const normalized = lowerSameLength(cased);
  return {
    original,
    cased,
    normalized,
    folded: foldSameLength(normalized),
    toOriginal(start: number, end: number) {
      if (!map) return { start, end: Math.max(start, end) };
      const { starts, ends } = map;
      if (end <= start) {
        const at = start < starts.length ? (starts[start] ?? original.length) : original.length;
        return { start: at, end: at };
      }
      return { start: starts[start] ?? original.length, end: ends[end - 1] ?? original.length };
    },
  };
}

/** Normalises one field and keeps the offset map (NFD input is longer than its NFC form). */
export function normalizeField(original: string): NormalizedField {
  // Fast path: NFC text without invisible characters keeps every offset.
  if (original.normalize('NFC') === original && !DROPPED_ANY.test(original)) {
    const substituted = original.replace(SUBSTITUTED, (ch) => CHAR_SUBSTITUTES[ch] ?? ch);
    return buildField(original, normalizeTonePlacement(substituted), null);
  }
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    // A cluster: one code point and the combining marks after it.
    const cp = original.codePointAt(i) ?? 0;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < original.length && isCombining(original.charCodeAt(j))) j++;
    const cluster = j - i === 1 ? (original[i] ?? '') : original.slice(i, j).normalize('NFC');
    for (const unit of cluster) {
      if (DROPPED.has(unit)) continue;
      const sub = CHAR_SUBSTITUTES[unit] ?? unit;
      for (let k = 0; k < sub.length; k++) {
        chars.push(sub[k] ?? '');
        starts.push(i);
        ends.push(j);
      }
    }
    i = j;
  }
  return buildField(original, normalizeTonePlacement(chars.join('')), { starts, ends });
}
