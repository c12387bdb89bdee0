/**
 * Name variants of provincial-level units, beyond the official name of `provinces.ts`.
 * The gazetteer also matches every official name with its unit word (`tỉnh X`, `thành phố X`,
 * `TP X`, `TP. X`) and its diacritic-free spelling (`Da Nang`, `Quang Nam`) on its own.
 * Tone-mark placement and NFC/NFD differences are handled by normalisation, not listed here.
 */
export const PROVINCE_NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'ho-chi-minh': [
    'Thành phố Hồ Chí Minh', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Tp Hồ Chí Minh', 'T.P Hồ Chí Minh',
    'TP.HCM', 'TPHCM', 'TP HCM', 'TP. HCM', 'Tp.HCM', 'HCMC', 'Ho Chi Minh City', 'Sài Gòn', 'Saigon',
    'thành ủy Hồ Chí Minh', 'thành phố Hồ Chí Minh', 'Thành phố HCM', 'thành phố HCM', 'HCM City', 'Tp HCM', 'TP.Sài Gòn',
  ],
  'thua-thien-hue': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT-Huế', 'TT Huế', 'Thua Thien Hue'],
  'ba-ria-vung-tau': ['Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT', 'Ba Ria - Vung Tau'],
  'dak-lak': ['Đắk Lắk', 'Đăk Lăk', 'Đắc Lắc', 'Đắk Lăk', 'Đăk Lắk', 'Daklak', 'Dak Lak', 'ĐắkLắk', 'ĐăkLăk'],
  'dak-nong': ['Đắk Nông', 'Đăk Nông', 'Đắc Nông', 'Daknong', 'Dak Nong', 'ĐắkNông', 'ĐăkNông'],
  'kon-tum': ['Kon Tum', 'Kontum', 'Kom Tum'],
  'bac-kan': ['Bắc Kạn', 'Bắc Cạn'],
  'ha-noi': ['Hà Nội', 'Thủ đô Hà Nội', 'Hanoi'],
  'da-nang': ['Đà Nẵng', 'Danang'],
  'hai-phong': ['Hải Phòng', 'Haiphong'],
  'can-tho': ['Cần Thơ', 'Cantho'],
  'quang-nam': ['Quảng Nam', 'xứ Quảng'],
};

/** The unit word that may precede a name: `tỉnh Quảng Nam`, `TP. Đà Nẵng`. */
export const UNIT_PREFIXES: Readonly<Record<'tinh' | 'thanh-pho', readonly string[]>> = {
  tinh: ['tỉnh'],
  'thanh-pho': ['thành phố', 'TP', 'TP.', 'Tp', 'Tp.'],
};

/**
 * Words that, right before a unit name, show that the unit's own authorities or organisations act:
 * `UBND tỉnh X`, `Sở Ngoại vụ X`, `Liên hiệp các tổ chức hữu nghị X`. Used for the primary province.
 */
export const PROVINCIAL_ACTOR_PHRASES: readonly string[] = [
  'UBND', 'Ủy ban nhân dân', 'HĐND', 'Hội đồng nhân dân', 'Tỉnh ủy', 'Thành ủy', 'Sở Ngoại vụ', 'Sở',
  'Liên hiệp các tổ chức hữu nghị', 'Hội hữu nghị', 'Ban Chỉ đạo', 'Mặt trận Tổ quốc', 'MTTQ', 'UBMTTQ', 'lãnh đạo tỉnh',
  'lãnh đạo thành phố', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Công an tỉnh', 'Ban Thường vụ',
  'Đài Phát thanh và Truyền hình', 'Trung tâm Xúc tiến', 'Văn phòng', 'chính quyền',
  // Shorter forms of the bodies above, so that they fit in the words read before a unit's name.
  'Bộ đội Biên phòng', 'BĐBP', 'Bộ CHQS', 'Bộ CH BĐBP', 'Tỉnh đoàn', 'Thành đoàn', 'Hội Liên hiệp Phụ nữ', 'Hội LHPN',
  'Đoàn ĐBQH', 'Liên hiệp hữu nghị',
];

/**
 * Title words that make an article national-level when no unit is named in the title: the
 * country's leaders, ministries, or Viet Nam itself as the subject. Compared on normalised text.
 */
export const NATIONAL_TITLE_MARKERS: readonly string[] = [
  'thủ tướng', 'phó thủ tướng', 'chủ tịch nước', 'phó chủ tịch nước', 'chủ tịch quốc hội', 'phó chủ tịch quốc hội',
  'tổng bí thư', 'bộ trưởng', 'thứ trưởng', 'bộ quốc phòng', 'bộ ngoại giao', 'bộ công an', 'quốc hội việt nam',
  'chính phủ việt nam', 'nhà nước', 'thăm việt nam', 'thăm chính thức việt nam', 'chuyến thăm việt nam', 'người việt nam ở',
  'người việt nam tại', 'cộng đồng người việt', 'điện ảnh việt nam',
];

/**
 * Lead words that show a national body running the event (a ministry, the army's commands): with
 * no provincial authority acting, the venue's province is then not the primary one.
 */
export const NATIONAL_LEAD_ACTORS: readonly string[] = [
  'Bộ Quốc phòng', 'Bộ Tư lệnh', 'Quân ủy Trung ương', 'Quân ủy T.Ư', 'Bộ Ngoại giao', 'Bộ Công an', 'Bộ Công Thương',
  'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Ban Đối ngoại Trung ương',
  'Văn phòng Chính phủ', 'Ủy ban Đối ngoại của Quốc hội',
];

/** Verbs right after a unit name that make the unit the actor: `tỉnh Sơn La tổ chức`, `Đà Nẵng đón`. */
export const PROVINCIAL_ACTOR_VERBS: readonly string[] = [
  'tổ chức', 'đã tổ chức', 'phối hợp', 'đã phối hợp', 'tiếp', 'đã tiếp', 'đón', 'đã đón', 'ký', 'đã ký', 'ký kết',
  'trao tặng', 'tiếp nhận', 'đã tiếp nhận', 'ban hành', 'đã ban hành', 'chủ trì', 'đăng cai', 'mời',
];
