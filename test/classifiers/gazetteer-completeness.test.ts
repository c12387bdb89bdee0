/**
 * Completeness of the gazetteer, written from general knowledge rather than from the corpus: every
 * UN member and the common territories under their Vietnamese names, the press's transliterations
 * (hyphenated and joined) and their English names; every provincial-level unit in the spellings the
 * press uses; the well-known places below provincial level; and the traps the new names could open.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { tagCountries } from '../../classifiers/countries.ts';
import { FOREIGN_PLACES } from '../../classifiers/data/foreign-places.ts';
import { FORMER_PROVINCES } from '../../classifiers/data/provinces.ts';
import { PLACES } from '../../classifiers/data/places.ts';
import { implicitHomeProvince } from '../../classifiers/home-province.ts';
import { choosePrimaryProvince } from '../../classifiers/primary-province.ts';
import { tagProvinces } from '../../classifiers/provinces.ts';
import { tagRegions } from '../../classifiers/regions.ts';

function countriesOf(body: string, title = ''): string[] {
  return tagCountries(analyzeText({ title, body }))
    .map((t) => t.code)
    .sort();
}
function provinceTagsOf(body: string) {
  return tagProvinces(analyzeText({ title: '', body })).map((t) => ({ code: t.code, via: t.via }));
}
function namedOf(body: string): string[] {
  return provinceTagsOf(body)
    .filter((t) => t.via === 'name')
    .map((t) => t.code);
}

/** Each country with its Vietnamese names, the press's transliterations and the English names. */
const COUNTRY_NAMES: readonly (readonly [string, readonly string[]])[] = [
  ['AF', ['Áp-ga-ni-xtan', 'Ápganixtan', 'Afghanistan']],
  ['AL', ['An-ba-ni', 'Anbani', 'Albania']],
  ['DZ', ['An-giê-ri', 'Angiêri', 'Algeria']],
  ['AD', ['An-đô-ra', 'Andorra']],
  ['AO', ['Ăng-gô-la', 'Ănggôla', 'Angola']],
  ['AG', ['An-ti-goa và Bác-bu-đa', 'Antigua và Barbuda']],
  ['AR', ['Ác-hen-ti-na', 'Áchentina', 'Argentina']],
  ['AM', ['Ác-mê-ni-a', 'Ácmênia', 'Armenia']],
  ['AU', ['Ô-xtrây-li-a', 'Ôxtrâylia', 'Australia', 'Úc', 'Ô-xtrây-lia']],
  ['AT', ['Áo', 'Cộng hòa Áo', 'Austria']],
  ['AZ', ['A-déc-bai-gian', 'Adécbaigian', 'Azerbaijan']],
  ['BS', ['Ba-ha-mát', 'Bahamas']],
  ['BH', ['Ba-ranh', 'Bahrain']],
  ['BD', ['Băng-la-đét', 'Băngladét', 'Bangladesh']],
  ['BB', ['Bác-ba-đốt', 'Barbados']],
  ['BY', ['Bê-la-rút', 'Bêlarút', 'Belarus']],
  ['BE', ['Bỉ', 'Vương quốc Bỉ', 'Belgium']],
  ['BZ', ['Bê-li-xê', 'Belize']],
  ['BJ', ['Bê-nanh', 'Benin']],
  ['BT', ['Bu-tan', 'Bhutan']],
  ['BO', ['Bô-li-vi-a', 'Bôlivia', 'Bolivia']],
  ['BA', ['Bô-xni-a Héc-dê-gô-vi-na', 'Bosnia và Herzegovina', 'Bosnia and Herzegovina']],
  ['BW', ['Bốt-xoa-na', 'Botswana']],
  ['BR', ['Bra-xin', 'Braxin', 'Brazil', 'Brasil']],
  ['BN', ['Bru-nây', 'Brunây', 'Brunei']],
  ['BG', ['Bun-ga-ri', 'Bungari', 'Bulgaria']],
  ['BF', ['Buốc-ki-na Pha-xô', 'Burkina Faso']],
  ['BI', ['Bu-run-đi', 'Burundi']],
  ['CV', ['Cáp-ve', 'Cabo Verde', 'Cape Verde']],
  ['KH', ['Cam-pu-chia', 'Campuchia', 'Cambodia', 'Căm-pu-chia']],
  ['CM', ['Ca-mơ-run', 'Cameroon']],
  ['CA', ['Ca-na-đa', 'Canađa', 'Canada']],
  ['CF', ['Cộng hòa Trung Phi']],
  ['TD', ['Cộng hòa Sát']],
  ['CL', ['Chi-lê', 'Chilê', 'Chile']],
  ['CN', ['Trung Quốc', 'China']],
  ['CO', ['Cô-lôm-bi-a', 'Côlômbia', 'Colombia']],
  ['KM', ['Liên minh Cô-mo', 'Comoros']],
  ['CG', ['Cộng hòa Công-gô']],
  ['CD', ['Cộng hòa Dân chủ Công-gô', 'CHDC Công-gô']],
  ['CR', ['Cốt-xta Ri-ca', 'Costa Rica']],
  ['CI', ['Cốt Đi-voa', 'Bờ Biển Ngà']],
  ['HR', ['Crô-a-ti-a', 'Crôatia', 'Croatia']],
  ['CU', ['Cu-ba', 'Cuba']],
  ['CY', ['Síp', 'Cyprus']],
  ['CZ', ['Séc', 'Cộng hòa Séc', 'Czech', 'Czechia']],
  ['DK', ['Đan Mạch', 'Denmark']],
  ['DJ', ['Gi-bu-ti', 'Djibouti']],
  ['DO', ['Cộng hòa Đô-mi-ni-ca']],
  ['EC', ['Ê-cu-a-đo', 'Ecuador']],
  ['EG', ['Ai Cập', 'Egypt']],
  ['SV', ['En Xan-va-đo', 'El Salvador']],
  ['GQ', ['Ghi-nê Xích đạo', 'Equatorial Guinea']],
  ['ER', ['Ê-ri-tơ-rê-a', 'Eritrea']],
  ['EE', ['E-xtô-ni-a', 'Extônia', 'Estonia']],
  ['SZ', ['Ét-xoa-ti-ni', 'Eswatini', 'Xoa-di-len']],
  ['ET', ['Ê-ti-ô-pi-a', 'Êtiôpia', 'Ethiopia']],
  ['FJ', ['Phi-gi', 'Fiji']],
  ['FI', ['Phần Lan', 'Finland']],
  ['FR', ['Pháp', 'France', 'Cộng hòa Pháp']],
  ['GA', ['Ga-bông', 'Gabon']],
  ['GM', ['Găm-bi-a', 'Gambia']],
  ['GE', ['Gru-di-a', 'Gruzia']],
  ['DE', ['Đức', 'Germany', 'CHLB Đức']],
  ['GH', ['Ga-na', 'Ghana']],
  ['GR', ['Hy Lạp', 'Greece']],
  ['GD', ['Grê-na-đa', 'Grenada']],
  ['GT', ['Goa-tê-ma-la', 'Guatemala']],
  ['GN', ['Ghi-nê', 'Cộng hòa Ghi-nê']],
  ['GW', ['Ghi-nê Bít-xao', 'Guinea-Bissau']],
  ['GY', ['Guy-a-na', 'Guyana']],
  ['HT', ['Ha-i-ti', 'Haiti']],
  ['HN', ['Hôn-đu-rát', 'Honduras']],
  ['HU', ['Hung-ga-ri', 'Hunggari', 'Hungary']],
  ['IS', ['Ai-xơ-len', 'Aixơlen', 'Iceland']],
  ['IN', ['Ấn Độ', 'India']],
  ['ID', ['In-đô-nê-xi-a', 'Inđônêxia', 'Indonesia']],
  ['IR', ['I-ran', 'Iran']],
  ['IQ', ['I-rắc', 'Irắc', 'Iraq']],
  ['IE', ['Ai-len', 'Ailen', 'Ireland']],
  ['IL', ['I-xra-en', 'Ixraen', 'Israel']],
  ['IT', ['I-ta-li-a', 'Italia', 'Italy', 'Ý']],
  ['JM', ['Gia-mai-ca', 'Jamaica']],
  ['JP', ['Nhật Bản', 'Japan', 'Nhật']],
  ['JO', ['Gioóc-đa-ni', 'Gioócđani', 'Giooc-đa-ni']],
  ['KZ', ['Ca-dắc-xtan', 'Cadắcxtan', 'Kazakhstan', 'Ka-dắc-xtan']],
  ['KE', ['Kê-ni-a', 'Kênia', 'Kenya']],
  ['KI', ['Ki-ri-ba-ti', 'Kiribati']],
  ['KP', ['Triều Tiên', 'CHDCND Triều Tiên', 'North Korea']],
  ['KR', ['Hàn Quốc', 'South Korea', 'Korea']],
  ['KW', ['Cô-oét', 'Côoét', 'Kuwait']],
  ['KG', ['Cư-rơ-gư-xtan', 'Kyrgyzstan', 'Kư-rơ-gư-xtan']],
  ['LA', ['Lào', 'Laos']],
  ['LV', ['Lát-vi-a', 'Látvia', 'Latvia']],
  ['LB', ['Li-băng', 'Libăng', 'Lebanon']],
  ['LS', ['Lê-xô-thô', 'Lesotho']],
  ['LR', ['Li-bê-ri-a', 'Liberia']],
  ['LY', ['Li-bi', 'Libya']],
  ['LI', ['Lích-ten-xtên', 'Liechtenstein']],
  ['LT', ['Lít-va', 'Lithuania']],
  ['LU', ['Lúc-xem-bua', 'Lúc-xăm-bua', 'Lúcxembua', 'Luxembourg']],
  ['MG', ['Ma-đa-ga-xca', 'Madagascar']],
  ['MW', ['Ma-la-uy', 'Malawi']],
  ['MY', ['Ma-lai-xi-a', 'Malaixia', 'Malaysia']],
  ['MV', ['Man-đi-vơ', 'Maldives']],
  ['ML', ['Cộng hòa Ma-li']],
  ['MT', ['Man-ta', 'Malta']],
  ['MH', ['Quần đảo Mác-san', 'Marshall Islands']],
  ['MR', ['Mô-ri-ta-ni', 'Mauritania']],
  ['MU', ['Mô-ri-xơ', 'Mauritius']],
  ['MX', ['Mê-hi-cô', 'Mêhicô', 'Mexico', 'Mê-xi-cô']],
  ['FM', ['Mi-crô-nê-xi-a', 'Micronesia']],
  ['MD', ['Môn-đô-va', 'Mônđôva', 'Moldova']],
  ['MC', ['Mô-na-cô', 'Monaco']],
  ['MN', ['Mông Cổ', 'Mongolia']],
  ['ME', ['Môn-tê-nê-grô', 'Montenegro']],
  ['MA', ['Ma-rốc', 'Marốc', 'Morocco']],
  ['MZ', ['Mô-dăm-bích', 'Môdămbích', 'Mozambique']],
  ['MM', ['Mi-an-ma', 'Mianma', 'Myanmar', 'Miến Điện']],
  ['NA', ['Na-mi-bi-a', 'Namibia']],
  ['NR', ['Na-u-ru', 'Nauru']],
  ['NP', ['Nê-pan', 'Nêpan', 'Nepal']],
  ['NL', ['Hà Lan', 'Netherlands', 'Hà-lan']],
  ['NZ', ['Niu Di-lân', 'Niu Dilân', 'New Zealand', 'Niu-di-lân']],
  ['NI', ['Ni-ca-ra-goa', 'Nicaragua']],
  ['NE', ['Ni-giê', 'Cộng hòa Ni-giê']],
  ['NG', ['Ni-giê-ri-a', 'Nigiêria', 'Nigeria']],
  ['MK', ['Bắc Ma-xê-đô-ni-a', 'Bắc Macedonia', 'North Macedonia']],
  ['NO', ['Na Uy', 'Norway']],
  ['OM', ['Ô-man', 'Oman']],
  ['PK', ['Pa-ki-xtan', 'Pakixtan', 'Pakistan']],
  ['PW', ['Pa-lau', 'Palau']],
  ['PS', ['Pa-le-xtin', 'Palextin', 'Palestine']],
  ['PA', ['Pa-na-ma', 'Panama']],
  ['PG', ['Pa-pua Niu Ghi-nê', 'Papua New Guinea']],
  ['PY', ['Pa-ra-goay', 'Paraguay']],
  ['PE', ['Pê-ru', 'Peru']],
  ['PH', ['Phi-líp-pin', 'Philíppin', 'Philippines', 'Phi-lip-pin']],
  ['PL', ['Ba Lan', 'Poland']],
  ['PT', ['Bồ Đào Nha', 'Portugal']],
  ['QA', ['Ca-ta', 'Cata', 'Qatar']],
  ['RO', ['Ru-ma-ni', 'Rumani', 'Romania']],
  ['RU', ['Nga', 'Liên bang Nga', 'Russia']],
  ['RW', ['Ru-an-đa', 'Rwanda']],
  ['KN', ['Xanh Kít và Nê-vít', 'Saint Kitts và Nevis']],
  ['LC', ['Xanh Lu-xi-a', 'Saint Lucia']],
  ['VC', ['Xanh Vin-xen và Grê-na-đin', 'Saint Vincent và Grenadines']],
  ['WS', ['Xa-moa', 'Samoa']],
  ['SM', ['San Ma-ri-nô', 'San Marino']],
  ['ST', ['Xao Tô-mê và Prin-xi-pê', 'Sao Tome và Principe']],
  ['SA', ['Ả Rập Xê-út', 'Ả-rập Xê-út', 'Saudi Arabia', 'Ả Rập Saudi', 'A-rập Xê-út']],
  ['SN', ['Xê-nê-gan', 'Senegal']],
  ['RS', ['Xéc-bi-a', 'Xécbia', 'Serbia']],
  ['SC', ['Xây-sen', 'Seychelles']],
  ['SL', ['Xi-ê-ra Lê-ôn', 'Sierra Leone']],
  ['SG', ['Xin-ga-po', 'Xingapo', 'Singapore', 'Xinh-ga-po']],
  ['SK', ['Xlô-va-ki-a', 'Xlôvakia', 'Slovakia']],
  ['SI', ['Xlô-ven-ni-a', 'Xlô-vê-ni-a', 'Slovenia']],
  ['SB', ['Quần đảo Xô-lô-môn', 'Solomon Islands']],
  ['SO', ['Xô-ma-li', 'Somalia']],
  ['ZA', ['Nam Phi', 'South Africa']],
  ['SS', ['Nam Xu-đăng', 'South Sudan']],
  ['ES', ['Tây Ban Nha', 'Spain']],
  ['LK', ['Xri Lan-ca', 'Xri Lanca', 'Sri Lanka']],
  ['SD', ['Xu-đăng', 'Sudan']],
  ['SR', ['Xu-ri-nam', 'Suriname']],
  ['SE', ['Thụy Điển', 'Sweden', 'Thuỵ Điển']],
  ['CH', ['Thụy Sĩ', 'Thụy Sỹ', 'Switzerland', 'Thuỵ Sỹ']],
  ['SY', ['Xy-ri', 'Xi-ri', 'Syria']],
  ['TW', ['Đài Loan', 'Taiwan']],
  ['TJ', ['Tát-gi-ki-xtan', 'Tajikistan']],
  ['TZ', ['Tan-da-ni-a', 'Tandania', 'Tanzania']],
  ['TH', ['Thái Lan', 'Thailand']],
  ['TL', ['Đông Ti-mo', 'Timor-Leste', 'Ti-mo Lét-xtê']],
  ['TG', ['Tô-gô', 'Togo']],
  ['TO', ['Tông-ga', 'Tonga']],
  ['TT', ['Tri-ni-đát và Tô-ba-gô', 'Trinidad và Tobago']],
  ['TN', ['Tuy-ni-di', 'Tunisia']],
  ['TR', ['Thổ Nhĩ Kỳ', 'Türkiye']],
  ['TM', ['Tuốc-mê-ni-xtan', 'Turkmenistan']],
  ['TV', ['Tu-va-lu', 'Tuvalu']],
  ['UG', ['U-gan-đa', 'Uganda']],
  ['UA', ['U-crai-na', 'Ucraina', 'Ukraine']],
  ['AE', ['Các Tiểu vương quốc Ả Rập Thống nhất', 'UAE', 'Các Tiểu vương quốc Ả-rập Thống nhất']],
  ['GB', ['Anh', 'Vương quốc Anh', 'United Kingdom', 'UK', 'Anh Quốc']],
  ['US', ['Mỹ', 'Hoa Kỳ', 'United States', 'USA']],
  ['UY', ['U-ru-goay', 'Uruguay']],
  ['UZ', ['U-dơ-bê-ki-xtan', 'Udơbêkixtan', 'Uzbekistan']],
  ['VU', ['Va-nu-a-tu', 'Vanuatu']],
  ['VE', ['Vê-nê-xu-ê-la', 'Vênêxuêla', 'Venezuela']],
  ['YE', ['Y-ê-men', 'Yêmen', 'Yemen']],
  ['ZM', ['Dăm-bi-a', 'Zambia']],
  ['ZW', ['Dim-ba-bu-ê', 'Zimbabwe']],
  ['VA', ['Tòa Thánh Vatican', 'Vatican']],
  ['HK', ['Hồng Kông', 'Hong Kong', 'Hồng Công']],
  ['MO', ['Ma Cao', 'Macau', 'Ma-cao']],
  ['PR', ['Puerto Rico', 'Pu-éc-tô Ri-cô']],
  ['GL', ['Greenland']],
  ['NC', ['New Caledonia', 'Niu Ca-lê-đô-ni-a']],
];

