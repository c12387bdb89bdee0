/**
 * SQL twins of classifiers/normalize.ts, used by the first search migration (2026_11_23_200000),
 * whose trigger filled the index, and by the `down` of 2026_11_24_100000, which restores it. The
 * vectors are now computed in TypeScript (search-document.ts); these stay so that migration
 * history replays unchanged.
 *
 * `vn_search_norm(text)`: NFC, invisible joiners dropped, lower case, tone placement of `hòa`,
 * `thủy`, `khỏe` (the mark on the first vowel of a final `oa`, `oe`, `uy`; `quý` untouched).
 * `vn_search_fold(text)`: `vn_search_norm` without diacritics, `đ` → `d`.
 * Both are IMMUTABLE (no `unaccent`, whose dictionary lookup is not), so they may serve indexes.
 */

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const VOWELS = 'aăâeêioôơuưy';

/** Every lower-case Vietnamese letter (and a-z), NFC: the letters a syllable may continue with. */
function vietnameseLetters(): string {
  const letters = new Set<string>('abcdefghijklmnopqrstuvwxyzđ');
  for (const vowel of VOWELS) {
    letters.add(vowel);
    for (const tone of TONES) letters.add((vowel + tone).normalize('NFC'));
  }
  return [...letters].join('');
}

/** A string literal safe to embed in DDL (the values come from this file, never from input). */
function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** One regexp_replace per (first vowel, toned second vowel): `oà` → `òa` when the syllable ends there. */
function toneRewrites(): Array<{ pattern: string; replacement: string }> {
  const letters = vietnameseLetters();
  const rewrites: Array<{ pattern: string; replacement: string }> = [];
  const pairs: Array<[string, string, string]> = [
    ['o', 'a', ''],
    ['o', 'e', ''],
    ['u', 'y', '(?<!q)'],
  ];
  for (const [first, second, guard] of pairs) {
    for (const tone of TONES) {
      const toned = (second + tone).normalize('NFC');
      const moved = (first + tone).normalize('NFC');
      rewrites.push({ pattern: `${guard}${first}${toned}(?![${letters}])`, replacement: `${moved}${second}` });
    }
  }
  return rewrites;
}

/** `create or replace function` statements for `vn_search_norm`, `vn_search_unaccent` (folds text already normalised) and `vn_search_fold`. */
export function searchFunctionsSql(): string[] {
  const invisible = '\u200b\u200c\u200d\u2060\ufeff\u00ad';
  let rewritten = 't';
  for (const { pattern, replacement } of toneRewrites()) {
    rewritten = `regexp_replace(${rewritten}, ${literal(pattern)}, ${literal(replacement)}, 'g')`;
  }
  // Most text has no old-style placement; one cheap scan spares fifteen regexp passes.
  const anyOldStyle = literal('o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]');
  const invisibleClass = literal(`[${invisible}]`);
  return [
    `create or replace function vn_search_norm(s text) returns text language sql immutable parallel safe strict as $fn$
       select case when t ~ ${anyOldStyle} then ${rewritten} else t end
       from (select lower(case when s ~ ${invisibleClass} then translate(normalize(s, NFC), ${literal(invisible)}, '') else normalize(s, NFC) end) as t) as lowered
     $fn$`,
    // Decompose, drop the combining marks, đ → d: an order of magnitude faster than translate()
    // over every accented letter, which scans its whole character list for each input character.
    `create or replace function vn_search_unaccent(t text) returns text language sql immutable parallel safe strict as $fn$
       select replace(regexp_replace(normalize(t, NFD), ${literal('[\u0300-\u036f]')}, '', 'g'), 'đ', 'd')
     $fn$`,
    `create or replace function vn_search_fold(s text) returns text language sql immutable parallel safe strict as $fn$
       select vn_search_unaccent(vn_search_norm(s))
     $fn$`,
  ];
}
