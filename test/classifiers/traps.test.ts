import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { tagCountries } from '../../classifiers/countries.ts';
import { tagProvinces } from '../../classifiers/provinces.ts';
import { tagRegions } from '../../classifiers/regions.ts';

function countriesOf(body: string, title = ''): string[] {
  return tagCountries(analyzeText({ title, body })).map((t) => t.code);
}
function namedProvincesOf(body: string): string[] {
  return tagProvinces(analyzeText({ title: '', body }))
    .filter((t) => t.via === 'name')
    .map((t) => t.code);
}

// Each trap of LABELS.md both ways: the trap is not tagged, the real mention in a similar sentence is.
describe.each([
  { trap: 'Lào Cai is a province, not Laos', code: 'LA', not: 'Đoàn công tác tỉnh Lào Cai thăm huyện Bát Xát.', yes: 'Đoàn công tác tỉnh Lào Cai thăm nước bạn Lào.' },
  { trap: 'Mỹ Tho is a city, not the United States', code: 'US', not: 'Du khách đến thành phố Mỹ Tho dự lễ hội.', yes: 'Du khách từ Mỹ đến thành phố Cần Thơ dự lễ hội.' },
  { trap: 'Mỹ Khê is a beach, not the United States', code: 'US', not: 'Bãi biển Mỹ Khê đón nhiều du khách.', yes: 'Bãi biển đón nhiều du khách Mỹ.' },
  { trap: 'thẩm mỹ is aesthetics, not the United States', code: 'US', not: 'Hội chợ giới thiệu các sản phẩm thẩm mỹ.', yes: 'Hội chợ giới thiệu các sản phẩm của Mỹ.' },
  { trap: 'mỹ thuật and mỹ phẩm are not the United States', code: 'US', not: 'Triển lãm mỹ thuật và mỹ phẩm của tỉnh.', yes: 'Triển lãm mỹ thuật của Hoa Kỳ tại tỉnh.' },
  { trap: 'đô la Mỹ is a currency, not a partner', code: 'US', not: 'Vốn đăng ký đạt 5 tỷ đô la Mỹ.', yes: 'Vốn đăng ký của nhà đầu tư Mỹ đạt 5 tỷ đồng.' },
  { trap: 'cập nhật is to update, not Japan', code: 'JP', not: 'Sở Ngoại vụ cập nhật thông tin hằng ngày.', yes: 'Sở Ngoại vụ cập nhật thông tin về Nhật Bản.' },
  { trap: 'Chủ nhật is Sunday, not Japan', code: 'JP', not: 'Chủ nhật tuần này diễn ra lễ hội.', yes: 'Chủ nhật tuần này đoàn doanh nghiệp Nhật đến tỉnh.' },
  { trap: 'nhật ký is a diary, not Japan', code: 'JP', not: 'Cuốn nhật ký chiến trường được trao lại.', yes: 'Cuốn nhật ký được Đại sứ Nhật trao lại.' },
  { trap: 'pháp luật is law, not France', code: 'FR', not: 'Tuyên truyền pháp luật cho người dân.', yes: 'Tuyên truyền về hợp tác với Pháp cho người dân.' },
  { trap: 'biện pháp is a measure, not France', code: 'FR', not: 'Tỉnh đề ra nhiều biện pháp và phương pháp mới.', yes: 'Tỉnh đề ra nhiều dự án với Cộng hòa Pháp.' },
  { trap: 'Pháp luật opening a sentence is still law', code: 'FR', not: 'Pháp luật quy định rõ điều này.', yes: 'Pháp là đối tác quan trọng của tỉnh.' },
  { trap: 'ý kiến is an opinion, not Italy', code: 'IT', not: 'Đại biểu phát biểu ý kiến tại hội nghị.', yes: 'Đại biểu từ Ý phát biểu tại hội nghị.' },
  { trap: 'Ý kiến opening a sentence is still an opinion', code: 'IT', not: 'Ý kiến của các đại biểu được ghi nhận.', yes: 'Đoàn đại biểu Italia được đón tiếp.' },
  { trap: 'Thái Bình is a province, not Thailand', code: 'TH', not: 'Đoàn công tác tỉnh Thái Bình đến thăm.', yes: 'Đoàn công tác Thái Lan đến thăm.' },
  { trap: 'Thái Nguyên is a province, not Thailand', code: 'TH', not: 'Lễ hội tại tỉnh Thái Nguyên thu hút du khách.', yes: 'Lễ hội tại Thái Lan thu hút du khách.' },
  { trap: 'dân tộc Thái is an ethnic group, not Thailand', code: 'TH', not: 'Điệu múa của dân tộc Thái ở Tây Bắc.', yes: 'Điệu múa của nghệ sĩ Thái Lan ở Tây Bắc.' },
  { trap: 'người Thái is an ethnic group, not Thailand', code: 'TH', not: 'Bản làng của người Thái ven sông.', yes: 'Hội hữu nghị Việt - Thái tổ chức gặp mặt.' },
  { trap: 'Thái Bình Dương is the Pacific, not Thailand', code: 'TH', not: 'Hạm đội di chuyển ra Thái Bình Dương.', yes: 'Hạm đội di chuyển tới Thái Lan.' },
  { trap: 'tiếng Anh is a language, not the United Kingdom', code: 'GB', not: 'Lớp học tiếng Anh cho trẻ em.', yes: 'Lớp học do Vương quốc Anh tài trợ cho trẻ em.' },
  { trap: 'a person called Anh is not the United Kingdom', code: 'GB', not: 'Chị Nguyễn Lan Anh trao quà cho học sinh.', yes: 'Đại sứ Anh trao quà cho học sinh.' },
  { trap: 'anh as a title before a name is not the United Kingdom', code: 'GB', not: 'Anh Bùi Văn Nam cho biết sẽ tham gia.', yes: 'Đại sứ quán Anh cho biết sẽ tham gia.' },
  { trap: 'a person called Đức is not Germany', code: 'DE', not: 'Ông Nguyễn Văn Đức, Chủ tịch UBND huyện, phát biểu.', yes: 'Đại sứ Đức phát biểu tại buổi lễ.' },
  { trap: 'ông Đức is a person, not Germany', code: 'DE', not: 'Theo ông Đức, dự án sẽ hoàn thành.', yes: 'Theo phía Đức, dự án sẽ hoàn thành.' },
  { trap: 'Đức Thánh Trần is a saint, not Germany', code: 'DE', not: 'Lễ hội tưởng niệm Đức Thánh Trần.', yes: 'Lễ hội văn hóa CHLB Đức.' },
  { trap: 'Trung tâm and Trung ương are not China', code: 'CN', not: 'Trung tâm Xúc tiến và Ban Đối ngoại Trung ương.', yes: 'Trung tâm Xúc tiến và đối tác Trung Quốc.' },
  { trap: 'Trung bộ is central Viet Nam, not China', code: 'CN', not: 'Các tỉnh Bắc Trung bộ và miền Trung.', yes: 'Các tỉnh giáp biên giới Trung Quốc.' },
  { trap: 'Nam alone is no place', code: 'ZA', not: 'Đoàn đi về phía Nam, tới Việt Nam và Quảng Nam.', yes: 'Đoàn đi Nam Phi.' },
  { trap: 'Tây Ban Nha is Spain and not a Tây region', code: 'ES', not: 'Khách Tây đi dạo phố cổ.', yes: 'Khách Tây Ban Nha đi dạo phố cổ.' },
  { trap: 'Ấn tượng is an impression, not India', code: 'IN', not: 'Ấn tượng sâu sắc về chuyến thăm.', yes: 'Chuyến thăm Ấn Độ để lại dấu ấn.' },
  { trap: 'a historic war against France is not a partner', code: 'FR', not: 'Hai cuộc kháng chiến chống Pháp và chống Mỹ.', yes: 'Hai nước Pháp và Việt Nam hợp tác.' },
  { trap: 'Hằng Nga is a name, not Russia', code: 'RU', not: 'Chị Hằng Nga hát tặng khán giả.', yes: 'Nghệ sĩ Nga hát tặng khán giả.' },
  { trap: 'áo dài is a dress, not Austria', code: 'AT', not: 'Áo dài được giới thiệu tại lễ hội.', yes: 'Đoàn nghệ sĩ nước Áo được giới thiệu tại lễ hội.' },
])('$trap', ({ code, not, yes }) => {
  it('does not tag the trap', () => {
    expect(countriesOf(not)).not.toContain(code);
  });
  it('tags the real mention', () => {
    expect(countriesOf(yes)).toContain(code);
  });
});