describe('every country under each of its names', () => {
  it.each(COUNTRY_NAMES.flatMap(([code, names]) => names.map((name) => [name, code] as const)))(
    'reads %s as %s',
    (name, code) => {
      expect(countriesOf(`Tỉnh đẩy mạnh hợp tác với ${name} trong năm nay.`)).toEqual([code]);
    },
  );

  it.each([
    ['Cămpuchia', 'KH'],
    ['Achentina', 'AR'],
    ['Nicaragoa', 'NI'],
    ['Goatêmala', 'GT'],
    ['Ukraina', 'UA'],
    ['Hungari', 'HU'],
    ['Xuđăng', 'SD'],
    ['Xênêgan', 'SN'],
    ['Camơrun', 'CM'],
    ['Uganđa', 'UG'],
    ['Ruanđa', 'RW'],
    ['Dimbabuê', 'ZW'],
    ['Dămbia', 'ZM'],
    ['Tátgikixtan', 'TJ'],
    ['Tuốcmênixtan', 'TM'],
    ['Bănglađét', 'BD'],
    ['Manđivơ', 'MV'],
    ['Đông Timo', 'TL'],
    ['Pêru', 'PE'],
    ['Paragoay', 'PY'],
    ['Urugoay', 'UY'],
    ['Hônđurát', 'HN'],
    ['En Xanvađo', 'SV'],
    ['Giamaica', 'JM'],
    ['Papua Niu Ghinê', 'PG'],
    ['Phigi', 'FJ'],
  ])('reads the joined spelling %s as %s', (name, code) => {
    expect(countriesOf(`Tỉnh đẩy mạnh hợp tác với ${name} trong năm nay.`)).toEqual([code]);
  });

  it.each([
    ['In-đô-nê-xia', 'ID'],
    ['Ma-lai-xia', 'MY'],
    ['Ô-xtrây-lia', 'AU'],
    ['I-ta-lia', 'IT'],
    ['Cô-lôm-bia', 'CO'],
    ['Xlô-va-kia', 'SK'],
    ['Ni-giê-ria', 'NG'],
    ['Ê-ti-ô-pia', 'ET'],
    ['Tan-da-nia', 'TZ'],
  ])('reads %s, a final -i-a written as one syllable, as %s', (name, code) => {
    expect(countriesOf(`Tỉnh đẩy mạnh hợp tác với ${name} trong năm nay.`)).toEqual([code]);
  });

  it('reads names in an all-capital headline, in NFD text and written without diacritics', () => {
    expect(countriesOf('', 'HỢP TÁC VỚI Ô-XTRÂY-LI-A, XIN-GA-PO VÀ MA-LAI-XI-A')).toEqual(['AU', 'MY', 'SG']);
    expect(countriesOf('Hợp tác với Ô-xtrây-li-a và Niu Di-lân.'.normalize('NFD'))).toEqual(['AU', 'NZ']);
    expect(countriesOf('Hop tac voi Nhat Ban, Han Quoc va Thai Lan.')).toEqual(['JP', 'KR', 'TH']);
    expect(countriesOf('Ký kết với Thuỵ Sỹ và Thuỵ Điển.')).toEqual(['CH', 'SE']);
  });

  it.each([
    ['Quan hệ với Bắc Ireland được thúc đẩy.', 'GB'],
    ['Đoàn Nam Triều Tiên thăm tỉnh.', 'KR'],
    ['Lưu học sinh từng học tại CHDC Đức.', 'DE'],
    ['Văn phòng Kinh tế và Văn hóa Đài Bắc tại TP.HCM tài trợ học bổng.', 'TW'],
  ])('reads a part or a former name of a country as the country: %s', (text, code) => {
    expect(countriesOf(text)).toEqual([code]);
  });

  it('reads the Democratic Republic of the Congo as CD, not as the Republic of the Congo', () => {
    expect(countriesOf('Đoàn đại biểu CHDC Công-gô thăm tỉnh.')).toEqual(['CD']);
    expect(countriesOf('Đoàn đại biểu Cộng hòa Công-gô thăm tỉnh.')).toEqual(['CG']);
  });
});

