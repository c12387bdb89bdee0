/**
 * Vietnam's provincial-level units: the 63 before 1 July 2025 and the 34 of today
 * (Resolution 202/2025/QH15; Thừa Thiên Huế became the city of Huế on 1 January 2025).
 * Facts only; the name variants a tagger matches live in the gazetteer beside this file.
 */

export type UnitType = 'tinh' | 'thanh-pho';

export interface ProvinceUnit {
  slug: string;
  /** Official Vietnamese name, NFC, with the modern tone placement (`Khánh Hòa`). */
  name: string;
  unitType: UnitType;
}

export interface FormerProvince extends ProvinceUnit {
  /** The unit of today it belongs to. */
  current: string;
}

/** The 63 units in force until 30 June 2025, with the unit each belongs to today. */
export const FORMER_PROVINCES: readonly FormerProvince[] = [
  { slug: 'ha-noi', name: 'Hà Nội', unitType: 'thanh-pho', current: 'ha-noi' },
  { slug: 'ho-chi-minh', name: 'Hồ Chí Minh', unitType: 'thanh-pho', current: 'ho-chi-minh' },
  { slug: 'hai-phong', name: 'Hải Phòng', unitType: 'thanh-pho', current: 'hai-phong' },
  { slug: 'da-nang', name: 'Đà Nẵng', unitType: 'thanh-pho', current: 'da-nang' },
  { slug: 'can-tho', name: 'Cần Thơ', unitType: 'thanh-pho', current: 'can-tho' },
  { slug: 'thua-thien-hue', name: 'Thừa Thiên Huế', unitType: 'tinh', current: 'hue' },
  { slug: 'ha-giang', name: 'Hà Giang', unitType: 'tinh', current: 'tuyen-quang' },
  { slug: 'cao-bang', name: 'Cao Bằng', unitType: 'tinh', current: 'cao-bang' },
  { slug: 'bac-kan', name: 'Bắc Kạn', unitType: 'tinh', current: 'thai-nguyen' },
  { slug: 'tuyen-quang', name: 'Tuyên Quang', unitType: 'tinh', current: 'tuyen-quang' },
  { slug: 'lao-cai', name: 'Lào Cai', unitType: 'tinh', current: 'lao-cai' },
  { slug: 'dien-bien', name: 'Điện Biên', unitType: 'tinh', current: 'dien-bien' },
  { slug: 'lai-chau', name: 'Lai Châu', unitType: 'tinh', current: 'lai-chau' },
  { slug: 'son-la', name: 'Sơn La', unitType: 'tinh', current: 'son-la' },
  { slug: 'yen-bai', name: 'Yên Bái', unitType: 'tinh', current: 'lao-cai' },
  { slug: 'hoa-binh', name: 'Hòa Bình', unitType: 'tinh', current: 'phu-tho' },
  { slug: 'thai-nguyen', name: 'Thái Nguyên', unitType: 'tinh', current: 'thai-nguyen' },
  { slug: 'lang-son', name: 'Lạng Sơn', unitType: 'tinh', current: 'lang-son' },
  { slug: 'quang-ninh', name: 'Quảng Ninh', unitType: 'tinh', current: 'quang-ninh' },
  { slug: 'bac-giang', name: 'Bắc Giang', unitType: 'tinh', current: 'bac-ninh' },
  { slug: 'phu-tho', name: 'Phú Thọ', unitType: 'tinh', current: 'phu-tho' },
  { slug: 'vinh-phuc', name: 'Vĩnh Phúc', unitType: 'tinh', current: 'phu-tho' },
  { slug: 'bac-ninh', name: 'Bắc Ninh', unitType: 'tinh', current: 'bac-ninh' },
  { slug: 'hai-duong', name: 'Hải Dương', unitType: 'tinh', current: 'hai-phong' },
  { slug: 'hung-yen', name: 'Hưng Yên', unitType: 'tinh', current: 'hung-yen' },
  { slug: 'thai-binh', name: 'Thái Bình', unitType: 'tinh', current: 'hung-yen' },
  { slug: 'ha-nam', name: 'Hà Nam', unitType: 'tinh', current: 'ninh-binh' },
  { slug: 'nam-dinh', name: 'Nam Định', unitType: 'tinh', current: 'ninh-binh' },
  { slug: 'ninh-binh', name: 'Ninh Bình', unitType: 'tinh', current: 'ninh-binh' },
  { slug: 'thanh-hoa', name: 'Thanh Hóa', unitType: 'tinh', current: 'thanh-hoa' },
  { slug: 'nghe-an', name: 'Nghệ An', unitType: 'tinh', current: 'nghe-an' },
  { slug: 'ha-tinh', name: 'Hà Tĩnh', unitType: 'tinh', current: 'ha-tinh' },
  { slug: 'quang-binh', name: 'Quảng Bình', unitType: 'tinh', current: 'quang-tri' },
  { slug: 'quang-tri', name: 'Quảng Trị', unitType: 'tinh', current: 'quang-tri' },
  { slug: 'quang-nam', name: 'Quảng Nam', unitType: 'tinh', current: 'da-nang' },
  { slug: 'quang-ngai', name: 'Quảng Ngãi', unitType: 'tinh', current: 'quang-ngai' },
  { slug: 'binh-dinh', name: 'Bình Định', unitType: 'tinh', current: 'gia-lai' },
  { slug: 'phu-yen', name: 'Phú Yên', unitType: 'tinh', current: 'dak-lak' },
  { slug: 'khanh-hoa', name: 'Khánh Hòa', unitType: 'tinh', current: 'khanh-hoa' },
  { slug: 'ninh-thuan', name: 'Ninh Thuận', unitType: 'tinh', current: 'khanh-hoa' },
  { slug: 'binh-thuan', name: 'Bình Thuận', unitType: 'tinh', current: 'lam-dong' },
  { slug: 'kon-tum', name: 'Kon Tum', unitType: 'tinh', current: 'quang-ngai' },
  { slug: 'gia-lai', name: 'Gia Lai', unitType: 'tinh', current: 'gia-lai' },
  { slug: 'dak-lak', name: 'Đắk Lắk', unitType: 'tinh', current: 'dak-lak' },
  { slug: 'dak-nong', name: 'Đắk Nông', unitType: 'tinh', current: 'lam-dong' },
  { slug: 'lam-dong', name: 'Lâm Đồng', unitType: 'tinh', current: 'lam-dong' },
  { slug: 'binh-phuoc', name: 'Bình Phước', unitType: 'tinh', current: 'dong-nai' },
  { slug: 'tay-ninh', name: 'Tây Ninh', unitType: 'tinh', current: 'tay-ninh' },
  { slug: 'binh-duong', name: 'Bình Dương', unitType: 'tinh', current: 'ho-chi-minh' },
  { slug: 'dong-nai', name: 'Đồng Nai', unitType: 'tinh', current: 'dong-nai' },
  { slug: 'ba-ria-vung-tau', name: 'Bà Rịa - Vũng Tàu', unitType: 'tinh', current: 'ho-chi-minh' },
  { slug: 'long-an', name: 'Long An', unitType: 'tinh', current: 'tay-ninh' },
  { slug: 'tien-giang', name: 'Tiền Giang', unitType: 'tinh', current: 'dong-thap' },
  { slug: 'ben-tre', name: 'Bến Tre', unitType: 'tinh', current: 'vinh-long' },
  { slug: 'tra-vinh', name: 'Trà Vinh', unitType: 'tinh', current: 'vinh-long' },
  { slug: 'vinh-long', name: 'Vĩnh Long', unitType: 'tinh', current: 'vinh-long' },
  { slug: 'dong-thap', name: 'Đồng Tháp', unitType: 'tinh', current: 'dong-thap' },
  { slug: 'an-giang', name: 'An Giang', unitType: 'tinh', current: 'an-giang' },
  { slug: 'kien-giang', name: 'Kiên Giang', unitType: 'tinh', current: 'an-giang' },
  { slug: 'hau-giang', name: 'Hậu Giang', unitType: 'tinh', current: 'can-tho' },
  { slug: 'soc-trang', name: 'Sóc Trăng', unitType: 'tinh', current: 'can-tho' },
  { slug: 'bac-lieu', name: 'Bạc Liêu', unitType: 'tinh', current: 'ca-mau' },
  { slug: 'ca-mau', name: 'Cà Mau', unitType: 'tinh', current: 'ca-mau' },
];

