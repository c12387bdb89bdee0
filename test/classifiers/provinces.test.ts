import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { tagCountries } from '../../classifiers/countries.ts';
import { choosePrimaryProvince } from '../../classifiers/primary-province.ts';
import { tagProvinces } from '../../classifiers/provinces.ts';

function provincesOf(body: string, title = '') {
  return tagProvinces(analyzeText({ title, body }));
}
function named(body: string): string[] {
  return provincesOf(body).filter((t) => t.via === 'name').map((t) => t.code);
}
function primaryOf(title: string, body: string, homeProvince: string | null = null): string | null {
  const doc = analyzeText({ title, body, homeProvince });
  return choosePrimaryProvince(doc, tagProvinces(doc), true);
}

describe('province names', () => {
  it.each([
    ['tỉnh Khánh Hòa', 'khanh-hoa'],
    ['tỉnh Khánh Hoà', 'khanh-hoa'],
    ['Thanh Hoá', 'thanh-hoa'],
    ['TP.HCM', 'ho-chi-minh'],
    ['TPHCM', 'ho-chi-minh'],
    ['TP HCM', 'ho-chi-minh'],
    ['TP. Hồ Chí Minh', 'ho-chi-minh'],
    ['Thành phố Hồ Chí Minh', 'ho-chi-minh'],
    ['Sài Gòn', 'ho-chi-minh'],
    ['Thừa Thiên - Huế', 'thua-thien-hue'],
    ['Thừa Thiên Huế', 'thua-thien-hue'],
    ['Bà Rịa - Vũng Tàu', 'ba-ria-vung-tau'],
    ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau'],
    ['BR-VT', 'ba-ria-vung-tau'],
    ['Đắk Lắk', 'dak-lak'],
    ['Đăk Lăk', 'dak-lak'],
    ['Dak Lak', 'dak-lak'],
    ['Kon Tum', 'kon-tum'],
    ['Kontum', 'kon-tum'],
    ['Bắc Cạn', 'bac-kan'],
    ['TP Đà Nẵng', 'da-nang'],
    ['Da Nang', 'da-nang'],
    ['thành phố Cần Thơ', 'can-tho'],
  ])('reads %s as %s', (text, slug) => {
    expect(named(`Đoàn công tác của ${text} đến thăm.`)).toEqual([slug]);
  });

  it('gives the same tags and correct offsets for NFD input with old-style tone marks', () => {
    const nfc = 'Sở Ngoại vụ tỉnh Khánh Hòa tiếp Đại sứ Thụy Điển.';
    const old = 'Sở Ngoại vụ tỉnh Khánh Hoà tiếp Đại sứ Thuỵ Điển.'.normalize('NFD');
    const a = analyzeText({ title: '', body: nfc });
    const b = analyzeText({ title: '', body: old });
    expect(tagProvinces(b).map((t) => t.code)).toEqual(tagProvinces(a).map((t) => t.code));
    expect(tagCountries(b).map((t) => t.code)).toEqual(['SE']);
    for (const tag of [...tagProvinces(b), ...tagCountries(b)]) {
      for (const evidence of tag.evidence) {
        expect(old.slice(evidence.start, evidence.end)).toBe(evidence.text);
        expect(evidence.text.normalize('NFC')).toMatch(/Khánh Hoà|Thuỵ Điển/);
      }
    }
  });

  it('tags a 2022 article about Quảng Nam as quang-nam, today part of Đà Nẵng', () => {
    const [tag] = provincesOf('Năm 2022, UBND tỉnh Quảng Nam tiếp đoàn doanh nghiệp Hàn Quốc.');
    expect(tag).toMatchObject({ code: 'quang-nam', current: 'da-nang', via: 'name' });
  });

  it('records a well-known town as a place of its province, at lower confidence', () => {
    const [tag] = provincesOf('Du khách quốc tế đến Hội An.');
    expect(tag).toMatchObject({ code: 'quang-nam', current: 'da-nang', via: 'place' });
    expect(tag?.confidence).toBeLessThan(0.8);
  });

  it.each([
    ['Vũng Tàu', 'ba-ria-vung-tau', 'ho-chi-minh'],
    ['Nha Trang', 'khanh-hoa', 'khanh-hoa'],
    ['Đà Lạt', 'lam-dong', 'lam-dong'],
    ['Hạ Long', 'quang-ninh', 'quang-ninh'],
    ['Sa Pa', 'lao-cai', 'lao-cai'],
    ['Phú Quốc', 'kien-giang', 'an-giang'],
    ['Buôn Ma Thuột', 'dak-lak', 'dak-lak'],
    ['Quy Nhơn', 'binh-dinh', 'gia-lai'],
  ])('reads the place %s as %s (today %s)', (place, code, current) => {
    expect(provincesOf(`Lễ hội tại ${place}.`)).toEqual([expect.objectContaining({ code, current, via: 'place' })]);
  });

  it('reads Huế as the unit when the article names the city as a unit, and as a place otherwise', () => {
    expect(provincesOf('UBND TP. Huế tiếp nhận hàng viện trợ. Người dân Huế cảm ơn.')).toEqual([
      expect.objectContaining({ code: 'hue', via: 'name' }),
    ]);
    expect(provincesOf('Múa cung đình Huế được biểu diễn.')).toEqual([
      expect.objectContaining({ code: 'thua-thien-hue', current: 'hue', via: 'place' }),
    ]);
    expect(named('Tỉnh Thừa Thiên Huế tổ chức festival tại thành phố Huế.')).toEqual(['thua-thien-hue']);
  });

  it('reads Huế by the year of the article: the unit from 2025, a place of Thừa Thiên Huế before', () => {
    const body = 'Ngày 2/11/2025, đoàn công tác thăm Huế.';
    expect(named(body)).toEqual(['hue']);
    expect(named('Ngày 12/5/2019, UBND thành phố Huế đón đoàn Pháp.')).toEqual([]);
    const dated = tagProvinces(analyzeText({ title: '', body: 'UBND thành phố Huế đón đoàn.', publishedAt: '2018-04-01' }));
    expect(dated).toEqual([expect.objectContaining({ code: 'thua-thien-hue', current: 'hue', via: 'place' })]);
  });

  it('does not read a commune, a street or a club named like a province as the province', () => {
    expect(named('Xã Bình Dương bị phong tỏa; phố Huế đông đúc; Sài Gòn FC thắng.')).toEqual([]);
  });

  it('reads the town that gave a province its name as the province', () => {
    expect(named('Thành phố Lào Cai giáp Hà Khẩu; thị xã Quảng Trị đón khách.')).toEqual(['lao-cai', 'quang-tri']);
  });

  it('reads a province before the name of its official', () => {
    expect(named('Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu phát biểu.')).toEqual(['quang-nam']);
  });
});