describe('a country named by the words around it', () => {
  it.each([
    ['Nhiều người Nhật đến thăm tỉnh.', 'JP'],
    ['Phía Lào cảm ơn sự giúp đỡ của tỉnh.', 'LA'],
    ['Tỉnh trao quà cho nước bạn Lào.', 'LA'],
    ['Chính phủ Hàn Quốc tài trợ dự án.', 'KR'],
    ['Đại sứ quán Ấn Độ tổ chức lễ kỷ niệm.', 'IN'],
    ['Du khách Hàn đến tỉnh tăng mạnh.', 'KR'],
    ['Doanh nghiệp Hàn đầu tư vào khu công nghiệp.', 'KR'],
    ['Người Hàn sinh sống tại tỉnh ngày càng đông.', 'KR'],
    ['Du khách Thái đến tỉnh tăng mạnh.', 'TH'],
    ['Doanh nghiệp Thái mở rộng đầu tư.', 'TH'],
    ['Bộ trưởng Ngoại giao Úc Penny Wong thăm tỉnh.', 'AU'],
    ['Bộ trưởng Quốc phòng Mỹ Lloyd Austin thăm tỉnh.', 'US'],
    ['Lưu học sinh Lào tốt nghiệp tại trường.', 'LA'],
  ])('finds the country in "%s"', (text, code) => {
    expect(countriesOf(text)).toContain(code);
  });
});

