/**
 * What a word is made of, for the fingerprint and the search index alike: letters and digits
 * (Unicode `\p{L}` and `\p{N}`). Both scan every character of every article, where a regular
 * expression per word costs several times a table lookup per character.
 */

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

// Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 not.
const bmpTable = new Uint8Array(0x10000);

/** Whether the code point is a letter or a digit. */
export function isWordCodePoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  let known = bmpTable[code] as number;
  if (known === 0) {
    // A lone surrogate is no letter, as in a `u` regular expression.
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    bmpTable[code] = known;
  }
  return known === 1;
}

/**
 * Calls `visit(start, end)` for every maximal run of letters and digits in `text` (UTF-16 offsets),
 * the runs `/[\p{L}\p{N}]+/gu` would match.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isWordCodePoint(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) visit(start, length);
}
