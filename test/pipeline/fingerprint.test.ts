import { describe, expect, it } from 'vitest';
import { EMPTY_FINGERPRINT, fingerprintText, hammingDistance } from '../../pipeline/fingerprint.ts';

const story = [
  'Sáng 14/3, Ủy ban nhân dân tỉnh Quảng Ninh tiếp đoàn công tác của tỉnh Quảng Tây, Trung Quốc do ông Lưu Minh dẫn đầu.',
  'Hai bên trao đổi về hợp tác thương mại biên giới, du lịch, giáo dục và kết nối hạ tầng giao thông giữa hai địa phương.',
  'Lãnh đạo tỉnh đề nghị đẩy nhanh việc nâng cấp cửa khẩu, tạo thuận lợi cho thông quan hàng hóa nông sản trong mùa cao điểm.',
  'Phía bạn khẳng định sẽ phối hợp tổ chức hội chợ thương mại chung và trao đổi đoàn sinh viên trong năm nay.',
].join('\n');

const unrelated = [
  'Chiều 2/5, Sở Văn hóa, Thể thao và Du lịch tỉnh Cà Mau khai mạc liên hoan đờn ca tài tử với sự tham gia của mười hai câu lạc bộ.',
  'Ban tổ chức trao giải cho các tiết mục xuất sắc, đồng thời giới thiệu ẩm thực đặc sản rừng ngập mặn cho du khách.',
  'Chương trình kéo dài ba ngày tại quảng trường trung tâm và dự kiến thu hút hàng nghìn lượt người xem.',
].join('\n');

describe('fingerprintText', () => {
  it('gives sixteen hex characters and the same value for the same text', () => {
    const value = fingerprintText(story);
    expect(value).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintText(story)).toBe(value);
  });

  it.each([
    ['upper case', story.toUpperCase()],
    ['decomposed (NFD) accents', story.normalize('NFD')],
    ['different spacing and punctuation', story.replaceAll(', ', ' ,  ').replaceAll('\n', ' \n\n ')],
  ])('ignores %s', (_name, variant) => {
    expect(fingerprintText(variant)).toBe(fingerprintText(story));
  });

  it('keeps a lightly edited copy within a few bits', () => {
    const edited = story
      .replace('Sáng 14/3', 'Ngày 14/3')
      .replace('trong năm nay', 'trong năm 2024')
      .concat('\nTin: Phóng viên thường trú.');
    expect(hammingDistance(fingerprintText(story), fingerprintText(edited))).toBeLessThanOrEqual(12);
  });

  it('puts an unrelated story far away', () => {
    expect(hammingDistance(fingerprintText(story), fingerprintText(unrelated))).toBeGreaterThan(16);
  });

  it('tells word order apart', () => {
    expect(fingerprintText('hợp tác giáo dục với Lào')).not.toBe(fingerprintText('Lào với giáo dục hợp tác'));
  });

  it('fingerprints text shorter than one shingle and text with no words', () => {
    expect(fingerprintText('Huế')).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintText('Huế')).not.toBe(EMPTY_FINGERPRINT);
    expect(fingerprintText(' — … ')).toBe(EMPTY_FINGERPRINT);
  });
});

describe('fingerprints already stored', () => {
  // Stored articles are compared with new ones, so a faster implementation must give the same
  // values: short text, one of about 300 shingles and one of about 3,000.
  it.each([
    ['Đà Nẵng tiếp đoàn công tác tỉnh Chăm-pa-xắc, Lào', 'a5564b0885c4f046'],
    [Array.from({ length: 40 }, (_, i) => `câu ${i} về hợp tác hữu nghị`).join('. '), 'c97e302b2507aa5f'],
    [Array.from({ length: 3000 }, (_, i) => `từ${i % 97}`).join(' '), 'c9eabbedd8777e38'],
  ])('keep their value (%#)', (text, fingerprint) => {
    expect(fingerprintText(text)).toBe(fingerprint);
  });
});

describe('hammingDistance', () => {
  it.each([
    ['0000000000000000', '0000000000000000', 0],
    ['0000000000000000', 'ffffffffffffffff', 64],
    ['8000000000000001', '0000000000000000', 2],
    ['00000000ffffffff', 'FFFFFFFF00000000', 64],
  ])('counts the bits that differ between %s and %s', (a, b, bits) => {
    expect(hammingDistance(a, b)).toBe(bits);
  });

  it('rejects a value that is not a fingerprint', () => {
    expect(() => hammingDistance('abc', '0000000000000000')).toThrow(/16-character hex/);
  });
});