// New names against the ordinary words and names they could be mistaken for, both ways.
describe.each([
  {
    trap: 'ba ranh giới (three borders) is not Bahrain',
    code: 'BH',
    not: 'Ba ranh giới được xác định rõ.',
    yes: 'Đoàn Ba-ranh được xác định rõ.',
  },
  {
    trap: 'người Thái is an ethnic group, not Thailand',
    code: 'TH',
    not: 'Bà con người Thái ở bản giữ nghề dệt.',
    yes: 'Du khách Thái ở bản học nghề dệt.',
  },
  {
    trap: 'a company named after a person is not Thailand',
    code: 'TH',
    not: 'Doanh nghiệp Thái Hòa đầu tư vào tỉnh.',
    yes: 'Doanh nghiệp Thái Lan đầu tư vào tỉnh.',
  },
  {
    trap: 'a person called Hàn is not Korea',
    code: 'KR',
    not: 'Ông Hàn Văn Minh phát biểu tại hội nghị.',
    yes: 'Phía Hàn phát biểu tại hội nghị.',
  },
  {
    trap: 'Hàn Mặc Tử is a poet, not Korea',
    code: 'KR',
    not: 'Người Hàn Mặc Tử yêu nhất là thơ.',
    yes: 'Người Hàn yêu nhất là kim chi.',
  },
  {
    trap: 'welding is not Korea',
    code: 'KR',
    not: 'Thợ hàn sửa chữa cầu.',
    yes: 'Thợ Hàn Quốc sửa chữa cầu.',
  },
  {
    trap: 'Đức Trọng is a district of Lâm Đồng, not Germany',
    code: 'DE',
    not: 'Nông dân Đức Trọng trồng rau.',
    yes: 'Nông dân Đức trồng rau.',
  },
  {
    trap: 'Châu Đức is a district, not Germany',
    code: 'DE',
    not: 'Huyện Châu Đức đón đoàn.',
    yes: 'Nước Đức đón đoàn.',
  },
  {
    trap: 'Đông Anh is a district of Hà Nội, not the United Kingdom',
    code: 'GB',
    not: 'Đoàn thăm Đông Anh.',
    yes: 'Đoàn thăm Vương quốc Anh.',
  },
  {
    trap: 'Mỹ Quý Tây is a border gate, not the United States',
    code: 'US',
    not: 'Cửa khẩu Mỹ Quý Tây thông quan.',
    yes: 'Hàng sang Mỹ thông quan.',
  },
  {
    trap: 'Đông Dương is Indochina, not a country',
    code: 'CN',
    not: 'Đảng Cộng sản Đông Dương ra đời.',
    yes: 'Đảng Cộng sản Trung Quốc ra đời.',
  },
  {
    trap: 'sát cánh is a verb, not Chad',
    code: 'TD',
    not: 'Sát cánh cùng nhân dân.',
    yes: 'Sát cánh cùng Cộng hòa Sát.',
  },
])('$trap', ({ code, not, yes }) => {
  it('does not tag the trap', () => {
    expect(countriesOf(not)).not.toContain(code);
  });
  it('tags the real mention', () => {
    expect(countriesOf(yes)).toContain(code);
  });
});

