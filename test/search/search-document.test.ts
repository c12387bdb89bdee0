import { describe, expect, it } from 'vitest';
import { foldSyllable, quoteLexeme, searchSyllables, searchVectors } from '../../storage/search/search-document.ts';

/** A literal as lexeme → positions, for readable expectations. */
function parse(literal: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const match of literal.matchAll(/'((?:[^']|'')*)':(\S+)/g)) entries[match[1]!.replaceAll("''", "'")] = match[2]!;
  return entries;
}

describe('search vectors of an article', () => {
  it('numbers syllables through title (A), sapo (B) and text (C), with a gap between fields', () => {
    const { accented, folded } = searchVectors({ title: 'Đà Nẵng hợp tác', sapo: 'Hợp tác giáo dục', text: 'Giáo dục Đà Nẵng' });
    expect(parse(accented)).toEqual({
      đà: '1A,13C',
      nẵng: '2A,14C',
      hợp: '3A,6B',
      tác: '4A,7B',
      giáo: '8B,11C',
      dục: '9B,12C',
    });
    expect(parse(folded)).toEqual({ da: '1A,13C', nang: '2A,14C', hop: '3A,6B', tac: '4A,7B', giao: '8B,11C', duc: '9B,12C' });
  });

  it('gives old-style tone placement, NFD input and capitals the lexemes of the modern NFC spelling', () => {
    const modern = searchVectors({ title: 'Khánh Hòa', sapo: '', text: 'thủy lợi' });
    const oldStyle = searchVectors({ title: 'KHÁNH HOÀ', sapo: '', text: 'thuỷ lợi' });
    const decomposed = searchVectors({ title: 'Khánh Hòa'.normalize('NFD'), sapo: '', text: 'thủy lợi'.normalize('NFD') });
    expect(oldStyle).toEqual(modern);
    expect(decomposed).toEqual(modern);
    expect(parse(modern.accented)).toHaveProperty('hòa');
  });

  it('keeps a word whole when an invisible joiner or soft hyphen sits inside it', () => {
    expect(searchSyllables('hợp\u200btác Quảng\u00adNinh')).toEqual(['hợptác', 'quảngninh']);
  });

  it('splits on punctuation and dashes, keeps digits, and folds đ to d', () => {
    expect(searchSyllables('COVID-19: Đoàn “hữu nghị” 2022')).toEqual(['covid', '19', 'đoàn', 'hữu', 'nghị', '2022']);
    expect(foldSyllable('đoàn')).toBe('doan');
    expect(foldSyllable('nghị')).toBe('nghi');
  });

  it('stays within what PostgreSQL accepts on very long and repetitive text', () => {
    const text = `${'hợp tác '.repeat(20_000)}${'x'.repeat(500)} cuối`;
    const { accented } = searchVectors({ title: '', sapo: '', text });
    const entries = parse(accented);
    expect(entries['hợp']!.split(',')).toHaveLength(256);
    // Past position 16,383 the last syllables are still there, at the last position.
    expect(entries['cuối']).toBe('16383C');
    // A 500-letter "syllable" is noise, not a word anyone searches for.
    expect(Object.keys(entries).some((lexeme) => lexeme.length > 100)).toBe(false);
  });

  it('quotes a lexeme safely for tsvector and tsquery input', () => {
    expect(quoteLexeme('hòa')).toBe("'hòa'");
    expect(quoteLexeme("o'neil\\")).toBe("'o''neil\\\\'");
  });

  it('gives an empty vector for an article with no words', () => {
    expect(searchVectors({ title: '', sapo: '— …', text: '' })).toEqual({ accented: '', folded: '' });
  });
});