describe('primary province', () => {
  it('is the unit named in the headline', () => {
    expect(primaryOf('Đà Nẵng tiếp Đại sứ Ấn Độ', 'Đoàn đã thăm Hội An, Quảng Nam.')).toBe('da-nang');
  });

  it('is the unit whose authorities act when the headline names none', () => {
    expect(primaryOf('Tăng cường hợp tác với Lào', 'Sở Ngoại vụ tỉnh Sơn La phối hợp với Điện Biên tổ chức gặp mặt.')).toBe('son-la');
  });

  it('is the unit that hosts the event in the lead', () => {
    expect(primaryOf('Khai mạc hội thảo quốc tế về di sản', 'Ngày 6/7, tại thành phố Quy Nhơn (Bình Định) đã khai mạc hội thảo.')).toBe('binh-dinh');
  });

  it('is null for a national-level article', () => {
    expect(primaryOf('Thủ tướng thăm cộng đồng người Việt tại Hà Lan', 'Thủ tướng đã rời Hà Nội lên đường.')).toBeNull();
  });

  it('is null when the headline names two units and neither acts', () => {
    expect(primaryOf('Ngân hàng Thế giới tài trợ dự án tại Lào Cai và Hà Nam', 'Dự án cải tạo đô thị.')).toBeNull();
  });

  it('is null when the headline names the capital only as the venue of a national event', () => {
    expect(primaryOf('Hội nghị xúc tiến đầu tư Nhật Bản tại Hà Nội', 'Bộ Kế hoạch và Đầu tư tổ chức hội nghị tại Hà Nội.')).toBeNull();
    expect(primaryOf('Hội nghị xúc tiến đầu tư Nhật Bản tại Hà Nội', 'UBND thành phố Hà Nội tổ chức hội nghị.')).toBe('ha-noi');
  });

  it('is null when a ministry runs an event held in a province', () => {
    expect(primaryOf('Giao lưu hữu nghị biên giới', 'Bộ Quốc phòng tổ chức giao lưu tại tỉnh Sơn La.')).toBeNull();
  });

  it('is null when the article is not relevant', () => {
    const doc = analyzeText({ title: 'Đà Nẵng khai trương cầu mới', body: 'UBND TP Đà Nẵng khánh thành cầu.' });
    expect(choosePrimaryProvince(doc, tagProvinces(doc), false)).toBeNull();
  });

  it('takes the home province of a provincial outlet as a prior', () => {
    const body = 'Hội nghị có đại diện các tỉnh Nghệ An và Hà Tĩnh.';
    expect(primaryOf('Hội nghị hợp tác với Lào', body, 'ha-tinh')).toBe('ha-tinh');
  });
});
