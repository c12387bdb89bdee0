/**
 * Regions and blocs: tagged as `region`, never as a country. Codes are short, stable, lower-case
 * slugs except the acronyms of blocs.
 */
export const REGION_NAMES: Readonly<Record<string, readonly string[]>> = {
  ASEAN: ['ASEAN', 'Hiệp hội các quốc gia Đông Nam Á', 'Cộng đồng ASEAN'],
  EU: ['EU', 'Liên minh châu Âu', 'Liên minh Châu Âu'],
  APEC: ['APEC', 'Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương'],
  G7: ['G7'],
  G20: ['G20'],
  BRICS: ['BRICS'],
  NATO: ['NATO'],
  mekong: ['Mê Kông', 'Mekong', 'Mê-công', 'tiểu vùng Mê Kông', 'Mê Công'],
  europe: ['châu Âu', 'Âu châu'],
  'western-europe': ['Tây Âu'],
  'northern-europe': ['Bắc Âu'],
  'eastern-europe': ['Đông Âu'],
  'southern-europe': ['Nam Âu'],
  'central-europe': ['Trung Âu'],
  asia: ['châu Á', 'Á châu'],
  'east-asia': ['Đông Á', 'Đông Bắc Á'],
  'southeast-asia': ['Đông Nam Á'],
  'south-asia': ['Nam Á'],
  'central-asia': ['Trung Á'],
  'middle-east': ['Trung Đông', 'Tây Á'],
  africa: ['châu Phi', 'Phi châu'],
  'north-africa': ['Bắc Phi'],
  'west-africa': ['Tây Phi'],
  'east-africa': ['Đông Phi'],
  caribbean: ['Caribe', 'Ca-ri-bê', 'Caribbean', 'Caribê'],
  gulf: ['vùng Vịnh', 'Vùng Vịnh'],
  indochina: ['Đông Dương', 'bán đảo Đông Dương'],
  CPTPP: ['CPTPP'],
  RCEP: ['RCEP'],
  americas: ['châu Mỹ', 'Mỹ châu'],
  'north-america': ['Bắc Mỹ'],
  'south-america': ['Nam Mỹ'],
  'latin-america': ['Mỹ Latinh', 'Mỹ La-tinh', 'Mỹ La tinh', 'Mỹ-Latinh'],
  'central-america': ['Trung Mỹ'],
  oceania: ['châu Đại Dương'],
  'asia-pacific': ['châu Á - Thái Bình Dương', 'Châu Á - Thái Bình Dương', 'Ấn Độ Dương - Thái Bình Dương', 'Ấn Độ - Thái Bình Dương'],
  pacific: ['Thái Bình Dương'],
  'indian-ocean': ['Ấn Độ Dương'],
};

/** The first syllable of a European sub-region, for lists like `Tây, Bắc Âu` (Western and Northern Europe). */
export const EUROPE_DIRECTIONS: Readonly<Record<string, string>> = {
  tây: 'western-europe',
  bắc: 'northern-europe',
  đông: 'eastern-europe',
  nam: 'southern-europe',
  trung: 'central-europe',
};
