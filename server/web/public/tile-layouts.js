// Tile-grid layouts of Vietnam's provincial units: each unit one square at (row, col), placed
// roughly where it lies, north at the top. Slugs are those of classifiers/data/provinces.ts.

/** The 34 units since the 2025 merger. */
// One line per row of tiles, so the file reads like the map.
// prettier-ignore
export const CURRENT_TILES = [
  ['lai-chau', 0, 1], ['lao-cai', 0, 2], ['tuyen-quang', 0, 3], ['cao-bang', 0, 4],
  ['dien-bien', 1, 0], ['son-la', 1, 1], ['phu-tho', 1, 2], ['thai-nguyen', 1, 3], ['lang-son', 1, 4],
  ['ha-noi', 2, 2], ['bac-ninh', 2, 3], ['quang-ninh', 2, 4],
  ['ninh-binh', 3, 2], ['hung-yen', 3, 3], ['hai-phong', 3, 4],
  ['thanh-hoa', 4, 2],
  ['nghe-an', 5, 2],
  ['ha-tinh', 6, 3],
  ['quang-tri', 7, 3],
  ['hue', 8, 4],
  ['da-nang', 9, 4],
  ['quang-ngai', 10, 4],
  ['gia-lai', 11, 4],
  ['dak-lak', 12, 4],
  ['lam-dong', 13, 3], ['khanh-hoa', 13, 4],
  ['tay-ninh', 14, 1], ['dong-nai', 14, 2], ['ho-chi-minh', 14, 3],
  ['an-giang', 15, 0], ['dong-thap', 15, 1], ['vinh-long', 15, 2],
  ['ca-mau', 16, 0], ['can-tho', 16, 1],
];

/** The 63 units before 2025. */
// prettier-ignore
export const FORMER_TILES = [
  ['lai-chau', 0, 1], ['lao-cai', 0, 2], ['ha-giang', 0, 3], ['cao-bang', 0, 4],
  ['dien-bien', 1, 0], ['yen-bai', 1, 2], ['tuyen-quang', 1, 3], ['bac-kan', 1, 4], ['lang-son', 1, 5],
  ['son-la', 2, 1], ['phu-tho', 2, 2], ['thai-nguyen', 2, 3], ['bac-giang', 2, 4], ['quang-ninh', 2, 5],
  ['hoa-binh', 3, 1], ['vinh-phuc', 3, 2], ['ha-noi', 3, 3], ['bac-ninh', 3, 4], ['hai-duong', 3, 5], ['hai-phong', 3, 6],
  ['ha-nam', 4, 3], ['hung-yen', 4, 4], ['thai-binh', 4, 5],
  ['ninh-binh', 5, 3], ['nam-dinh', 5, 4],
  ['thanh-hoa', 6, 3],
  ['nghe-an', 7, 3],
  ['ha-tinh', 8, 4],
  ['quang-binh', 9, 4],
  ['quang-tri', 10, 4],
  ['thua-thien-hue', 11, 5],
  ['quang-nam', 12, 5], ['da-nang', 12, 6],
  ['kon-tum', 13, 4], ['quang-ngai', 13, 5],
  ['gia-lai', 14, 4], ['binh-dinh', 14, 5],
  ['dak-lak', 15, 4], ['phu-yen', 15, 5],
  ['dak-nong', 16, 3], ['lam-dong', 16, 4], ['khanh-hoa', 16, 5],
  ['tay-ninh', 17, 1], ['binh-phuoc', 17, 2], ['dong-nai', 17, 3], ['binh-thuan', 17, 4], ['ninh-thuan', 17, 5],
  ['long-an', 18, 1], ['binh-duong', 18, 2], ['ho-chi-minh', 18, 3], ['ba-ria-vung-tau', 18, 4],
  ['an-giang', 19, 0], ['dong-thap', 19, 1], ['tien-giang', 19, 2], ['ben-tre', 19, 3],
  ['kien-giang', 20, 0], ['can-tho', 20, 1], ['vinh-long', 20, 2], ['tra-vinh', 20, 3],
  ['hau-giang', 21, 1], ['soc-trang', 21, 2],
  ['ca-mau', 22, 0], ['bac-lieu', 22, 1],
];

/**
 * Named slugs that are not tiles of the 63-unit grid but the same place under today's name
 * (an article naming "Huế" counts on the Thừa Thiên Huế tile).
 */
export const FORMER_ALIASES = { hue: 'thua-thien-hue' };
