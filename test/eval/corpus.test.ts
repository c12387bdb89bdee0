import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.ts';
import { evaluateExtraction } from './extraction-eval.ts';
import { evaluateTags } from './run-eval.ts';

const root = mkdtempSync(join(tmpdir(), 'vnnews-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: unknown): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
}

const page = (title: string, paragraphs: string[]) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

const vietnamese = [
  'Chiều 12/3, Ủy ban nhân dân tỉnh Quảng Ninh tiếp đoàn công tác của tỉnh Quảng Tây, Trung Quốc do Phó Chủ tịch Khu tự trị dẫn đầu.',
  'Hai bên trao đổi về hợp tác thương mại qua cửa khẩu Móng Cái và kế hoạch giao lưu văn hóa trong năm tới.',
];
const english = [
  'The city council approved a new plan for the riverside park on Tuesday, after two years of public consultation and debate.',
  'Work on the first section is expected to begin next spring, with the whole park open to visitors by the end of the decade.',
];

write('html/vi-001.html', page('Quảng Ninh tiếp đoàn Quảng Tây', vietnamese));
write('html/vi-001.json', {
  id: 'vi-001',
  title: 'Quảng Ninh tiếp đoàn Quảng Tây',
  body: vietnamese.join('\n'),
  relevant: true,
  province_primary: 'quang-ninh',
  provinces: ['quang-ninh'],
  countries: ['CN'],
  activities: ['delegation'],
});
write('text/vi-002.json', {
  id: 'vi-002',
  title: 'Một bài không về đối ngoại',
  body: 'Giá rau xanh tại các chợ đầu mối tăng nhẹ trong tuần qua do mưa kéo dài.',
  relevant: false,
  province_primary: null,
  provinces: [],
  countries: [],
  activities: [],
});
// An extraction benchmark beside the Vietnamese set: pages with a body and nothing to tag.
write('benchmark/html/en-001.html', page('Riverside park plan approved', english));
write('benchmark/html/en-001.json', { id: 'en-001', url: 'https://news.example.com/park', body: english.join('\n') });
write('benchmark/index.json', { pages: ['en-001'] });

describe('a corpus folder in the LABELS.md format', () => {
  it('finds HTML pages and texts in every subfolder, and says which JSON files are not documents', () => {
    const { docs, notes } = loadCorpus(root);
    expect(docs.map((doc) => `${doc.id}:${doc.kind}:${doc.gold ? 'tags' : 'extraction only'}`).sort()).toEqual([
      'en-001:html:extraction only',
      'vi-001:html:tags',
      'vi-002:text:tags',
    ]);
    expect(notes).toEqual([expect.stringContaining(join('benchmark', 'index.json'))]);
  });

  it('tags only the documents that carry tag labels, and says so', async () => {
    const result = await evaluateTags(root);
    expect(result.docs.map((doc) => doc.id).sort()).toEqual(['vi-001', 'vi-002']);
    expect(result.notes).toContainEqual(expect.stringContaining('1 pages labelled for extraction only'));
  });

  it('scores the extraction of every page, leaving out the title where the label has none', async () => {
    const report = await evaluateExtraction(root);
    const english = report.generic.scores.find((score) => score.id === 'en-001');
    expect(english?.titleOk).toBeNull();
    expect(english?.body.f1).toBeGreaterThan(0.9);
    expect(report.generic.pages).toBe(2);
  });

  it('refuses a label whose tags have the wrong type, naming the file', () => {
    write('text/broken.json', { title: 'x', body: 'y', relevant: 'yes' });
    try {
      expect(() => loadCorpus(root)).toThrow(/broken\.json: "relevant" must be true or false/);
    } finally {
      rmSync(join(root, 'text/broken.json'));
    }
  });
});