describe("the neighbours' provinces stand for their country", () => {
  it.each(
    Object.entries(FOREIGN_PLACES).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
  )('reads %s as %s', (name, code) => {
    expect(countriesOf(`Đoàn đại biểu ${name} thăm tỉnh.`)).toEqual([code]);
  });

  it('reads a city across the border with its unit word, not as a street', () => {
    expect(countriesOf('Đoàn thành phố Sùng Tả thăm tỉnh.')).toEqual(['CN']);
    expect(countriesOf('Cửa hàng trên phố Vân Nam đông khách.')).toEqual([]);
    expect(countriesOf('Xã Quảng Đông tổ chức hội nghị.')).toEqual([]);
  });
});

describe('regions that are not countries', () => {
  it.each([
    ['Các nước Tây Phi và Đông Phi.', ['east-africa', 'west-africa']],
    ['Các nước vùng Caribe và vùng Vịnh.', ['caribbean', 'gulf']],
    ['Ba nước Đông Dương.', ['indochina']],
    ['Hiệp định CPTPP và RCEP.', ['CPTPP', 'RCEP']],
  ])('reads "%s" as regions only', (text, regions) => {
    expect(
      tagRegions(analyzeText({ title: '', body: text }))
        .map((t) => t.code)
        .sort(),
    ).toEqual(regions);
    expect(countriesOf(text)).toEqual([]);
  });
});