describe('country names and patterns', () => {
  it.each([
    ['Ô-xtrây-li-a', 'AU'], ['Australia', 'AU'], ['Úc', 'AU'], ['Niu Di-lân', 'NZ'], ['Xinh-ga-po', 'SG'], ['Cu-ba', 'CU'],
    ['I-ta-li-a', 'IT'], ['Ác-hen-ti-na', 'AR'], ['Bra-xin', 'BR'], ['Ca-na-đa', 'CA'], ['Cam-pu-chia', 'KH'], ['Ma-lai-xi-a', 'MY'],
    ['In-đô-nê-xi-a', 'ID'], ['Phi-líp-pin', 'PH'], ['Mi-an-ma', 'MM'], ['Hung-ga-ri', 'HU'], ['Ru-ma-ni', 'RO'], ['Ba Lan', 'PL'],
    ['Séc', 'CZ'], ['Lào', 'LA'], ['Mỹ', 'US'], ['Hoa Kỳ', 'US'], ['Nga', 'RU'], ['Anh', 'GB'], ['Đức', 'DE'], ['Pháp', 'FR'],
    ['Nhật Bản', 'JP'], ['Hàn Quốc', 'KR'], ['Triều Tiên', 'KP'], ['Trung Quốc', 'CN'], ['Ấn Độ', 'IN'], ['Thái Lan', 'TH'],
    ['Tây Ban Nha', 'ES'], ['Bồ Đào Nha', 'PT'], ['Hà Lan', 'NL'], ['Bỉ', 'BE'], ['Thụy Điển', 'SE'], ['Thuỵ Điển', 'SE'],
    ['Thụy Sĩ', 'CH'], ['Na Uy', 'NO'], ['Đan Mạch', 'DK'], ['Phần Lan', 'FI'], ['Áo', 'AT'], ['Ai Cập', 'EG'], ['Nam Phi', 'ZA'],
    ['Ả Rập Xê Út', 'SA'], ['Các Tiểu vương quốc Ả Rập Thống nhất', 'AE'], ['UAE', 'AE'], ['Tân Tây Lan', 'NZ'],
    ['Đông Timor', 'TL'], ['Hong Kong', 'HK'], ['Đài Loan', 'TW'], ['Palestine', 'PS'], ['Ma Cao', 'MO'],
  ])('reads %s as %s after "hợp tác với"', (name, code) => {
    expect(countriesOf(`Tỉnh đẩy mạnh hợp tác với ${name} trong năm nay.`)).toEqual([code]);
  });

  it.each([
    ['Đại sứ quán Nhật tại Hà Nội tài trợ dự án.', 'JP'],
    ['Hội hữu nghị Việt - Lào tỉnh gặp mặt.', 'LA'],
    ['Quan hệ Việt - Trung được thúc đẩy.', 'CN'],
    ['Hợp tác Việt Nam - Hàn Quốc phát triển.', 'KR'],
    ['Trường Đại học SUNY Brockport (Mỹ) ký kết hợp tác.', 'US'],
    ['Nhân dân Lào anh em đón đoàn.', 'LA'],
  ])('finds the country in a country-bearing pattern: %s', (text, code) => {
    expect(countriesOf(text)).toContain(code);
  });

  it('never tags Viet Nam', () => {
    expect(countriesOf('Việt Nam và Vietnam hợp tác với Viet Nam.')).toEqual([]);
  });

  it('reads a short form in an all-capital headline', () => {
    expect(countriesOf('', 'HỢP TÁC VỚI ĐỨC VÀ NHẬT')).toEqual(expect.arrayContaining(['DE', 'JP']));
  });
});

