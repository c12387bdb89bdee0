import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../../classifiers/match-phrases.ts';
import { normalizeField } from '../../classifiers/normalize.ts';
import { VietnameseTokenizer, syllables } from '../../classifiers/tokenize.ts';

const matcher = compilePhrases([
  { phrase: 'Anh', value: 'GB', caseSensitive: true },
  { phrase: 'Khánh Hòa', value: 'khanh-hoa' },
  { phrase: 'Bà Rịa - Vũng Tàu', value: 'ba-ria-vung-tau' },
  { phrase: 'Dak Lak', value: 'dak-lak', folded: true },
  { phrase: 'TP HCM', value: 'ho-chi-minh' },
  { phrase: 'Thái Lan', value: 'TH' },
  { phrase: 'Thái', value: 'thai' },
]);

function values(text: string): string[] {
  return matcher.find(normalizeField(text), 'body').map((m) => m.value);
}

describe('compilePhrases', () => {
  it.each([
    ['a phrase does not match inside a word', 'Ông Thanh về quê', []],
    ['a case-sensitive phrase needs its capital', 'anh ấy sang Anh học', ['GB']],
    ['an all-capital title still matches a case-sensitive phrase', 'HỢP TÁC VỚI ANH', ['GB']],
    ['the old tone placement matches the new one', 'tỉnh Khánh Hoà', ['khanh-hoa']],
    ['a dash between syllables may be an en dash', 'Bà Rịa – Vũng Tàu', ['ba-ria-vung-tau']],
    ['a folded phrase matches the diacritic-free spelling', 'Dak Lak', ['dak-lak']],
    ['a folded phrase does not match a word with other diacritics', 'Đắk Lắk', []],
    ['a dot joins an abbreviation', 'TP.HCM', ['ho-chi-minh']],
    ['the longest phrase wins at a position', 'Thái Lan', ['TH']],
    ['a phrase does not run across a comma', 'Thái, Lan', ['thai']],
    ['a phrase does not run across a line break', 'Bà Rịa\nVũng Tàu', []],
  ])('%s', (_name, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives evidence offsets into the original NFD text', () => {
    const original = 'Đoàn công tác tỉnh Khánh Hoà'.normalize('NFD');
    const [match] = matcher.find(normalizeField(original), 'title');
    expect(match?.evidence.field).toBe('title');
    expect(original.slice(match?.evidence.start, match?.evidence.end)).toBe(match?.evidence.text);
    expect(match?.evidence.text.normalize('NFC')).toBe('Khánh Hoà');
  });
});

describe('tokenizer', () => {
  it('cuts syllables with offsets', () => {
    expect(syllables('Sở Ngoại vụ, 2022')).toEqual([
      { text: 'Sở', start: 0, end: 2 },
      { text: 'Ngoại', start: 3, end: 8 },
      { text: 'vụ', start: 9, end: 11 },
      { text: '2022', start: 13, end: 17 },
    ]);
  });

  it('joins dictionary words by longest match and keeps Vietnamese letters whole', () => {
    const tokenizer = new VietnameseTokenizer(['đại biểu', 'hợp tác', 'đối ngoại', 'sở ngoại vụ']);
    expect(tokenizer.tokenize('Đoàn đại biểu Sở Ngoại vụ hợp tác đối ngoại')).toEqual([
      'đoàn', 'đại_biểu', 'sở_ngoại_vụ', 'hợp_tác', 'đối_ngoại',
    ]);
  });

  it('gives the same tokens for NFD input and old tone marks', () => {
    const tokenizer = new VietnameseTokenizer(['hòa bình']);
    expect(tokenizer.tokenize('Hoà bình'.normalize('NFD'))).toEqual(['hòa_bình']);
  });
});

describe('several matchers on one text', () => {
  it('finds the phrases of a matcher compiled after the text was scanned by another', () => {
    const field = normalizeField('Đoàn đại biểu tỉnh Lâm Đồng thăm Hàn Quốc');
    const places = compilePhrases([{ phrase: 'Lâm Đồng', value: 'place' }]);
    expect(places.find(field, 'body').map((m) => m.evidence.text)).toEqual(['Lâm Đồng']);
    const visits = compilePhrases([{ phrase: 'đoàn đại biểu', value: 'visit' }, { phrase: 'thăm', value: 'visit' }]);
    expect(visits.find(field, 'body').map((m) => m.evidence.text)).toEqual(['Đoàn đại biểu', 'thăm']);
    expect(places.find(field, 'body').map((m) => m.evidence.text)).toEqual(['Lâm Đồng']);
  });
});