/** Each former unit with the spellings the press uses. */
const PROVINCE_SPELLINGS: readonly (readonly [string, readonly string[]])[] = [
  [
    'ha-noi',
    ['Hà Nội', 'TP Hà Nội', 'thành phố Hà Nội', 'Thủ đô Hà Nội', 'HÀ NỘI', 'Hanoi', 'Ha Noi', 'TP.Hà Nội'],
  ],
  [
    'ho-chi-minh',
    [
      'TP.HCM',
      'TPHCM',
      'TP HCM',
      'TP. HCM',
      'Tp.HCM',
      'TP.Hồ Chí Minh',
      'Thành phố Hồ Chí Minh',
      'thành phố Hồ Chí Minh',
      'Sài Gòn',
      'Saigon',
      'HCMC',
      'Ho Chi Minh City',
      'HCM City',
      'TP Sài Gòn',
      'TP.Sài Gòn',
      'Tp. Hồ Chí Minh',
      'T.P Hồ Chí Minh',
      'TP.HỒ CHÍ MINH',
      'THÀNH PHỐ HỒ CHÍ MINH',
      'TP. HỒ CHÍ MINH',
      'Thành phố HCM',
    ],
  ],
  ['hai-phong', ['Hải Phòng', 'HẢI PHÒNG', 'Haiphong', 'TP Hải Phòng']],
  ['da-nang', ['Đà Nẵng', 'ĐÀ NẴNG', 'Danang', 'Da Nang', 'TP.Đà Nẵng', 'TP. ĐÀ NẴNG']],
  ['can-tho', ['Cần Thơ', 'CẦN THƠ', 'Can Tho', 'Cantho']],
  [
    'thua-thien-hue',
    [
      'Thừa Thiên Huế',
      'Thừa Thiên - Huế',
      'Thừa Thiên-Huế',
      'TT-Huế',
      'TT Huế',
      'TT. Huế',
      'THỪA THIÊN HUẾ',
      'tỉnh Thừa Thiên Huế',
      'Thừa Thiên – Huế',
    ],
  ],
  ['ha-giang', ['Hà Giang', 'HÀ GIANG']],
  ['cao-bang', ['Cao Bằng']],
  ['bac-kan', ['Bắc Kạn', 'Bắc Cạn', 'BẮC KẠN']],
  ['tuyen-quang', ['Tuyên Quang']],
  ['lao-cai', ['Lào Cai', 'LÀO CAI']],
  ['dien-bien', ['Điện Biên', 'ĐIỆN BIÊN']],
  ['lai-chau', ['Lai Châu']],
  ['son-la', ['Sơn La', 'SƠN LA']],
  ['yen-bai', ['Yên Bái']],
  ['hoa-binh', ['Hòa Bình', 'Hoà Bình', 'HÒA BÌNH', 'tỉnh Hoà Bình']],
  ['thai-nguyen', ['Thái Nguyên']],
  ['lang-son', ['Lạng Sơn', 'LẠNG SƠN']],
  ['quang-ninh', ['Quảng Ninh', 'QUẢNG NINH']],
  ['bac-giang', ['Bắc Giang']],
  ['phu-tho', ['Phú Thọ']],
  ['vinh-phuc', ['Vĩnh Phúc']],
  ['bac-ninh', ['Bắc Ninh']],
  ['hai-duong', ['Hải Dương']],
  ['hung-yen', ['Hưng Yên']],
  ['thai-binh', ['Thái Bình']],
  ['ha-nam', ['Hà Nam']],
  ['nam-dinh', ['Nam Định']],
  ['ninh-binh', ['Ninh Bình']],
  ['thanh-hoa', ['Thanh Hóa', 'Thanh Hoá', 'THANH HÓA', 'THANH HOÁ']],
  ['nghe-an', ['Nghệ An', 'NGHỆ AN']],
  ['ha-tinh', ['Hà Tĩnh']],
  ['quang-binh', ['Quảng Bình']],
  ['quang-tri', ['Quảng Trị']],
  ['quang-nam', ['Quảng Nam']],
  ['quang-ngai', ['Quảng Ngãi', 'QUẢNG NGÃI']],
  ['binh-dinh', ['Bình Định']],
  ['phu-yen', ['Phú Yên']],
  ['khanh-hoa', ['Khánh Hòa', 'Khánh Hoà', 'KHÁNH HÒA', 'KHÁNH HOÀ']],
  ['ninh-thuan', ['Ninh Thuận']],
  ['binh-thuan', ['Bình Thuận']],
  ['kon-tum', ['Kon Tum', 'Kontum', 'KonTum', 'KON TUM']],
  ['gia-lai', ['Gia Lai']],
  [
    'dak-lak',
    [
      'Đắk Lắk',
      'Đắc Lắc',
      'Daklak',
      'Dak Lak',
      'ĐẮK LẮK',
      'Đăk Lăk',
      'Đắklắk',
      'DakLak',
      'Đắk Lăk',
      'Đăk Lắk',
    ],
  ],
  ['dak-nong', ['Đắk Nông', 'Đăk Nông', 'ĐẮK NÔNG', 'Dak Nong', 'Đắc Nông', 'DakNong']],
  ['lam-dong', ['Lâm Đồng']],
  ['binh-phuoc', ['Bình Phước']],
  ['tay-ninh', ['Tây Ninh']],
  ['binh-duong', ['Bình Dương']],
  ['dong-nai', ['Đồng Nai']],
  [
    'ba-ria-vung-tau',
    [
      'Bà Rịa - Vũng Tàu',
      'Bà Rịa-Vũng Tàu',
      'Bà Rịa – Vũng Tàu',
      'BR-VT',
      'BRVT',
      'Bà Rịa Vũng Tàu',
      'BÀ RỊA - VŨNG TÀU',
      'Bà Rịa–Vũng Tàu',
    ],
  ],
  ['long-an', ['Long An']],
  ['tien-giang', ['Tiền Giang']],
  ['ben-tre', ['Bến Tre']],
  ['tra-vinh', ['Trà Vinh']],
  ['vinh-long', ['Vĩnh Long']],
  ['dong-thap', ['Đồng Tháp']],
  ['an-giang', ['An Giang']],
  ['kien-giang', ['Kiên Giang']],
  ['hau-giang', ['Hậu Giang']],
  ['soc-trang', ['Sóc Trăng']],
  ['bac-lieu', ['Bạc Liêu']],
  ['ca-mau', ['Cà Mau', 'CÀ MAU']],
];

