/**
 * Phrases that contain a country, province or region name but are not one. The gazetteer matches
 * them like names (leftmost, longest first), so `thẩm mỹ` consumes `mỹ` before the country rule sees
 * it. Matching ignores case, so a capitalised `Pháp luật` at the start of a sentence is still a trap.
 */
export const TRAP_PHRASES: readonly string[] = [
  // Mỹ: United States
  'thẩm mỹ', 'mỹ thuật', 'mỹ phẩm', 'mỹ nghệ', 'mỹ quan', 'mỹ mãn', 'hoàn mỹ', 'mỹ nhân', 'mỹ vị', 'mỹ học',
  'mỹ tục', 'thuần phong mỹ tục', 'mỹ lệ', 'tráng lệ mỹ', 'đô la Mỹ', 'đôla Mỹ', 'USD', 'chống Mỹ', 'kháng chiến chống Mỹ',
  'đế quốc Mỹ', 'Mỹ Tâm', 'Mỹ Linh', 'Mỹ Lộc', 'Mỹ Hào', 'Mỹ Đức', 'Mỹ Xuyên', 'Mỹ Lai',
  // Nhật: Japan
  'cập nhật', 'Chủ nhật', 'chủ nhật', 'nhật ký', 'sinh nhật', 'nhật báo', 'nhật thực', 'nhật trình', 'hằng nhật',
  'nhật dụng', 'Nhật Lệ', 'Nhật Tảo', 'chống Nhật', 'phát xít Nhật',
  // Pháp: France
  'pháp luật', 'biện pháp', 'phương pháp', 'hợp pháp', 'bất hợp pháp', 'tư pháp', 'pháp lý', 'pháp nhân', 'pháp chế',
  'hiến pháp', 'pháp quyền', 'giải pháp', 'Phật pháp', 'thư pháp', 'lập pháp', 'hành pháp', 'pháp lệnh', 'pháp y',
  'pháp sư', 'pháp danh', 'pháp môn', 'thủ pháp', 'cú pháp', 'ngữ pháp', 'pháp định', 'pháp điển', 'văn phạm',
  'chống Pháp', 'kháng chiến chống Pháp', 'thực dân Pháp',
  // Ý: Italy
  'ý kiến', 'ý nghĩa', 'chú ý', 'ý tưởng', 'ý thức', 'ý chí', 'đồng ý', 'ý định', 'ý muốn', 'lưu ý', 'ý nguyện',
  'ý đồ', 'cố ý', 'tùy ý', 'gợi ý', 'thiện ý', 'ý niệm', 'ý tình', 'chủ ý', 'ngụ ý', 'ưng ý', 'vừa ý', 'tâm ý',
  'ý vợ', 'ý chồng', 'ý thích', 'ý tứ', 'hảo ý', 'để ý', 'ý nhị', 'ý Đảng', 'ý Đảng lòng dân', 'như ý', 'ý trung nhân',
  // Anh: United Kingdom
  'tiếng Anh', 'Anh ngữ', 'anh hùng', 'anh em', 'anh chị', 'anh chị em', 'anh ấy', 'anh ta', 'anh linh', 'anh tài',
  'anh dũng', 'tinh anh', 'anh thư', 'anh đào', 'hoa anh đào', 'anh kiệt', 'anh hào', 'đàn anh', 'anh cả',
  'Ngoại hạng Anh', 'giải Ngoại hạng Anh', 'Anh hùng Lao động', 'Anh hùng Lực lượng vũ trang', 'Bà mẹ Việt Nam Anh hùng',
  // Đức: Germany
  'đạo đức', 'Đức Phật', 'Đức Mẹ', 'Đức Chúa', 'Đức Giáo hoàng', 'Đức Thánh', 'Đức Thánh Trần', 'đức tin', 'đức độ',
  'công đức', 'nhân đức', 'phúc đức', 'đức tính', 'đức hạnh', 'tài đức', 'âm đức', 'đức dục', 'Đức Ông', 'Đức cha',
  'Đức Tổng Giám mục', 'Đức Đạt Lai Lạt Ma', 'Thủ Đức',
  // Nga: Russia (a given name too)
  'Hằng Nga', 'Thúy Nga', 'Quỳnh Nga', 'Thu Nga', 'Việt Nga',
  // Lào: Laos
  'Lào Cai', 'lào xào',
  // Úc, Bỉ, Áo, Séc
  'bỉ ổi', 'khinh bỉ', 'bỉ cực', 'áo dài', 'áo ấm', 'quần áo', 'áo mưa', 'áo phao', 'áo khoác', 'áo sơ mi', 'áo len',
  'áo giáp', 'áo cưới', 'áo bà ba', 'áo tứ thân', 'áo the', 'áo thun', 'áo quan', 'chiếc áo', 'tà áo', 'manh áo',
  'ngân phiếu', 'séc du lịch',
  // Thái: Thailand
  'thái độ', 'trạng thái', 'thái quá', 'thái tử', 'thái hậu', 'thái bình', 'hình thái', 'sinh thái', 'tâm thái',
  'dân tộc Thái', 'người Thái đen', 'người Thái trắng', 'Thái đen', 'Thái trắng', 'Tày Thái',
  // Trung: China; Hàn: Korea; Ấn: India; Triều: North Korea
  'Trung tâm', 'Trung ương', 'Trung bộ', 'Trung Bộ', 'Trung Nguyên', 'Trung Thu', 'trung thu', 'Trung tá', 'Trung tướng',
  'Trung úy', 'Trung đoàn', 'Trung đội', 'trung học', 'Trung học', 'trung lập', 'miền Trung', 'Trung du',
  'trung thành', 'trung gian', 'tập trung', 'Trung Việt',
  'hàn gắn', 'hàn lâm', 'Hàn lâm', 'Viện Hàn lâm', 'hàn huyên', 'hàn xì', 'Ấn tượng', 'ấn tượng', 'ấn phẩm',
  'ấn định', 'ấn hành', 'triều đại', 'triều đình', 'thủy triều', 'Triều Nguyễn', 'triều Nguyễn',
  // Việt Nam is never a partner country; `Nam` alone is no place
  'Việt Nam', 'Việt', 'phía Nam', 'miền Nam', 'Nam Bộ', 'Nam bộ', 'Tây Nam Bộ', 'Đông Nam Bộ', 'Nam Trung Bộ',
  'Bắc Trung Bộ',
  // Provinces and cities inside other words
  'Hồ Chí Minh', 'Chủ tịch Hồ Chí Minh', 'Bác Hồ', 'tư tưởng Hồ Chí Minh', 'Đoàn TNCS Hồ Chí Minh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'đường Hồ Chí Minh', 'Đường Hồ Chí Minh', 'Lăng Chủ tịch Hồ Chí Minh',
  'Huân chương Hồ Chí Minh', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'Chiến dịch Hồ Chí Minh',
  'Tây Nguyên', 'miền Tây', 'Tây Bắc', 'Đông Bắc', 'phương Tây',
  // Peace, not the province Hòa Bình, where a headline in capitals hides the case (`VÌ HÒA BÌNH VÀ HỮU NGHỊ`)
  'vì hòa bình', 'gìn giữ hòa bình', 'giữ gìn hòa bình', 'nền hòa bình', 'hòa bình thế giới', 'hòa bình và hữu nghị',
  // Three borders, not Bahrain (`Ba-ranh`)
  'ba ranh giới',
];