/** The 34 units in force since 1 July 2025. */
export const CURRENT_PROVINCES: readonly ProvinceUnit[] = [
  { slug: 'ha-noi', name: 'Hà Nội', unitType: 'thanh-pho' },
  { slug: 'hue', name: 'Huế', unitType: 'thanh-pho' },
  { slug: 'hai-phong', name: 'Hải Phòng', unitType: 'thanh-pho' },
  { slug: 'da-nang', name: 'Đà Nẵng', unitType: 'thanh-pho' },
  { slug: 'ho-chi-minh', name: 'Hồ Chí Minh', unitType: 'thanh-pho' },
  { slug: 'can-tho', name: 'Cần Thơ', unitType: 'thanh-pho' },
  { slug: 'lai-chau', name: 'Lai Châu', unitType: 'tinh' },
  { slug: 'dien-bien', name: 'Điện Biên', unitType: 'tinh' },
  { slug: 'son-la', name: 'Sơn La', unitType: 'tinh' },
  { slug: 'lang-son', name: 'Lạng Sơn', unitType: 'tinh' },
  { slug: 'quang-ninh', name: 'Quảng Ninh', unitType: 'tinh' },
  { slug: 'thanh-hoa', name: 'Thanh Hóa', unitType: 'tinh' },
  { slug: 'nghe-an', name: 'Nghệ An', unitType: 'tinh' },
  { slug: 'ha-tinh', name: 'Hà Tĩnh', unitType: 'tinh' },
  { slug: 'cao-bang', name: 'Cao Bằng', unitType: 'tinh' },
  { slug: 'tuyen-quang', name: 'Tuyên Quang', unitType: 'tinh' },
  { slug: 'lao-cai', name: 'Lào Cai', unitType: 'tinh' },
  { slug: 'thai-nguyen', name: 'Thái Nguyên', unitType: 'tinh' },
  { slug: 'phu-tho', name: 'Phú Thọ', unitType: 'tinh' },
  { slug: 'bac-ninh', name: 'Bắc Ninh', unitType: 'tinh' },
  { slug: 'hung-yen', name: 'Hưng Yên', unitType: 'tinh' },
  { slug: 'ninh-binh', name: 'Ninh Bình', unitType: 'tinh' },
  { slug: 'quang-tri', name: 'Quảng Trị', unitType: 'tinh' },
  { slug: 'quang-ngai', name: 'Quảng Ngãi', unitType: 'tinh' },
  { slug: 'gia-lai', name: 'Gia Lai', unitType: 'tinh' },
  { slug: 'khanh-hoa', name: 'Khánh Hòa', unitType: 'tinh' },
  { slug: 'lam-dong', name: 'Lâm Đồng', unitType: 'tinh' },
  { slug: 'dak-lak', name: 'Đắk Lắk', unitType: 'tinh' },
  { slug: 'dong-nai', name: 'Đồng Nai', unitType: 'tinh' },
  { slug: 'tay-ninh', name: 'Tây Ninh', unitType: 'tinh' },
  { slug: 'vinh-long', name: 'Vĩnh Long', unitType: 'tinh' },
  { slug: 'dong-thap', name: 'Đồng Tháp', unitType: 'tinh' },
  { slug: 'ca-mau', name: 'Cà Mau', unitType: 'tinh' },
  { slug: 'an-giang', name: 'An Giang', unitType: 'tinh' },
];

const currentBySlug = new Map(CURRENT_PROVINCES.map((unit) => [unit.slug, unit]));
const formerBySlug = new Map(FORMER_PROVINCES.map((unit) => [unit.slug, unit]));

/** Every slug a province tag may carry as named: the 63 former units plus `hue`. */
export const NAMED_PROVINCE_SLUGS: ReadonlySet<string> = new Set([
  ...FORMER_PROVINCES.map((unit) => unit.slug),
  ...CURRENT_PROVINCES.map((unit) => unit.slug),
]);

/** The unit of today a named unit belongs to (`quang-nam` → `da-nang`); a current slug maps to itself. */
export function currentUnitOf(slug: string): string | undefined {
  if (currentBySlug.has(slug)) return slug;
  return formerBySlug.get(slug)?.current;
}

/** Official name of a unit, former or current. */
export function provinceName(slug: string): string | undefined {
  return currentBySlug.get(slug)?.name ?? formerBySlug.get(slug)?.name;
}
