import type { Kysely } from 'kysely';
import { upsertArticle } from '../../storage/articles-repository.ts';
import { storePage } from '../../storage/pages-repository.ts';
import { upsertSources } from '../../storage/sources-repository.ts';
import type { Database } from '../../storage/tables/database.ts';
import { composeBody } from '../../pipeline/article-body.ts';
import type { ActivityCode, Classification, Evidence, ExtractedArticle } from '../../pipeline/types.ts';

/** A small, hand-written Vietnamese collection for search and export tests. */
export interface SeedArticle {
  key: string;
  source: string;
  title: string;
  sapo: string;
  text: string;
  publishedAt: string | null;
  relevant: boolean;
  provinces?: Array<{ code: string; current: string; primary?: boolean; confidence?: number; via?: 'name' | 'place'; cue: string }>;
  countries?: Array<{ code: string; confidence?: number; cue: string }>;
  activities?: Array<{ code: ActivityCode; cue: string }>;
}

export const SEED_SOURCES = [
  { id: 'baoquangnam', name: 'Báo Quảng Nam', province: 'quang-nam' },
  { id: 'baodanang', name: 'Báo Đà Nẵng', province: 'da-nang' },
  { id: 'thoidai', name: 'Thời Đại', province: null },
];

export const SEED_ARTICLES: SeedArticle[] = [
  {
    key: 'quang-nam-india',
    source: 'baoquangnam',
    title: 'Quảng Nam tiếp đoàn doanh nghiệp Ấn Độ',
    sapo: 'Chiều 10/5, lãnh đạo UBND tỉnh Quảng Nam tiếp đoàn doanh nghiệp Ấn Độ đến tìm hiểu cơ hội đầu tư.',
    text: 'Tại buổi tiếp, hai bên trao đổi về du lịch, dệt may và công nghệ thông tin.\nĐoàn bày tỏ mong muốn mở văn phòng đại diện tại Hội An.',
    publishedAt: '2022-05-10T15:00:00+07:00',
    relevant: true,
    provinces: [{ code: 'quang-nam', current: 'da-nang', primary: true, cue: 'Quảng Nam' }],
    countries: [{ code: 'IN', confidence: 0.5, cue: 'Ấn Độ' }],
    activities: [
      { code: 'delegation', cue: 'tiếp đoàn' },
      { code: 'economic', cue: 'đầu tư' },
    ],
  },
  {
    key: 'da-nang-india-anniversary',
    source: 'baodanang',
    title: 'Đà Nẵng kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Ấn Độ',
    sapo: 'Thành phố Đà Nẵng tổ chức lễ kỷ niệm và ký kết chương trình hợp tác giáo dục với các trường đại học Ấn Độ.',
    text: 'Lãnh đạo thành phố nhấn mạnh hợp tác giáo dục là trụ cột của quan hệ hai bên.\nNhiều suất học bổng được trao cho sinh viên.',
    publishedAt: '2022-08-15T09:30:00+07:00',
    relevant: true,
    provinces: [{ code: 'da-nang', current: 'da-nang', primary: true, cue: 'Đà Nẵng' }],
    countries: [{ code: 'IN', confidence: 0.95, cue: 'Ấn Độ' }],
    activities: [
      { code: 'anniversary', cue: 'kỷ niệm' },
      { code: 'education', cue: 'hợp tác giáo dục' },
    ],
  },
  {
    key: 'hoa-binh-laos',
    source: 'thoidai',
    title: 'Hoà Bình trao đổi kinh nghiệm với tỉnh Hủa Phăn của Lào',
    sapo: 'Đoàn công tác tỉnh Hoà Bình làm việc với tỉnh Hủa Phăn về hợp tác trong lĩnh vực y tế.',
    text: 'Hai tỉnh thống nhất tăng cường hợp tác, trao đổi kinh nghiệm về y tế cơ sở.\nBên cạnh đó, hai bên sẽ hỗ trợ nhau về giáo dục phổ thông và giáo dục nghề nghiệp, hợp tác đào tạo cán bộ.',
    publishedAt: '2023-03-02T08:00:00+07:00',
    relevant: true,
    provinces: [{ code: 'hoa-binh', current: 'phu-tho', primary: true, cue: 'Hoà Bình' }],
    countries: [{ code: 'LA', cue: 'Lào' }],
    activities: [{ code: 'delegation', cue: 'Đoàn công tác' }],
  },
  {
    key: 'khanh-hoa-korea',
    source: 'thoidai',
    title: 'Lễ hội giao lưu văn hóa Khánh Hoà - Hàn Quốc',
    sapo: 'Lễ hội diễn ra tại Nha Trang với nhiều tiết mục nghệ thuật đặc sắc.',
    text: 'Khánh Hoà và các địa phương Hàn Quốc đã có nhiều năm giao lưu văn hóa.',
    publishedAt: '2023-07-20T19:00:00+07:00',
    relevant: true,
    provinces: [{ code: 'khanh-hoa', current: 'khanh-hoa', primary: true, cue: 'Khánh Hoà' }],
    countries: [{ code: 'KR', cue: 'Hàn Quốc' }],
    activities: [{ code: 'culture_exchange', cue: 'giao lưu văn hóa' }],
  },
  {
    key: 'ha-noi-football',
    source: 'thoidai',
    title: 'Giải đá bóng thiếu niên Hà Nội khai mạc',
    sapo: 'Sáng nay, giải đá bóng dành cho thiếu niên khai mạc tại sân vận động quận.',
    text: 'Các đội bóng thi đấu sôi nổi trước đông đảo khán giả.',
    publishedAt: '2023-09-01T07:00:00+07:00',
    relevant: false,
    provinces: [{ code: 'ha-noi', current: 'ha-noi', primary: true, cue: 'Hà Nội' }],
  },
  {
    key: 'hue-japan-undated',
    source: 'thoidai',
    title: 'Thừa Thiên Huế đón đoàn tình nguyện viên Nhật Bản',
    sapo: 'Đoàn tình nguyện viên Nhật Bản sẽ hỗ trợ dạy tiếng Nhật tại các trường học.',
    text: 'Hoạt động nằm trong chương trình hợp tác giữa hai bên.',
    publishedAt: null,
    relevant: true,
    provinces: [{ code: 'thua-thien-hue', current: 'hue', primary: true, cue: 'Thừa Thiên Huế' }],
    countries: [{ code: 'JP', cue: 'Nhật Bản' }],
    activities: [{ code: 'aid', cue: 'hỗ trợ' }],
  },
];

