import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { vietnameseTokenizer } from '../../classifiers/tokenize.ts';

// natural's shipped declarations pull in TypeScript sources that do not compile under this
// project's settings, so it is loaded through require with the members used here typed by hand.
interface Stemmer {
  tokenizeAndStem(text: string): string[];
}
const natural = createRequire(import.meta.url)('natural') as {
  WordTokenizer: new () => { tokenize(text: string): string[] };
  PorterStemmer: Stemmer;
  BayesClassifier: new (stemmer: Stemmer) => {
    addDocument(text: string, label: string): void;
    train(): void;
    classify(text: string): string;
  };
};

describe('the Vietnamese tokenizer with natural', () => {
  it('keeps Vietnamese letters whole where natural\'s default tokenizer shreds them', () => {
    const text = 'Đoàn đại biểu tỉnh Quảng Nam thăm Lào';
    expect(new natural.WordTokenizer().tokenize(text)).not.toContain('đoàn');
    expect(vietnameseTokenizer.tokenize(text)).toEqual(['đoàn', 'đại_biểu', 'tỉnh', 'quảng', 'nam', 'thăm', 'lào']);
  });

  it('serves as the tokenizer of a natural classifier', () => {
    // natural reads `stemmer.tokenizeAndStem`; give it the Vietnamese tokenizer instead of stemming.
    const stemmer = { ...natural.PorterStemmer, tokenizeAndStem: (text: string) => vietnameseTokenizer.tokenize(text) };
    const vi = new natural.BayesClassifier(stemmer);
    vi.addDocument('ký kết biên bản ghi nhớ hợp tác', 'agreement');
    vi.addDocument('hội thảo quốc tế về đối ngoại', 'conference');
    vi.train();
    expect(vi.classify('lễ ký kết biên bản ghi nhớ')).toBe('agreement');
  });
});
