/**
 * Provinces of the neighbouring countries that stand for their country in provincial diplomacy:
 * Chinese provinces with the prefectures and counties across the border, and the Lao and Cambodian
 * provinces, which sign and visit in their own name
 * (`Hà Giang và Vân Nam`, `Sơn La và Hủa Phăn`). A match tags the country with a lower confidence
 * than its name. Cities of other countries (`New York`, `Sydney`) are not partners by themselves
 * and are left out, as are names that are also Vietnamese words or names (`Hải Nam`, `Hồng Hà`, `Đông Hưng`,
 * `Long Châu`, `Hà Nam`).
 */
export const FOREIGN_PLACES: Readonly<Record<string, readonly string[]>> = {
  CN: ['Vân Nam', 'Quảng Tây', 'Khu tự trị dân tộc Choang Quảng Tây', 'Quảng Đông', 'Tứ Xuyên', 'Chiết Giang',
    'Giang Tô', 'Phúc Kiến', 'Hồ Nam', 'Quý Châu', 'Khu tự trị Choang Quảng Tây', 'Hồ Bắc', 'Giang Tây', 'Thiểm Tây',
    'Cát Lâm', 'Hắc Long Giang', 'Liêu Ninh', 'Cam Túc', 'Tây Tạng', 'Nội Mông', 'Ninh Hạ',
    // Prefecture-level cities across the border that sign with Vietnamese provinces in their own name.
    'Sùng Tả', 'Bách Sắc', 'Phòng Thành Cảng', 'Bằng Tường', 'Hà Khẩu', 'Mông Tự', 'Tĩnh Tây', 'Ma Lật Pha'],
  LA: ['Viêng Chăn', 'Vientiane', 'Luông Pha Băng', 'Luang Prabang', 'Hủa Phăn', 'Houaphanh', 'Xiêng Khoảng', 'Xieng Khouang',
    'Bô-ly-khăm-xay', 'Bolikhamxay', 'Bolikhamsai', 'Khăm Muộn', 'Khammouane', 'Savannakhet', 'Xa-vạn-na-khệt',
    'Sa-la-van', 'Salavan', 'Sekong', 'Át-tạ-pơ', 'Attapeu', 'Chăm-pa-sắc', 'Champasak', 'Phông-sa-lỳ',
    'Phongsaly', 'U-đôm-xay', 'Oudomxay', 'Luổng Nậm Thà', 'Luang Namtha', 'Bò Kẹo', 'Bokeo', 'Xay-nha-bu-ly', 'Sayaboury',
    'Xay-xổm-bun', 'Xaysomboun', 'Xay Sổm Bun', 'Xaisomboun', 'Bôlykhămxay', 'Bô Ly Khăm Xay', 'Luông Prabang',
    'Phôngsalỳ', 'Phông Sa Lỳ', 'Chămpasắc', 'Chăm Pa Sắc', 'Savẳnnakhệt', 'Xavẳnnakhệt', 'Sa Vẳn Na Khệt', 'Khăm Muồn',
    'Khammuane', 'Luổng Nặm Thà', 'Sê Kông', 'Xê Kông', 'Xekong', 'Át Tạ Pư', 'Attapư', 'Saravane', 'Xayabury',
    'Sainyabuli', 'Huaphan', 'Hủa Phăn'],
  KH: ['Phnôm Pênh', 'Phnom Penh', 'Xiêm Riệp', 'Siem Reap', 'Svay Rieng', 'Xvây Riêng', 'Kampot', 'Cam-pốt', 'Takeo',
    'Tà Keo', 'Kandal', 'Ratanakiri', 'Rô-ta-na-ki-ri', 'Mondulkiri', 'Kratie', 'Tbong Khmum',
    'Prey Veng', 'Battambang', 'Preah Sihanouk', 'Sihanoukville', 'Kampong Cham', 'Stung Treng', 'Kep', 'Kông Pông Chàm',
    'Tboung Khmum', 'Prây Veng', 'Svây Riêng', 'Ta Keo', 'Kan Đan', 'Kratié', 'Kra-chê', 'Xtung Treng', 'Rattanakiri',
    'Mundulkiri', 'Bát Đom Boong', 'Koh Kong', 'Kampong Thom', 'Kampong Speu', 'Kampong Chhnang', 'Pursat',
    'Oddar Meanchey', 'Preah Vihear', 'Banteay Meanchey', 'Pailin', 'Xiêm Rệp'],
};