describe('regions', () => {
  function regionsOf(body: string): string[] {
    return tagRegions(analyzeText({ title: '', body })).map((t) => t.code).sort();
  }
  it('tags blocs and regions, not countries', () => {
    const body = 'Các nước ASEAN, EU và châu Phi.';
    expect(regionsOf(body)).toEqual(['ASEAN', 'EU', 'africa']);
    expect(countriesOf(body)).toEqual([]);
  });
  it('reads "Tây, Bắc Âu" as Western and Northern Europe', () => {
    expect(regionsOf('Thị trường Tây, Bắc Âu và Mỹ Latinh.')).toEqual(['latin-america', 'northern-europe', 'western-europe']);
  });
  it('does not make a region of the Tây in Tây Ban Nha', () => {
    expect(regionsOf('Đoàn Tây Ban Nha.')).toEqual([]);
  });
});

describe('province traps', () => {
  it.each([
    ['Hồ Chí Minh the person is not the city', 'Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.', []],
    ['the city is read with its unit word', 'Đoàn đến TP Hồ Chí Minh và TP.HCM.', ['ho-chi-minh']],
    ['Sài Gòn names Ho Chi Minh City', 'Đoàn đến Sài Gòn.', ['ho-chi-minh']],
    ['Thái Bình Dương is the Pacific, not Thái Bình', 'Châu Á - Thái Bình Dương.', []],
    ['a person called Hòa Bình is not the province', 'Phó Thủ tướng Trương Hòa Bình phát biểu.', []],
    ['peace is not the province Hòa Bình', 'Vì hòa bình và hữu nghị.', []],
    ['Nam alone is no province', 'Việt Nam, phía Nam và Nam Bộ.', []],
    ['Nam Định, Hà Nam and Quảng Nam are', 'Nam Định, Hà Nam và Quảng Nam.', ['nam-dinh', 'ha-nam', 'quang-nam']],
    ['Lào Cai is a province', 'Tỉnh Lào Cai giáp Trung Quốc.', ['lao-cai']],
  ])('%s', (_name, body, expected) => {
    expect(namedProvincesOf(body)).toEqual(expected);
  });
});