describe('every provincial-level unit in the spellings of the press', () => {
  it('lists every one of the 63 former units', () => {
    expect(new Set(PROVINCE_SPELLINGS.map(([slug]) => slug))).toEqual(
      new Set(FORMER_PROVINCES.map((unit) => unit.slug)),
    );
  });

  it.each(PROVINCE_SPELLINGS.flatMap(([slug, names]) => names.map((name) => [name, slug] as const)))(
    'reads %s as %s, and no country',
    (name, slug) => {
      const text = `Đoàn công tác đến ${name} làm việc.`;
      expect(namedOf(text)).toEqual([slug]);
      expect(countriesOf(text)).toEqual([]);
    },
  );

  it.each(FORMER_PROVINCES.map((unit) => [unit.name] as const).filter(([name]) => name !== 'Hồ Chí Minh'))(
    '%s with its unit word, in capitals and without diacritics',
    (name) => {
      const slug = FORMER_PROVINCES.find((unit) => unit.name === name)?.slug;
      const unitWord = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ'].includes(name) ? 'thành phố' : 'tỉnh';
      expect(namedOf(`Lãnh đạo ${unitWord} ${name} tiếp đoàn.`)).toEqual([slug]);
      expect(namedOf(`LÃNH ĐẠO ${unitWord.toUpperCase()} ${name.toUpperCase()} TIẾP ĐOÀN`)).toEqual([slug]);
      expect(namedOf(`Lãnh đạo ${unitWord} ${name}`.normalize('NFD'))).toEqual([slug]);
    },
  );

  it('reads the city of Huế as the unit with its unit word', () => {
    expect(namedOf('Đoàn công tác thành phố Huế làm việc.')).toEqual(['hue']);
    expect(namedOf('Đoàn công tác TP. Huế làm việc.')).toEqual(['hue']);
  });
});

