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
  'ha-noi': ['Nội Bài', 'Ba Đình', 'Hoàn Kiếm', 'Mỹ Đình', 'Sơn Tây', 'Ba Vì', 'Hồ Gươm', 'Văn Miếu', 'Nhật Tân', 'Long Biên', 'Hoàng thành Thăng Long', 'Gia Lâm', 'Đông Anh', 'Cầu Giấy', 'Đống Đa', 'Sóc Sơn', 'Hòa Lạc', 'Thạch Thất'],
  'ho-chi-minh': ['Tân Sơn Nhất', 'Thủ Đức', 'Củ Chi', 'Cần Giờ', 'Phú Mỹ Hưng', 'Chợ Lớn', 'Bến Thành', 'Cát Lái', 'Bến Nhà Rồng', 'Dinh Độc Lập', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè'],
  'da-nang': ['Sơn Trà', 'Mỹ Khê', 'Bà Nà', 'Ngũ Hành Sơn', 'Hải Vân', 'Hòa Vang', 'Liên Chiểu', 'Hải Châu', 'Cẩm Lệ', 'Tiên Sa', 'làng đá Non Nước', 'bãi biển Non Nước'],
  'hai-phong': ['Đồ Sơn', 'Cát Bà', 'Bạch Long Vĩ', 'Lạch Huyện', 'Cát Hải', 'Đình Vũ'],
  'can-tho': ['Ninh Kiều', 'Cái Răng', 'Ô Môn', 'Thốt Nốt'],
  'thua-thien-hue': ['Lăng Cô', 'Chân Mây', 'Phú Bài'],
  'quang-nam': ['Hội An', 'Tam Kỳ', 'Mỹ Sơn', 'Cù Lao Chàm', 'Chu Lai', 'Điện Bàn', 'Khâm Đức', 'Núi Thành', 'cửa khẩu Nam Giang'],
  'quang-ngai': ['Lý Sơn', 'Dung Quất', 'Sa Huỳnh', 'Đức Phổ'],
  'khanh-hoa': ['Nha Trang', 'Cam Ranh', 'Vân Phong', 'Ninh Hòa', 'Trường Sa', 'Vạn Ninh', 'Cam Lâm', 'Diên Khánh'],
  'ba-ria-vung-tau': ['Vũng Tàu', 'Bà Rịa', 'Côn Đảo', 'Long Hải', 'Cái Mép', 'Châu Đức', 'Xuyên Mộc', 'Hồ Tràm'],
  'lam-dong': ['Đà Lạt', 'Bảo Lộc', 'Đức Trọng', 'Lang Biang', 'Langbiang', 'Di Linh', 'Đơn Dương'],
  'quang-ninh': ['Hạ Long', 'vịnh Hạ Long', 'Móng Cái', 'Vân Đồn', 'Cẩm Phả', 'Uông Bí', 'Yên Tử', 'Cô Tô', 'Bắc Luân', 'Tuần Châu', 'Quảng Yên', 'Đông Triều', 'Bãi Cháy', 'Trà Cổ', 'Bình Liêu', 'Tiên Yên', 'Hoành Mô', 'Bắc Phong Sinh'],
  'lao-cai': ['Sa Pa', 'Sapa', 'Fansipan', 'Bát Xát', 'Bắc Hà', 'Y Tý', 'Phan Xi Păng', 'Mường Khương', 'Bản Vược', 'cửa khẩu Kim Thành', 'cửa khẩu quốc tế Kim Thành'],
  'kien-giang': ['Phú Quốc', 'Rạch Giá', 'Hà Tiên', 'Kiên Hải', 'Nam Du', 'Thổ Chu', 'Xà Xía', 'cửa khẩu Giang Thành', 'Thổ Châu'],
  'tien-giang': ['Mỹ Tho', 'Gò Công', 'Cái Bè'],
  'dak-lak': ['Buôn Ma Thuột', 'Buôn Mê Thuột', 'Buôn Đôn', 'Buôn Hồ'],
  'binh-dinh': ['Quy Nhơn', 'Qui Nhơn', 'An Nhơn', 'Phù Cát', 'Nhơn Hội'],
  'phu-yen': ['Tuy Hòa', 'Gành Đá Đĩa', 'Vũng Rô'],
  'nghe-an': ['xứ Nghệ', 'TP Vinh', 'thành phố Vinh', 'Cửa Lò', 'Nậm Cắn', 'Anh Sơn'],
  'binh-thuan': ['Phan Thiết', 'Mũi Né', 'La Gi', 'Đức Linh', 'đặc khu Phú Quý'],
  'ninh-thuan': ['Phan Rang', 'Phan Rang - Tháp Chàm', 'Ninh Chữ'],
  'gia-lai': ['Pleiku', 'Plei Ku', 'Lệ Thanh', 'An Khê', 'Ayun Pa', 'Đức Cơ'],
  'kon-tum': ['Bờ Y', 'Măng Đen', 'Ngọc Hồi'],
  'dien-bien': ['Điện Biên Phủ', 'Mường Nhé', 'Tây Trang', 'Mường Lay', 'Huổi Puốc', 'A Pa Chải'],
  'son-la': ['Mộc Châu', 'Sốp Cộp', 'Lóng Sập', 'Chiềng Khương', 'Pa Háng'],
  'lai-chau': ['Ma Lù Thàng', 'Mường Tè', 'Sìn Hồ', 'U Ma Tu Khoòng'],
  'ha-giang': ['Đồng Văn', 'Mèo Vạc', 'Lũng Cú', 'Quản Bạ', 'Hoàng Su Phì', 'Mã Pì Lèng', 'Xín Mần', 'Phó Bảng', 'Săm Pun'],
  'cao-bang': ['Bản Giốc', 'Pác Bó', 'Trà Lĩnh', 'Tà Lùng', 'Hà Quảng', 'Sóc Giang', 'Pò Peo', 'Lý Vạn'],
  'lang-son': ['Đồng Đăng', 'Mẫu Sơn', 'Chi Ma', 'Cốc Nam', 'Na Hình', 'cửa khẩu Hữu Nghị', 'cửa khẩu quốc tế Hữu Nghị', 'cửa khẩu Tân Thanh'],
  'bac-kan': ['Ba Bể'],
  'tuyen-quang': ['Tân Trào', 'Na Hang'],
  'yen-bai': ['Mù Cang Chải', 'Nghĩa Lộ'],
  'hoa-binh': ['Mai Châu'],
  'vinh-phuc': ['Tam Đảo', 'Vĩnh Yên', 'Phúc Yên'],
  'ninh-binh': ['Tràng An', 'Tam Cốc', 'Bái Đính', 'Hoa Lư', 'Cúc Phương'],
  'ha-nam': ['Phủ Lý', 'Tam Chúc'],
  'thanh-hoa': ['xứ Thanh', 'Sầm Sơn', 'Nghi Sơn', 'Na Mèo', 'Pù Luông', 'Bỉm Sơn', 'Tén Tằn', 'Nga Sơn'],
  'ha-tinh': ['Cầu Treo', 'Vũng Áng', 'Đồng Lộc', 'Hồng Lĩnh', 'Đức Thọ'],
  'quang-binh': ['Đồng Hới', 'Phong Nha', 'Phong Nha - Kẻ Bàng', 'Cha Lo', 'Sơn Đoòng', 'Ba Đồn', 'Cà Roòng'],
  'quang-tri': ['Đông Hà', 'Lao Bảo', 'Khe Sanh', 'Hiền Lương', 'Cồn Cỏ', 'La Lay', 'Cửa Tùng', 'Cửa Việt'],
  'dong-nai': ['Biên Hòa', 'Long Thành', 'Nhơn Trạch', 'Long Khánh', 'Trảng Bom'],
  'binh-duong': ['Thủ Dầu Một', 'Dĩ An', 'Bến Cát'],
  'binh-phuoc': ['Đồng Xoài', 'Bình Long', 'Lộc Ninh', 'cửa khẩu Hoa Lư', 'cửa khẩu quốc tế Hoa Lư', 'cửa khẩu Hoàng Diệu'],
  'tay-ninh': ['Mộc Bài', 'Xa Mát', 'núi Bà Đen', 'Trảng Bàng', 'Kà Tum', 'Chàng Riệc', 'cửa khẩu Tân Nam'],
  'long-an': ['Tân An', 'Đức Hòa', 'Đức Huệ', 'Cần Giuộc', 'Mỹ Quý Tây', 'cửa khẩu Bình Hiệp'],
  'an-giang': ['Long Xuyên', 'Châu Đốc', 'Tịnh Biên', 'Vĩnh Xương', 'Núi Sam', 'cửa khẩu Khánh Bình'],
  'dong-thap': ['Cao Lãnh', 'Sa Đéc', 'Thường Phước', 'Hồng Ngự', 'Tràm Chim', 'Dinh Bà'],
  'hau-giang': ['Vị Thanh', 'Ngã Bảy'],
  'dak-nong': ['Gia Nghĩa', 'Bu Prăng'],
  'ca-mau': ['Đất Mũi', 'Năm Căn'],
  'ben-tre': ['Chợ Lách'],
  'bac-lieu': ['Giá Rai'],
  'soc-trang': ['Vĩnh Châu'],
  'hai-duong': ['Côn Sơn', 'Kiếp Bạc', 'Chí Linh'],
  'bac-ninh': ['Từ Sơn'],
  'bac-giang': ['Lục Ngạn', 'Tây Yên Tử'],
  'phu-tho': ['Việt Trì', 'Đền Hùng'],
  'thai-nguyen': ['Sông Công', 'Phổ Yên'],
  'hung-yen': ['Phố Hiến'],
};

/** Every place, one entry each. */
export const PLACES: readonly Place[] = Object.entries(PLACES_BY_PROVINCE).flatMap(([province, names]) =>
  names.map((name) => ({ name, province })),
);