/** Filler for pagination: `count` relevant Đà Nẵng articles, one a day of January 2024. */
export function fillerArticles(count: number): SeedArticle[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `filler-${i}`,
    source: 'baodanang',
    title: `Bản tin đối ngoại số ${i + 1}`,
    sapo: `Tóm tắt hoạt động đối ngoại của thành phố, bản tin số ${i + 1}.`,
    text: 'Các sở, ngành tiếp tục triển khai kế hoạch công tác đối ngoại năm 2024.',
    publishedAt: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+07:00`,
    relevant: true,
    provinces: [{ code: 'da-nang', current: 'da-nang', primary: true, cue: 'thành phố' }],
    activities: [{ code: 'plan', cue: 'kế hoạch' }],
  }));
}

function evidence(title: string, body: string, cue: string): Evidence[] {
  const inTitle = title.indexOf(cue);
  if (inTitle >= 0) return [{ field: 'title', start: inTitle, end: inTitle + cue.length, text: cue }];
  const inBody = body.indexOf(cue);
  return inBody >= 0 ? [{ field: 'body', start: inBody, end: inBody + cue.length, text: cue }] : [];
}

function toExtracted(seed: SeedArticle): ExtractedArticle {
  return {
    isArticle: true,
    title: seed.title,
    sapo: seed.sapo,
    text: seed.text,
    author: 'Phóng viên',
    publishedAt: seed.publishedAt,
    modifiedAt: null,
    canonicalUrl: null,
    language: 'vi',
    section: 'Đối ngoại',
    keywords: [],
    captions: [],
    charset: 'utf-8',
    method: 'generic',
    extractorVersion: 'extract-test-1',
  };
}

function toClassification(seed: SeedArticle): Classification {
  const body = composeBody(seed);
  return {
    relevance: seed.relevant ? 0.9 : 0.1,
    relevant: seed.relevant,
    provinces: (seed.provinces ?? []).map((p) => ({
      code: p.code,
      current: p.current,
      via: p.via ?? 'name',
      primary: p.primary ?? false,
      confidence: p.confidence ?? 0.9,
      method: 'gazetteer',
      evidence: evidence(seed.title, body, p.cue),
    })),
    countries: (seed.countries ?? []).map((c) => ({
      code: c.code,
      confidence: c.confidence ?? 0.9,
      method: 'gazetteer',
      evidence: evidence(seed.title, body, c.cue),
    })),
    regions: [],
    activities: (seed.activities ?? []).map((a) => ({
      code: a.code,
      confidence: 0.8,
      method: 'rule',
      evidence: evidence(seed.title, body, a.cue),
    })),
    classifierVersion: 'classify-test-1',
  };
}

/** Stores sources, pages and articles; returns article ids by key. */
export async function seedArticles(db: Kysely<Database>, seeds: readonly SeedArticle[]): Promise<Map<string, number>> {
  await upsertSources(
    db,
    SEED_SOURCES.map((source) => ({
      id: source.id,
      name: source.name,
      homepage: `https://${source.id}.example.vn/`,
      kind: source.province ? 'provincial_paper' : 'national_outlet',
      home_province: source.province,
      config: JSON.stringify({}),
      schedule: '0 * * * *',
      enabled: true,
    })),
  );
  const ids = new Map<string, number>();
  for (const seed of seeds) {
    const url = `https://${seed.source}.example.vn/${seed.key}.html`;
    const html = `<html><head><meta charset="utf-8"><title>${seed.title}</title></head><body><h1>${seed.title}</h1><p>${seed.sapo}</p></body></html>`;
    const { pageId } = await storePage(db, {
      url,
      finalUrl: url,
      fetchedAt: new Date('2025-01-01T00:00:00Z'),
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      etag: null,
      lastModified: null,
      body: new TextEncoder().encode(html),
      sourceId: seed.source,
    });
    const id = await upsertArticle(db, {
      pageId,
      sourceId: seed.source,
      url,
      article: toExtracted(seed),
      classification: toClassification(seed),
    });
    ids.set(seed.key, id);
  }
  return ids;
}
