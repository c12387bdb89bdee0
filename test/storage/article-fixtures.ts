import type { Classification, ExtractedArticle, RawPage } from '../../pipeline/types.ts';

/** Storage fixtures: plausible articles and classifications, written for these tests. */

const encoder = new TextEncoder();

/** A fetched page for `url`, with a small HTML body. */
export function rawPage(url: string, sourceId: string | null = 'baodanang'): RawPage & { sourceId: string | null } {
  return {
    url,
    finalUrl: url,
    fetchedAt: new Date('2024-03-21T07:30:00Z'),
    httpStatus: 200,
    contentType: 'text/html; charset=utf-8',
    etag: null,
    lastModified: null,
    body: encoder.encode(`<html><body><article>${url}</article></body></html>`),
    sourceId,
  };
}

/** An extracted article about a Đà Nẵng–Laos exchange; override any field. */
export function extracted(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    isArticle: true,
    title: 'Đà Nẵng tăng cường hợp tác giáo dục với các tỉnh Nam Lào',
    sapo: 'Chiều 20/3, lãnh đạo thành phố tiếp đoàn đại biểu tỉnh Sê Kông (Lào) sang thăm và làm việc.',
    text: [
      'Tại buổi tiếp, hai bên thông tin về tình hình kinh tế - xã hội của mỗi địa phương.',
      'Thành phố tiếp tục nhận 50 lưu học sinh Lào theo học tại các trường đại học, cao đẳng.',
      'Phía bạn cảm ơn sự hỗ trợ quý báu trong đào tạo nguồn nhân lực và y tế.',
    ].join('\n'),
    author: 'Thu Hà',
    publishedAt: '2024-03-20T17:45:00+07:00',
    modifiedAt: null,
    canonicalUrl: null,
    language: 'vi',
    section: 'Chính trị',
    keywords: ['Lào', 'hợp tác'],
    captions: [],
    charset: 'utf-8',
    method: 'generic',
    extractorVersion: 'extract-test-1',
    ...overrides,
  };
}

/** A classification for {@link extracted}: primary Đà Nẵng, named Quảng Nam, Laos, two activities, one region. */
export function classified(overrides: Partial<Classification> = {}): Classification {
  return {
    relevance: 0.93,
    relevant: true,
    provinces: [
      {
        code: 'da-nang',
        current: 'da-nang',
        via: 'name',
        primary: true,
        confidence: 0.95,
        method: 'gazetteer',
        evidence: [{ field: 'title', start: 0, end: 7, text: 'Đà Nẵng' }],
      },
      {
        code: 'quang-nam',
        current: 'da-nang',
        via: 'place',
        primary: false,
        confidence: 0.6,
        method: 'gazetteer',
        evidence: [{ field: 'body', start: 10, end: 16, text: 'Hội An' }],
      },
    ],
    countries: [
      {
        code: 'LA',
        confidence: 0.97,
        method: 'gazetteer',
        evidence: [{ field: 'title', start: 53, end: 56, text: 'Lào' }],
      },
    ],
    regions: [{ code: 'ASEAN', confidence: 0.5, method: 'rule', evidence: [] }],
    activities: [
      {
        code: 'delegation',
        confidence: 0.88,
        method: 'rule',
        evidence: [{ field: 'body', start: 37, end: 45, text: 'tiếp đoàn' }],
      },
      { code: 'education', confidence: 0.81, method: 'model', evidence: [] },
    ],
    classifierVersion: 'classify-test-1',
    ...overrides,
  };
}
