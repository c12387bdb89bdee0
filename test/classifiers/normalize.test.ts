import { describe, expect, it } from 'vitest';
import { foldDiacritics, normalizeField, normalizeText } from '../../classifiers/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Thuỵ Điển', 'Thụy Điển'],
    ['sức khoẻ', 'sức khỏe'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['quý khách', 'quý khách'],
    ['Hoàng Sa', 'Hoàng Sa'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
  ])('puts the tone mark of %s where we match it', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('turns NFD into NFC and unifies quotes, dashes and spaces', () => {
    expect(normalizeText('“Bà Rịa – Vũng\u00a0Tàu”  ').normalize('NFD')).toBe('"Bà Rịa - Vũng Tàu"'.normalize('NFD'));
    expect(normalizeText('Đà Nẵng'.normalize('NFD'))).toBe('Đà Nẵng');
  });
});

describe('foldDiacritics', () => {
  it('drops diacritics, maps đ to d and lower-cases', () => {
    expect(foldDiacritics('Đắk Lắk')).toBe('dak lak');
    expect(foldDiacritics('Thuỷ Điển'.normalize('NFD'))).toBe('thuy dien');
  });
});

describe('normalizeField', () => {
  it('keeps cased, normalized and folded the same length', () => {
    const field = normalizeField('Sở Ngoại vụ tỉnh Khánh Hoà'.normalize('NFD'));
    expect(field.normalized.length).toBe(field.cased.length);
    expect(field.folded.length).toBe(field.cased.length);
    expect(field.normalized).toBe('sở ngoại vụ tỉnh khánh hòa');
    expect(field.folded).toBe('so ngoai vu tinh khanh hoa');
  });

  it('maps a span of NFD input back onto the original characters', () => {
    const original = 'Tỉnh Khánh Hoà hợp tác'.normalize('NFD');
    const field = normalizeField(original);
    const at = field.normalized.indexOf('khánh hòa');
    const span = field.toOriginal(at, at + 'khánh hòa'.length);
    expect(original.slice(span.start, span.end).normalize('NFC')).toBe('Khánh Hoà');
  });

  it('drops zero-width characters without shifting offsets', () => {
    const original = 'Hà\u200bNội và Huế';
    const field = normalizeField(original);
    const at = field.normalized.indexOf('huế');
    const span = field.toOriginal(at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('Huế');
  });
});

describe('normalizeField folding', () => {
  /** The fold as the definition states it: decompose the whole text, drop the marks, đ → d (else one character at a time). */
  function referenceFold(lower: string): string {
    const folded = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    if (folded.length === lower.length) return folded;
    return lower.split('').map((ch) => {
      const l = ch.toLowerCase();
      if (l === 'đ') return 'd';
      const f = l.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return f.length === 1 ? f : l.length === 1 ? l : ch;
    }).join('');
  }

  // Vietnamese and other Latin letters, punctuation and currency, and what the fast path must leave to the full one.
  const ALPHABET = [...'aăâeêioôơuưyđ àảãáạằẳẵắặầẩẫấậềểễếệọộớờởỡợụừửữứựỳỷỹýỵ ÀÉĐỌỨ 09.,;:!?()"\'-_ ²½°€…•‰ İ ß æ ø ǅ ŉ ᾳ Ω Ж 中 \u0301\u0323'];

  it('folds any mix of these characters as the whole-text decomposition does', () => {
    let state = 7;
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const field = normalizeField(text);
      expect(field.folded, JSON.stringify(text)).toBe(referenceFold(field.normalized));
    }
  });

  it('folds a long article body', () => {
    const body = 'Đoàn công tác tỉnh Quảng Nam thăm và làm việc tại Hàn Quốc, ký kết biên bản ghi nhớ hợp tác… '.repeat(400);
    expect(normalizeField(body).folded).toBe(referenceFold(normalizeField(body).normalized));
  });
});