describe('province traps', () => {
  it.each([
    ['a street named after a unit', 'Cửa hàng trên đường Hà Nội đông khách.', []],
    ['a street named after Huế', 'Quán phở trên phố Huế đông khách.', []],
    ['a sports club', 'CLB Hà Nội thắng Sài Gòn FC.', []],
    ['a person called Hải Dương', 'Anh Nguyễn Văn Hải Dương phát biểu.', []],
    ['a person called Lâm Đồng', 'Chị Lê Thị Lâm Đồng phát biểu.', []],
    ['a person called Hòa Bình', 'Ông Trương Hòa Bình phát biểu.', []],
    ['peace in a headline in capitals', 'VÌ HÒA BÌNH VÀ HỮU NGHỊ GIỮA CÁC DÂN TỘC', []],
    ['peacekeeping in capitals', 'LỰC LƯỢNG GÌN GIỮ HÒA BÌNH LIÊN HỢP QUỐC', []],
    ['the province Hòa Bình in capitals', 'TỈNH HÒA BÌNH ĐÓN ĐOÀN KHÁCH LÀO', ['hoa-binh']],
    // An organisation of a unit names its unit: the unit is in the article.
    ['a university of a unit', 'Đại học Đà Nẵng hợp tác với Nhật Bản.', ['da-nang']],
    ['a newspaper of a unit', 'Báo Quảng Ninh đưa tin.', ['quang-ninh']],
    [
      'the geopark of Cao Bằng is not in Đà Nẵng',
      'Đoàn khảo sát Công viên địa chất Non Nước Cao Bằng.',
      ['cao-bang'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(namedOf(text)).toEqual(expected);
  });

  it.each([
    ['UBND tỉnh Lạng Sơn tiếp đoàn.', 'lang-son'],
    ['Sở Ngoại vụ Quảng Ninh tổ chức hội nghị.', 'quang-ninh'],
    ['Tỉnh ủy Điện Biên làm việc với đoàn.', 'dien-bien'],
    ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum tổ chức giao lưu.', 'kon-tum'],
  ])('an official body names its unit: %s', (text, slug) => {
    expect(namedOf(text)).toEqual([slug]);
  });
});

describe('places below provincial level', () => {
  it.each(PLACES.map((place) => [place.name, place.province] as const))(
    '%s is a place of %s',
    (name, slug) => {
      const text = `Đoàn công tác đến ${name} làm việc.`;
      expect(provinceTagsOf(text)).toEqual([{ code: slug, via: 'place' }]);
      expect(countriesOf(text)).toEqual([]);
    },
  );

  it.each([
    ['Cửa khẩu quốc tế Hữu Nghị thông quan.', 'lang-son'],
    ['Cửa khẩu Tân Thanh thông quan.', 'lang-son'],
    ['Cửa khẩu Kim Thành thông quan.', 'lao-cai'],
    ['Cửa khẩu Hoa Lư thông quan.', 'binh-phuoc'],
  ])('a border gate named with its word: %s', (text, slug) => {
    expect(provinceTagsOf(text)).toEqual([{ code: slug, via: 'place' }]);
  });

  it.each([
    ['Huân chương Hữu nghị và Hội Hữu nghị.'],
    ['Xã Tân Thanh tổ chức hội nghị.'],
    ['Huyện Kim Thành tổ chức hội nghị.'],
  ])('a name that is a border gate only with its word: %s', (text) => {
    expect(provinceTagsOf(text)).toEqual([]);
  });

  it('reads Hoa Lư alone as the old capital in Ninh Bình and the border gate in Bình Phước', () => {
    expect(provinceTagsOf('Cố đô Hoa Lư đón khách.')).toEqual([{ code: 'ninh-binh', via: 'place' }]);
    expect(provinceTagsOf('Cửa khẩu quốc tế Hoa Lư đón khách.')).toEqual([
      { code: 'binh-phuoc', via: 'place' },
    ]);
  });
});

describe('the acting unit', () => {
  function primaryOf(title: string, body: string): string | null {
    const doc = analyzeText({ title, body });
    return choosePrimaryProvince(doc, tagProvinces(doc), true);
  }
  it.each([
    'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum',
    'Tỉnh đoàn Kon Tum',
    'Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum',
  ])('reads %s as the actor among several units', (actor) => {
    const body = `Đoàn khách Gia Lai và Quảng Ngãi đến dự. Chương trình do ${actor} chủ động thực hiện cùng tỉnh Attapeu.`;
    expect(primaryOf('Giao lưu hữu nghị với nước bạn Lào', body)).toBe('kon-tum');
  });

  it("reads an unnamed border guard command as the outlet's own province", () => {
    const doc = analyzeText({
      title: 'Giao lưu hữu nghị',
      body: 'Bộ đội Biên phòng tỉnh tổ chức giao lưu với nước bạn Lào.',
      homeProvince: 'kon-tum',
    });
    expect(implicitHomeProvince(doc)?.code).toBe('kon-tum');
  });
});
