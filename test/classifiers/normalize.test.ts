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
