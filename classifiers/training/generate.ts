/**
 * Writes classifiers/training/generated.jsonl from the templates in templates.ts: short news-style
 * passages (a title and 2–4 sentences) with their activities and relevance. Deterministic (seeded),
 * so the file only changes when the templates or this script change.
 *
 *   npx tsx classifiers/training/generate.ts
 *
 * Review the output before retraining (`npm run train`): a template that reads wrongly teaches wrongly.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FORMER_PROVINCES } from '../data/provinces.ts';
import { ACTIVITY_CODES } from '../data/activities.ts';
import type { ActivityCode } from '../../pipeline/types.ts';
import { ACTIVITY_TEMPLATES, IRRELEVANT_SENTENCES, IRRELEVANT_TITLES } from './templates.ts';
import { seededRandom } from '../../pipeline/seeded-random.ts';
import type { TrainingExample } from '../model/training-set.ts';

const COUNTRIES = [
  'Lào',
  'Campuchia',
  'Trung Quốc',
  'Nhật Bản',
  'Hàn Quốc',
  'Hoa Kỳ',
  'Mỹ',
  'Pháp',
  'Đức',
  'Nga',
  'Liên bang Nga',
  'Ô-xtrây-li-a',
  'Úc',
  'Niu Di-lân',
  'Xinh-ga-po',
  'Singapore',
  'Thái Lan',
  'Ấn Độ',
  'Cu-ba',
  'I-ta-li-a',
  'Hà Lan',
  'Bỉ',
  'Ca-na-đa',
  'Canada',
  'Anh',
  'Ba Lan',
  'Séc',
  'Hung-ga-ri',
  'Mông Cổ',
  'Myanmar',
  'Indonesia',
  'Philippines',
  'Malaysia',
  'Tây Ban Nha',
  'Thụy Điển',
  'Phần Lan',
  'Na Uy',
  'Đan Mạch',
  'Israel',
  'Thổ Nhĩ Kỳ',
  'Ai Cập',
  'Nam Phi',
];
const BORDER_COUNTRIES = ['Lào', 'Campuchia', 'Trung Quốc'];
const BORDER_PROVINCES = [
  'Lạng Sơn',
  'Cao Bằng',
  'Hà Giang',
  'Lào Cai',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Kon Tum',
  'Gia Lai',
  'Đắk Lắk',
  'Tây Ninh',
  'An Giang',
  'Kiên Giang',
  'Quảng Ninh',
];
const ORGANISATIONS = [
  'Tổ chức Habitat',
  'Quỹ Châu Á',
  'Tổ chức Plan International',
  'Tổ chức Tầm nhìn Thế giới',
  'Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)',
  'Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)',
  'Ngân hàng Thế giới',
  'Ngân hàng Phát triển châu Á',
  'Tổ chức Đông Tây hội ngộ',
  'Hội Chữ thập đỏ Đức',
  'Tập đoàn Samsung',
  'Tập đoàn Lotte',
  'Công ty Aeon',
  'Đại học Kyoto',
  'Trường Đại học Sydney',
  'Tổ chức CRS (Mỹ)',
  'Quỹ Hanns Seidel',
  'Tổ chức Oxfam',
  'Quỹ Nhi đồng Liên hợp quốc (UNICEF)',
  'Tổ chức Y tế Thế giới',
];
const LEADERS = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Thường trực Tỉnh ủy',
  'Chủ tịch HĐND tỉnh',
  'Giám đốc Sở Ngoại vụ',
  'Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh',
  'Chủ tịch UBND thành phố',
];
const GUESTS = [
  'Đại sứ đặc mệnh toàn quyền',
  'Tổng Lãnh sự',
  'Thống đốc tỉnh',
  'Thị trưởng thành phố',
  'Phó Thống đốc',
  'Bộ trưởng',
  'Chủ tịch Hội hữu nghị',
  'Tham tán thương mại',
  'Lãnh sự',
];
const TOPICS = [
  'biến đổi khí hậu',
  'phát triển du lịch bền vững',
  'quản lý đất đai',
  'chuyển đổi số',
  'năng lượng tái tạo',
  'y tế cộng đồng',
  'bảo tồn di sản',
  'nông nghiệp công nghệ cao',
  'kinh tế biển',
  'đô thị thông minh',
];
const LANGUAGES = ['Pháp', 'Nhật', 'Hàn', 'Lào', 'Trung', 'Nga'];
const PROVINCE_NAMES = FORMER_PROVINCES.map((province) => province.name);

export type Rand = () => number;
export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

export function fill(template: string, rand: Rand, slots: Record<string, string>): string {
  return template.replace(/\{([A-Z0-9]+)\}/g, (_whole, name: string) => {
    if (slots[name] === undefined) {
      switch (name) {
        case 'N':
          slots[name] = String(2 + Math.floor(rand() * 12));
          break;
        case 'N2':
          slots[name] = String(3 + Math.floor(rand() * 20));
          break;
        case 'N3':
          slots[name] = String(50 + Math.floor(rand() * 900));
          break;
        case 'N4':
          slots[name] = String(pick(rand, [10, 15, 20, 25, 30, 45, 50, 55, 60, 65, 70, 75]));
          break;
        case 'Y':
          slots[name] = String(2015 + Math.floor(rand() * 11));
          break;
        case 'Y2':
          slots[name] = String(Number(slots.Y ?? 2020) + 5);
          break;
        case 'M':
          slots[name] =
            `${1 + Math.floor(rand() * 90)} ${pick(rand, ['triệu USD', 'tỷ đồng', 'nghìn USD', 'triệu euro'])}`;
          break;
        case 'D':
          slots[name] = `${1 + Math.floor(rand() * 28)}/${1 + Math.floor(rand() * 12)}`;
          break;
        default:
          slots[name] = name;
      }
    }
    return slots[name]!;
  });
}

export function slotsFor(rand: Rand, border: boolean): Record<string, string> {
  const country = pick(rand, COUNTRIES);
  let other = pick(rand, COUNTRIES);
  if (other === country) other = pick(rand, COUNTRIES);
  const province = pick(rand, PROVINCE_NAMES);
  return {
    P: province,
    P2: pick(rand, PROVINCE_NAMES),
    C: border ? pick(rand, BORDER_COUNTRIES) : country,
    C2: other,
    CB: pick(rand, BORDER_COUNTRIES),
    PB: pick(rand, BORDER_PROVINCES),
    O: pick(rand, ORGANISATIONS),
    L: pick(rand, LEADERS),
    F: `${pick(rand, GUESTS)} ${country}`,
    TOPIC: pick(rand, TOPICS),
    LANG: pick(rand, LANGUAGES),
  };
}

function shuffle<T>(rand: Rand, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function relevantExample(rand: Rand, index: number, main: ActivityCode): TrainingExample {
  const activities = new Set<ActivityCode>([main]);
  const extra = rand() < 0.45 ? 1 + Math.floor(rand() * 2) : 0;
  for (let k = 0; k < extra; k++) activities.add(pick(rand, ACTIVITY_CODES));
  const slots = slotsFor(rand, activities.has('border'));
  const title = fill(pick(rand, ACTIVITY_TEMPLATES[main].titles), rand, slots);
  const sentences: string[] = [];
  const mainSentences = shuffle(rand, [...ACTIVITY_TEMPLATES[main].sentences]);
  sentences.push(...mainSentences.slice(0, 1 + Math.floor(rand() * 2)));
  for (const code of activities) {
    if (code !== main) sentences.push(pick(rand, ACTIVITY_TEMPLATES[code].sentences));
  }
  if (rand() < 0.3) sentences.push(pick(rand, IRRELEVANT_SENTENCES));
  const body = sentences.map((sentence) => fill(sentence, rand, slots)).join(' ');
  return {
    id: `gen-r${String(index).padStart(4, '0')}`,
    title,
    body,
    relevant: true,
    activities: [...activities].sort(),
  };
}

function irrelevantExample(rand: Rand, index: number): TrainingExample {
  const slots = slotsFor(rand, false);
  const title = fill(pick(rand, IRRELEVANT_TITLES), rand, slots);
  const count = 2 + Math.floor(rand() * 3);
  const sentences = shuffle(rand, [...IRRELEVANT_SENTENCES]).slice(0, count);
  const body = sentences.map((sentence) => fill(sentence, rand, slots)).join(' ');
  return { id: `gen-i${String(index).padStart(4, '0')}`, title, body, relevant: false, activities: [] };
}

/** The generated examples: `perActivity` relevant passages led by each activity, and `irrelevant` others. */
export function generateExamples(perActivity = 40, irrelevant = 360, seed = 20250701): TrainingExample[] {
  const rand = seededRandom(seed);
  const out: TrainingExample[] = [];
  let index = 0;
  for (const code of ACTIVITY_CODES) {
    for (let k = 0; k < perActivity; k++) out.push(relevantExample(rand, index++, code));
  }
  for (let k = 0; k < irrelevant; k++) out.push(irrelevantExample(rand, k));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('./generated.jsonl', import.meta.url));
  const examples = generateExamples();
  writeFileSync(path, examples.map((example) => JSON.stringify(example)).join('\n') + '\n');
  process.stderr.write(`wrote ${examples.length} examples to ${path}\n`);
}
