/**
 * Vocabulary the relevance score reads (data only; classifiers/relevance.ts uses it).
 *
 * `FOREIGN_AFFAIRS`: words of foreign affairs, international cooperation and people's diplomacy,
 * with weights like the activity cues. `VIETNAMESE_ACTORS`: national actors that make an article
 * Vietnamese when no province is named (`Chủ tịch nước`, `Bộ Ngoại giao`, `Việt Nam`).
 * `FOREIGN_ONLY_BLOCKERS` swallow phrases that look like the vocabulary but are not about Vietnam's
 * relations (`Ngoại hạng Anh` is football, `quốc tế` in `sân bay quốc tế` is a place).
 */
export interface WeightedPhrase {
  phrase: string;
  weight: number;
}

const weighted = (weight: number, ...phrases: string[]): WeightedPhrase[] =>
  phrases.map((phrase) => ({ phrase, weight }));

export const FOREIGN_AFFAIRS: readonly WeightedPhrase[] = [
  ...weighted(
    1.5,
    'đối ngoại',
    'đối ngoại nhân dân',
    'hợp tác quốc tế',
    'hội nhập quốc tế',
    'quan hệ hữu nghị',
    'hữu nghị',
    'tình hữu nghị',
    'đoàn kết đặc biệt',
    'quan hệ ngoại giao',
    'đại sứ quán',
    'tổng lãnh sự quán',
    'kiều bào',
    'người việt nam ở nước ngoài',
    'cộng đồng người việt',
    'phi chính phủ nước ngoài',
    'sở ngoại vụ',
    'liên hiệp các tổ chức hữu nghị',
    'hội hữu nghị',
    'nước bạn',
    'hai nước',
    'song phương',
    'đa phương',
    'chào xã giao',
    'hội đàm',
    'hội kiến',
  ),
  ...weighted(
    0.8,
    'đại sứ',
    'tổng lãnh sự',
    'lãnh sự',
    'ngoại giao',
    'quốc tế',
    'nước ngoài',
    'viện trợ',
    'bạn bè quốc tế',
    'đối tác',
    'xúc tiến đầu tư',
    'fdi',
    'oda',
    'lưu học sinh',
    'tình nguyện viên quốc tế',
    'hai bên',
    'phía bạn',
  ),
  // International organisations: a foreign partner even when no country is named.
  ...weighted(
    1.0,
    'tổ chức phi chính phủ',
    'tổ chức quốc tế',
    'ngân hàng thế giới',
    'ngân hàng phát triển châu á',
    'liên hợp quốc',
    'unicef',
    'undp',
    'unesco',
    'unfpa',
    'who',
    'fao',
    'jica',
    'koica',
    'usaid',
    'wb',
    'adb',
    'habitat',
    'plan international',
    'oxfam',
  ),
];

/** National actors: a Vietnamese side even when no province is named. */
export const VIETNAMESE_ACTORS: readonly string[] = [
  'việt nam',
  'việt',
  'chủ tịch nước',
  'thủ tướng chính phủ',
  'phó thủ tướng',
  'chủ tịch quốc hội',
  'quốc hội',
  'tổng bí thư',
  'bộ ngoại giao',
  'bộ quốc phòng',
  'bộ công an',
  'bộ tư pháp',
  'bộ công thương',
  'bộ giáo dục và đào tạo',
  'bộ văn hóa',
  'liên hiệp các tổ chức hữu nghị việt nam',
  'ủy ban nhà nước về người việt nam ở nước ngoài',
  'mặt trận tổ quốc việt nam',
  'ubnd',
  'ủy ban nhân dân',
  'tỉnh ủy',
  'thành ủy',
  'hđnd',
];

/** Phrases that contain the vocabulary above but do not speak of Vietnam's foreign relations. */
export const FOREIGN_AFFAIRS_BLOCKERS: readonly string[] = [
  'ngoại hạng anh',
  'sân bay quốc tế',
  'chuyến bay quốc tế',
  'chuyến bay thương mại quốc tế',
  'quốc tế thiếu nhi',
  'quốc tế lao động',
  'ngày quốc tế phụ nữ',
  'tiêu chuẩn quốc tế',
  'giá thế giới',
  'thị trường quốc tế',
  'đi nước ngoài',
  'huấn luyện viên nước ngoài',
  'cầu thủ nước ngoài',
  'ngoại binh',
  'giao hữu quốc tế',
  'trận giao hữu',
  'bạn bè',
  'hai bên đường',
  'hai bên bờ',
  'việt nam đồng',
  'tiếng việt',
  // Country names ending in "Quốc" would otherwise lend their last syllable to "Quốc hội".
  'trung quốc',
  'hàn quốc',
  'vương quốc',
  'anh quốc',
  'mỹ quốc',
  'đế quốc',
  'cường quốc',
];

/**
 * Subjects that are news of another kind even when a foreign name turns up: competitive sport,
 * markets, epidemics and quarantine, crime and accidents. Near the top of an article they pull the
 * relevance score down; a real exchange or aid still passes on its own signals.
 */
export const OFF_TOPIC: readonly WeightedPhrase[] = [
  ...weighted(
    1,
    'bóng đá',
    'đội tuyển',
    'cầu thủ',
    'huấn luyện viên',
    'hlv',
    'ghi bàn',
    'trận đấu',
    'vòng loại',
    'ngoại hạng',
    'world cup',
    'aff cup',
    'chứng khoán',
    'cổ phiếu',
    'sàn giao dịch',
    'cách ly',
    'dương tính',
    'khởi tố',
    'bắt giữ',
    'đối tượng',
    'tai nạn',
    'tử vong',
    'lừa đảo',
    'giá vàng',
  ),
  ...weighted(0.5, 'covid-19', 'covid', 'giải đấu', 'vô địch', 'lãi suất', 'tỷ giá', 'thời tiết', 'mưa lớn', 'bão'),
];
