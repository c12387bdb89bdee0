import { foldDiacritics, normalizeTonePlacement } from '../../classifiers/normalize.ts';
import { boundedMemo } from '../../pipeline/bounded-memo.ts';
import { forEachWord } from '../../pipeline/word-chars.ts';

/**
 * The full-text index of an article, computed here rather than in a database trigger: one
 * TypeScript pass costs a fraction of PostgreSQL's `to_tsvector` over SQL-normalised text (about
 * 5 ms of server time per article, which capped storage at a few hundred upserts per second), and
 * the query side (search-sql.ts) builds its `tsquery` from the same {@link searchSyllables}, so a
 * document and a query always agree on what a syllable is.
 *
 * A syllable is a maximal run of letters and digits of the text in NFC, lower case, with one tone
 * placement (`hoà` = `hòa`). The accented vector keeps it as it is; the
 * folded one drops the diacritics (`đ` → `d`). Positions run through title (weight A), sapo (B)
 * and text (C), with a gap between fields so that a phrase never spans two of them.
 */

export interface SearchFields {
  title: string;
  sapo: string;
  text: string;
}

/** `tsvector` literals, ready for a `::tsvector` cast. */
export interface SearchVectors {
  accented: string;
  folded: string;
}

const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;

// PostgreSQL's limits: positions up to 16,383, at most 256 positions per lexeme, lexemes under
// 2 KB and a whole vector under 1 MB. Text past them is still findable, just not by position.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_SYLLABLE_LENGTH = 100;
const MAX_LEXEMES = 40_000;

/**
 * What the syllables are cut from: NFC, invisible joiners dropped (they would split a word),
 * lower case, one tone placement. Quotes, dashes and spaces, which `normalizeText` also rewrites,
 * never touch a letter, so they are left alone here.
 */
function searchableText(text: string): string {
  const nfc = text.normalize('NFC');
  INVISIBLE.lastIndex = 0;
  const visible = INVISIBLE.test(nfc) ? nfc.replace(INVISIBLE, '') : nfc;
  return normalizeTonePlacement(visible.toLowerCase());
}

/** The syllables of a text as the index sees them (normalised, lower case, accents kept). */
export function searchSyllables(text: string): string[] {
  const searchable = searchableText(text);
  const syllables: string[] = [];
  forEachWord(searchable, (start, end) => syllables.push(searchable.slice(start, end)));
  return syllables;
}

/**
 * A syllable without diacritics, as stored in the folded vector. Syllables repeat endlessly across
 * articles; folding each once per process saves most of the work.
 */
export const foldSyllable: (syllable: string) => string = boundedMemo(foldDiacritics, 200_000);

const WEIGHTS = ['A', 'B', 'C'] as const;

/** Lexeme → positions, each stored as `position * 4 + weight index` until the literal is written. */
class VectorBuilder {
  private readonly lexemes = new Map<string, number[]>();

  add(lexeme: string, code: number): void {
    let positions = this.lexemes.get(lexeme);
    if (positions === undefined) {
      if (this.lexemes.size >= MAX_LEXEMES) return;
      positions = [code];
      this.lexemes.set(lexeme, positions);
    } else if (positions.length < MAX_POSITIONS_PER_LEXEME) {
      positions.push(code);
    }
  }

  /**
   * Joined from an array, not grown by `+=`: that builds a tree of thousands of string pieces per
   * article, which survive until the chunk is serialised and then cost JSON.stringify far more than
   * they saved (bench flow: 667 against 408 µs an article).
   */
  literal(): string {
    const parts: string[] = [];
    for (const [lexeme, positions] of this.lexemes) {
      parts.push(parts.length ? ` ${lexemeHead(lexeme)}` : lexemeHead(lexeme));
      parts.push(positionText(positions[0] as number));
      for (let k = 1; k < positions.length; k++) parts.push(`,${positionText(positions[k] as number)}`);
    }
    return parts.join('');
  }
}

// The literal repeats the same lexemes and positions article after article: each is quoted or
// written out once per process.
const lexemeHead = boundedMemo((lexeme) => `${quoteLexeme(lexeme)}:`, 200_000);
const positionTexts: string[] = Array.from({ length: (MAX_POSITION + 1) * 4 }, () => '');

/**
 * `12C`: the position and weight of a code. Past the last position every syllable lands on it;
 * PostgreSQL merges the repeats on input.
 */
function positionText(code: number): string {
  const index = Math.min(code >> 2, MAX_POSITION) * 4 + (code & 3);
  let text = positionTexts[index] as string;
  if (text === '') {
    text = `${index >> 2}${WEIGHTS[index & 3]}`;
    positionTexts[index] = text;
  }
  return text;
}

/** A lexeme quoted for `tsvector`/`tsquery` input (syllables hold no quotes, but input is input). */
export function quoteLexeme(lexeme: string): string {
  return lexeme.includes("'") || lexeme.includes('\\') ? `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${lexeme}'`;
}

/** The accented and folded `tsvector` literals of an article. */
export function searchVectors(fields: SearchFields): SearchVectors {
  const accented = new VectorBuilder();
  const folded = new VectorBuilder();
  let position = 0;
  const values = [fields.title, fields.sapo, fields.text];
  for (let weight = 0; weight < values.length; weight++) {
    const value = values[weight];
    if (!value) continue;
    const text = searchableText(value);
    forEachWord(text, (start, end) => {
      position++;
      if (end - start > MAX_SYLLABLE_LENGTH) return;
      const syllable = text.slice(start, end);
      const code = position * 4 + weight;
      accented.add(syllable, code);
      folded.add(foldSyllable(syllable), code);
    });
    // A gap between fields: a phrase never runs from the title into the sapo.
    position++;
  }
  return { accented: accented.literal(), folded: folded.literal() };
}
