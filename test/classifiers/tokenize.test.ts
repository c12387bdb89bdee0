import natural from 'natural';
import { describe, expect, it } from 'vitest';
import { vietnameseTokenizer } from '../../classifiers/tokenize.ts';

describe('the Vietnamese tokenizer with natural', () => {
  it('keeps Vietnamese letters whole where natural\'s default tokenizer shreds them', () => {
    const text = 'Đoàn đại biểu tỉnh Quảng Nam thăm Lào';
    expect(new natural.WordTokenizer().tokenize(text)).not.toContain('đoàn');
    expect(vietnameseTokenizer.tokenize(text)).toEqual(['đoàn', 'đại_biểu', 'tỉnh', 'quảng', 'nam', 'thăm', 'lào']);
  });

  it('serves as the tokenizer of a natural classifier', () => {
    // natural reads `stemmer.tokenizeAndStem`; give it the Vietnamese tokenizer instead of stemming.
    const stemmer = { ...natural.PorterStemmer, tokenizeAndStem: (text: string) => vietnameseTokenizer.tokenize(text) };
    const vi = new natural.BayesClassifier(stemmer as typeof natural.PorterStemmer);
    vi.addDocument('ký kết biên bản ghi nhớ hợp tác', 'agreement');
    vi.addDocument('hội thảo quốc tế về đối ngoại', 'conference');
    vi.train();
    expect(vi.classify('lễ ký kết biên bản ghi nhớ')).toBe('agreement');
  });
});