/**
 * Words right before a name that make it a person: `ông Đức`, `chị Anh`, `đồng chí Nga`.
 * Compared lower-case.
 */
export const PERSON_TITLES: readonly string[] = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cháu', 'cụ', 'thầy', 'cậu', 'mợ', 'dì', 'dượng', 'bạn',
  'đồng chí', 'bé', 'tên', 'vợ', 'chồng', 'con', 'mẹ', 'bố', 'cha', 'thím', 'đại úy', 'thiếu tá', 'trung tá', 'thượng tá', 'đại tá', 'trung úy',
  'thiếu úy', 'thượng úy', 'giáo sư', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'kỹ sư', 'luật sư', 'TS', 'ThS', 'PGS', 'GS', 'BS',
];

/**
 * Syllables of Vietnamese family and middle names: a capitalised one right before a short form
 * (`Nguyễn Đức`, `Lan Anh`, `Thị Nga`) makes the short form part of a person's name.
 */
export const NAME_SYLLABLES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đinh', 'Lương', 'Trịnh', 'Đoàn', 'Lâm', 'Mai', 'Tạ', 'Tô', 'Cao', 'Hà', 'Quách', 'Lưu', 'Thái', 'Văn',
  'Thị', 'Đình', 'Đức', 'Hữu', 'Công', 'Quang', 'Minh', 'Ngọc', 'Thanh', 'Xuân', 'Thu', 'Kim', 'Tuấn', 'Lan',
  'Hồng', 'Phương', 'Hải', 'Hoài', 'Bảo', 'Gia', 'Khánh', 'Thúy', 'Thùy', 'Tú', 'Việt', 'Trung', 'Mạnh',
  'Tiến', 'Thế', 'Duy', 'Anh', 'Vân', 'Hạnh', 'Nông', 'Triệu', 'Vương', 'Châu', 'Lò', 'Quàng', 'Sầm', 'Vi', 'Hứa',
  'Kiều', 'Chu', 'Mạc', 'Tăng', 'Phùng', 'Khổng', 'Tống', 'Diệp', 'Nhật', 'Trọng', 'Bá', 'Khắc', 'Như', 'Diệu',
  'Trương', 'Lã', 'Lạc', 'Từ', 'Thân', 'Giang', 'Âu', 'Ông', 'Khúc', 'Đàm', 'Lục', 'Viên', 'Doãn', 'Nghiêm', 'Cù', 'Lai',
  'Tôn', 'Thạch', 'Danh', 'Kha', 'Hầu', 'La', 'Mã', 'Ninh', 'Phí', 'Quan', 'Văn', 'Đào', 'Đồng', 'Lăng', 'Yên',
];