describe('short forms before a name', () => {
  it.each([
    ['Tổng thống Mỹ Donald Trump phát biểu.', 'US'],
    ['Đại sứ Nhật Yamada Takio thăm tỉnh.', 'JP'],
    ['Thủ tướng Đức Olaf Scholz đến Hà Nội.', 'DE'],
  ])('keeps the state in "%s"', (text, code) => {
    expect(countriesOf(text)).toEqual([code]);
  });

  it.each([
    ['Bàn thắng đến với Đức Chinh ở phút cuối.', 'DE'],
    ['Đồn Biên phòng Đức Minh hỗ trợ người dân.', 'DE'],
  ])('reads a name in "%s"', (text, code) => {
    expect(countriesOf(text)).not.toContain(code);
  });
});

describe('pair-only short forms', () => {
  it('does not read the border named as a pair as a partner', () => {
    expect(countriesOf('Các tỉnh biên giới Việt - Trung giàu truyền thống cách mạng.')).toEqual([]);
  });
  it('reads a pair of partners', () => {
    expect(countriesOf('Hội hữu nghị Việt - Trung tổ chức gặp mặt.')).toEqual(['CN']);
  });
});

describe('given names that spell a country', () => {
  it('does not read a person called Hà Lan as the Netherlands', () => {
    expect(countriesOf('Chị Nguyễn Thị Hà Lan nhận giải thưởng.')).toEqual([]);
  });
  it('reads the Netherlands after a role of its state', () => {
    expect(countriesOf('Hoàng hậu Hà Lan thăm nông dân.')).toEqual(['NL']);
  });
});
