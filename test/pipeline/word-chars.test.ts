import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../pipeline/seeded-random.ts';
import { forEachWord } from '../../pipeline/word-chars.ts';

function words(text: string): string[] {
  const found: string[] = [];
  forEachWord(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

// Pieces a real page can hold: Vietnamese letters composed and decomposed, digits of other
// scripts, letters outside the BMP, emoji, lone surrogates, joiners and punctuation.
const PIECES = [
  'Đà', 'Nẵng', 'hợp', 'tác', 'Tha\u0301i', 'x\u0301', '2025', '٣', '𝐀𝐁', '𠀀', '😀', '\ud800', '\udc00',
  '\u200b', '\u00ad', ' ', '-', '–', '.', ',', "'", '\n', 'A', 'z', '9', 'ß', 'ǅ', 'Ⅻ',
];

describe('words for the fingerprint and the search index', () => {
  it('are the runs of letters and digits a Unicode regular expression finds', () => {
    const next = seededRandom(7);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(next() * 30);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(words(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    }
  });

  it('split Vietnamese text at spaces and punctuation, keeping every letter of a syllable', () => {
    expect(words('Thành phố Hồ Chí Minh – TP.HCM, 2025')).toEqual(['Thành', 'phố', 'Hồ', 'Chí', 'Minh', 'TP', 'HCM', '2025']);
  });
});