/**
 * Words right before a province-like name that make it a smaller place or a street of the same
 * name (`xã Bình Dương` in Quảng Ninh, `phố Huế` in Hà Nội), or a sports club (`CLB Hà Nội`).
 */
export const NOT_A_PROVINCE_BEFORE: readonly string[] = [
  'xã', 'phường', 'thị trấn', 'thị xã', 'huyện', 'quận', 'thôn', 'ấp', 'bản', 'làng', 'khu phố', 'tổ dân phố',
  'đường', 'phố', 'đại lộ', 'ngõ', 'hẻm', 'CLB', 'câu lạc bộ', 'đội bóng',
];

/** Words right after a province-like name that make it a club or a brand (`Sài Gòn FC`). */
export const NOT_A_PROVINCE_AFTER: readonly string[] = ['FC', 'F.C', 'CLB'];

/**
 * Business and building words before a place name that make the name a shop sign (`trung tâm
 * thương mại Sapa`, `nhà hàng Hội An`): abroad, such a name says nothing about a Vietnamese province.
 */
export const NAMED_VENUE_BEFORE: readonly string[] = [
  'trung tâm thương mại', 'khu thương mại', 'siêu thị', 'nhà hàng', 'cửa hàng', 'khách sạn', 'tòa nhà', 'quán',
];

/** Words after a place that locate it somewhere else (`Sapa ở Praha`, `nhà hàng Hạ Long tại Berlin`). */
export const LOCATED_AT_AFTER: readonly string[] = ['ở', 'tại'];
