/**
 * Vietnamese tokenisation. Vietnamese writes one syllable per space-separated unit, and a word is
 * often two or three syllables (`hợp tác`, `đối ngoại`), so a tokenizer gives syllables and joins the
 * multi-syllable words of a dictionary by longest match (`hợp_tác`). natural's default tokenizers
 * shred Vietnamese letters; every natural classifier in this project is given `vietnameseTokenizer`.
 */
import { VIETNAMESE_WORDS } from './data/vi-words.ts';
import { normalizeField } from './normalize.ts';

/** One syllable: a run of letters and digits, with its span in the text it was cut from. */
export interface Syllable {
  text: string;
  start: number;
  end: number;
}

const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

/** Syllables (runs of letters, marks and digits) of `text`, with offsets into `text`. */
export function syllables(text: string): Syllable[] {
  const out: Syllable[] = [];
  for (const match of text.matchAll(SYLLABLE)) {
    out.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Longest number of syllables in a dictionary word, to bound the look-ahead. */
interface WordDictionary {
  byFirst: Map<string, string[][]>;
}

function compileDictionary(words: readonly string[]): WordDictionary {
  const byFirst = new Map<string, string[][]>();
  for (const word of words) {
    const parts = syllables(normalizeField(word).normalized).map((s) => s.text);
    const first = parts[0];
    if (parts.length < 2 || first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push(parts);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

export interface TokenizeOptions {
  /** Also emit the syllables of each joined word (`hợp_tác`, `hợp`, `tác`). Default false. */
  keepSyllables?: boolean;
}

/**
 * A tokenizer with natural's interface (`tokenize(text): string[]`): lower-case, NFC,
 * tone-normalised syllables, with dictionary words joined by `_`.
 */
export class VietnameseTokenizer {
  private readonly dictionary: WordDictionary;
  private readonly keepSyllables: boolean;

  constructor(words: readonly string[] = VIETNAMESE_WORDS, options: TokenizeOptions = {}) {
    this.dictionary = compileDictionary(words);
    this.keepSyllables = options.keepSyllables ?? false;
  }

  tokenize(text: string): string[] {
    const parts = syllables(normalizeField(text).normalized).map((s) => s.text);
    const out: string[] = [];
    let i = 0;
    while (i < parts.length) {
      const first = parts[i] ?? '';
      const candidates = this.dictionary.byFirst.get(first);
      let taken = 1;
      if (candidates) {
        for (const word of candidates) {
          if (word.every((syl, k) => parts[i + k] === syl)) {
            taken = word.length;
            break;
          }
        }
      }
      if (taken > 1) {
        const slice = parts.slice(i, i + taken);
        out.push(slice.join('_'));
        if (this.keepSyllables) out.push(...slice);
      } else {
        out.push(first);
      }
      i += taken;
    }
    return out;
  }
}

/** The shared tokenizer: give it to natural's classifiers and TfIdf. */
export const vietnameseTokenizer = new VietnameseTokenizer();
