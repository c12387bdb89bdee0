/**
 * Well-known cities, towns, islands and sites below provincial level, each with the unit it was in
 * before 1 July 2025. A match gives a province tag with `via: 'place'` and a lower confidence:
 * an analyst of Quảng Nam wants Hội An, but the labels count only units named as such.
 * A place whose name is also the unit's name (`Lào Cai`, `Thái Nguyên`) is not listed: it names the unit.
 */
export interface Place {
  name: string;
  province: string;
}

const PLACES_BY_PROVINCE: Readonly<Record<string, readonly string[]>> = {
  'ha-noi': ['Nội Bài', 'Ba Đình', 'Hoàn Kiếm', 'Mỹ Đình', 'Sơn Tây', 'Ba Vì', 'Hồ Gươm', 'Văn Miếu', 'Nhật Tân', 'Long Biên'],
  'ho-chi-minh': ['Tân Sơn Nhất', 'Thủ Đức', 'Củ Chi', 'Cần Giờ', 'Phú Mỹ Hưng', 'Chợ Lớn', 'Bến Thành'],
  'da-nang': ['Sơn Trà', 'Mỹ Khê', 'Bà Nà', 'Ngũ Hành Sơn', 'Non Nước', 'Hải Vân', 'Hòa Vang', 'Liên Chiểu'],
  'hai-phong': ['Đồ Sơn', 'Cát Bà', 'Bạch Long Vĩ', 'Lạch Huyện'],
  'can-tho': ['Ninh Kiều', 'Cái Răng'],
  'thua-thien-hue': ['Lăng Cô', 'Chân Mây'],
  'quang-nam': ['Hội An', 'Tam Kỳ', 'Mỹ Sơn', 'Cù Lao Chàm', 'Chu Lai', 'Điện Bàn', 'Khâm Đức'],
  'quang-ngai': ['Lý Sơn', 'Dung Quất', 'Sa Huỳnh'],
  'khanh-hoa': ['Nha Trang', 'Cam Ranh', 'Vân Phong', 'Ninh Hòa', 'Trường Sa'],
  'ba-ria-vung-tau': ['Vũng Tàu', 'Bà Rịa', 'Côn Đảo', 'Long Hải', 'Cái Mép'],
  'lam-dong': ['Đà Lạt', 'Bảo Lộc'],
  'quang-ninh': ['Hạ Long', 'vịnh Hạ Long', 'Móng Cái', 'Vân Đồn', 'Cẩm Phả', 'Uông Bí', 'Yên Tử', 'Cô Tô', 'Bắc Luân'],
  'lao-cai': ['Sa Pa', 'Sapa', 'Fansipan', 'Bát Xát'],
  'kien-giang': ['Phú Quốc', 'Rạch Giá', 'Hà Tiên'],
  'tien-giang': ['Mỹ Tho', 'Gò Công'],
  'dak-lak': ['Buôn Ma Thuột', 'Buôn Mê Thuột', 'Buôn Đôn'],
  'binh-dinh': ['Quy Nhơn', 'Qui Nhơn'],
  'phu-yen': ['Tuy Hòa'],
  'nghe-an': ['TP Vinh', 'thành phố Vinh', 'Cửa Lò', 'Nậm Cắn'],
  'binh-thuan': ['Phan Thiết', 'Mũi Né'],
  'ninh-thuan': ['Phan Rang', 'Phan Rang - Tháp Chàm', 'Ninh Chữ'],
  'gia-lai': ['Pleiku', 'Plei Ku', 'Lệ Thanh'],
  'kon-tum': ['Bờ Y', 'Măng Đen'],
  'dien-bien': ['Điện Biên Phủ', 'Mường Nhé', 'Tây Trang', 'Mường Lay'],
  'son-la': ['Mộc Châu', 'Sốp Cộp'],
  'lai-chau': ['Ma Lù Thàng'],
  'ha-giang': ['Đồng Văn', 'Mèo Vạc', 'Lũng Cú'],
  'cao-bang': ['Bản Giốc', 'Pác Bó', 'Trà Lĩnh', 'Tà Lùng'],
  'lang-son': ['Đồng Đăng', 'Mẫu Sơn', 'Chi Ma'],
  'bac-kan': ['Ba Bể'],
  'tuyen-quang': ['Tân Trào'],
  'yen-bai': ['Mù Cang Chải', 'Nghĩa Lộ'],
  'hoa-binh': ['Mai Châu'],
  'vinh-phuc': ['Tam Đảo', 'Vĩnh Yên'],
  'ninh-binh': ['Tràng An', 'Tam Cốc', 'Bái Đính', 'Hoa Lư'],
  'ha-nam': ['Phủ Lý'],
  'thanh-hoa': ['Sầm Sơn', 'Nghi Sơn', 'Na Mèo'],
  'ha-tinh': ['Cầu Treo', 'Vũng Áng', 'Đồng Lộc'],
  'quang-binh': ['Đồng Hới', 'Phong Nha', 'Phong Nha - Kẻ Bàng', 'Cha Lo'],
  'quang-tri': ['Đông Hà', 'Lao Bảo', 'Khe Sanh', 'Hiền Lương', 'Cồn Cỏ', 'La Lay'],
  'dong-nai': ['Biên Hòa', 'Long Thành', 'Nhơn Trạch'],
  'binh-duong': ['Thủ Dầu Một', 'Dĩ An'],
  'binh-phuoc': ['Đồng Xoài'],
  'tay-ninh': ['Mộc Bài', 'Xa Mát', 'núi Bà Đen'],
  'long-an': ['Tân An'],
  'an-giang': ['Long Xuyên', 'Châu Đốc', 'Tịnh Biên', 'Vĩnh Xương'],
  'dong-thap': ['Cao Lãnh', 'Sa Đéc', 'Thường Phước'],
  'hau-giang': ['Vị Thanh'],
  'dak-nong': ['Gia Nghĩa'],
  'ca-mau': ['Đất Mũi', 'Năm Căn'],
};

/** Every place, one entry each. */
export const PLACES: readonly Place[] = Object.entries(PLACES_BY_PROVINCE).flatMap(([province, names]) =>
  names.map((name) => ({ name, province })),
);
