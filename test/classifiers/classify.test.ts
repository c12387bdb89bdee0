import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLASSIFIER_VERSION, classify } from '../../classifiers/classify.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

const words = (line: string) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * A seed as saved from its page: the first line of six words or more is the title; the body is the
 * distinct paragraphs after it, up to the byline or the first short heading of the page's related
 * links (the extractor's job on real pages, done here by hand).
 */
function readSeed(name: string): { title: string; body: string } {
  const lines = readFileSync(SEEDS_DIR + name, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => words(line) > 0);
  const at = lines.findIndex((line) => words(line) >= 6);
  const title = lines[at] ?? '';
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (words(line) < 6) break;
    if (line !== title && !body.includes(line)) body.push(line);
  }
  return { title, body: body.join('\n') };
}

describe('classify on the seed articles', () => {
  it('tags the Đà Nẵng plan: primary da-nang; India, Spain, Laos, the United States; Western and Northern Europe', () => {
    const result = classify(readSeed('danang-2022-doi-ngoai-nhan-dan.txt'));
    expect(result.relevant).toBe(true);
    expect(result.provinces.find((t) => t.primary)?.code).toBe('da-nang');
    expect(result.provinces.filter((t) => t.via === 'name').map((t) => t.code)).toEqual(['da-nang']);
    expect(result.countries.map((t) => t.code).sort()).toEqual(['ES', 'IN', 'LA', 'US']);
    expect(result.regions.map((t) => t.code)).toEqual(expect.arrayContaining(['western-europe', 'northern-europe']));
    expect(result.activities.map((t) => t.code)).toEqual(expect.arrayContaining(['plan']));
  });

  it('tags the Đồng Nai programme: primary dong-nai and no country', () => {
    const result = classify(readSeed('dongnai-2017-2022-doi-ngoai-nhan-dan.txt'));
    expect(result.relevant).toBe(true);
    expect(result.provinces.find((t) => t.primary)?.code).toBe('dong-nai');
    expect(result.countries).toEqual([]);
    expect(result.activities.map((t) => t.code)).toEqual(expect.arrayContaining(['plan', 'overseas_vietnamese']));
  });
});

describe('classify', () => {
  const title = 'Quảng Nam tiếp đoàn Đại sứ quán Nhật Bản';
  const body = 'Năm 2022, UBND tỉnh Quảng Nam tiếp đoàn công tác của Đại sứ quán Nhật Bản tại Hội An.\nHai bên ký kết biên bản ghi nhớ hợp tác.';

  it('marks one primary province, first, with its unit of today', () => {
    const result = classify({ title, body });
    expect(result.provinces[0]).toMatchObject({ code: 'quang-nam', current: 'da-nang', via: 'name', primary: true });
    expect(result.provinces.filter((t) => t.primary)).toHaveLength(1);
  });

  it('gives every tag a confidence, a method and evidence that is the original text at its offsets', () => {
    const input = { title, body: body.replace('Hòa', 'Hoà').normalize('NFD') };
    const result = classify(input);
    const tags = [...result.provinces, ...result.countries, ...result.regions, ...result.activities];
    expect(tags.length).toBeGreaterThan(2);
    for (const tag of tags) {
      expect(tag.confidence).toBeGreaterThan(0);
      expect(tag.confidence).toBeLessThanOrEqual(1);
      expect(['gazetteer', 'rule', 'model']).toContain(tag.method);
      for (const evidence of tag.evidence) {
        expect(input[evidence.field].slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
  });

  it('gives the same tags for NFD input and old-style tone marks', () => {
    const a = classify({ title: 'Khánh Hòa đón du khách Thụy Điển', body: 'Sở Ngoại vụ tỉnh Khánh Hòa tiếp đoàn Thụy Điển.' });
    const b = classify({ title: 'Khánh Hoà đón du khách Thuỵ Điển'.normalize('NFD'), body: 'Sở Ngoại vụ tỉnh Khánh Hoà tiếp đoàn Thuỵ Điển.'.normalize('NFD') });
    const codes = (r: typeof a) => [r.provinces.map((t) => `${t.code}:${t.primary}`), r.countries.map((t) => t.code), r.activities.map((t) => t.code)];
    expect(codes(b)).toEqual(codes(a));
  });

  it('carries the classifier version', () => {
    expect(classify({ title, body }).classifierVersion).toBe(CLASSIFIER_VERSION);
    expect(CLASSIFIER_VERSION).toMatch(/^gaz-\d+\+/);
  });
});

describe('classify with the home province of a provincial outlet', () => {
  const title = 'Sở Ngoại vụ tổng kết công tác người Việt Nam ở nước ngoài';
  const body = 'Ngày 7/12, Sở Ngoại vụ tỉnh tổ chức hội nghị tổng kết công tác người Việt Nam ở nước ngoài năm 2021, có đại diện kiều bào tại Hàn Quốc và Nhật Bản tham dự.';

  it('reads an unnamed "Sở Ngoại vụ tỉnh" as the home province and makes it primary', () => {
    const result = classify({ title, body, homeProvince: 'dong-nai' });
    expect(result.provinces[0]).toMatchObject({ code: 'dong-nai', primary: true, method: 'rule' });
    expect(result.provinces[0]?.evidence[0]?.text).toBe('Sở Ngoại vụ tỉnh');
  });

  it('does not invent a province without a home province', () => {
    expect(classify({ title, body }).provinces).toEqual([]);
  });

  it('does not add the home province when the article names its units', () => {
    const named = classify({ title, body: body.replace('Sở Ngoại vụ tỉnh', 'Sở Ngoại vụ tỉnh Bình Dương'), homeProvince: 'dong-nai' });
    expect(named.provinces.map((t) => t.code)).toEqual(['binh-duong']);
  });
});
