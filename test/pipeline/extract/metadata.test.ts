import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../pipeline/extract/metadata.ts';
import { indexPage } from '../../../pipeline/extract/page-index.ts';

function metadataOf(html: string) {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  return readMetadata(indexPage($.root()[0]!));
}

describe('readMetadata', () => {
  it('reads a NewsArticle inside a JSON-LD @graph, skipping the organisation author', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Báo Mẫu' },
        { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', name: 'Trang chủ' }, { '@type': 'ListItem', name: 'Đối ngoại' }] },
        {
          '@type': ['NewsArticle'],
          headline: 'Tỉnh Mẫu đón đoàn đại biểu Lào',
          datePublished: '2023-05-04T09:15:00+07:00',
          dateModified: '2023-05-05T10:00:00+07:00',
          author: [{ '@type': 'Person', name: 'Lê Hòa' }, { '@type': 'Organization', name: 'Báo Mẫu' }],
          keywords: ['đối ngoại', 'Lào'],
        },
      ],
    };
    const meta = metadataOf(`<html lang="vi-VN"><head><script type="application/ld+json">${JSON.stringify(ld)}</script>
      <link rel="canonical" href="https://baomau.vn/don-doan-lao.html"></head><body></body></html>`);
    expect(meta.headline).toBe('Tỉnh Mẫu đón đoàn đại biểu Lào');
    expect(meta.published?.iso).toBe('2023-05-04T09:15:00+07:00');
    expect(meta.modified?.iso).toBe('2023-05-05T10:00:00+07:00');
    expect(meta.authors).toEqual(['Lê Hòa']);
    expect(meta.keywords).toEqual(['đối ngoại', 'Lào']);
    expect(meta.section).toBe('Đối ngoại');
    expect(meta.canonicalUrl).toBe('https://baomau.vn/don-doan-lao.html');
    expect(meta.language).toBe('vi');
  });

  it('reads a ReportageNewsArticle from a JSON-LD array', () => {
    const ld = [{ '@type': 'Organization', name: 'X' }, { '@type': 'ReportageNewsArticle', headline: 'Phóng sự', datePublished: '2021-01-02' }];
    const meta = metadataOf(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head></html>`);
    expect(meta.headline).toBe('Phóng sự');
    expect(meta.published).toEqual({ iso: '2021-01-02T00:00:00+07:00', hasTime: false });
  });

  it('falls back to Open Graph and article:* tags when there is no JSON-LD', () => {
    const meta = metadataOf(`<html><head><title>Tiêu đề - Báo Mẫu</title>
      <meta property="og:title" content="Tiêu đề OG"><meta property="og:description" content="Mô tả ngắn">
      <meta property="og:type" content="article"><meta property="og:site_name" content="Báo Mẫu">
      <meta property="article:published_time" content="2022-03-21T07:30:00Z"><meta property="article:section" content="Thế giới">
      <meta property="article:tag" content="hợp tác"><meta property="og:url" content="https://baomau.vn/a.html"></head></html>`);
    expect(meta.headline).toBe('Tiêu đề OG');
    expect(meta.documentTitle).toBe('Tiêu đề - Báo Mẫu');
    expect(meta.description).toBe('Mô tả ngắn');
    expect(meta.published?.iso).toBe('2022-03-21T14:30:00+07:00');
    expect(meta.section).toBe('Thế giới');
    expect(meta.keywords).toEqual(['hợp tác']);
    expect(meta.canonicalUrl).toBe('https://baomau.vn/a.html');
    expect(meta.types).toContain('article');
  });

  it('reads Dublin Core when nothing else is there', () => {
    const meta = metadataOf(`<html><head><meta name="DC.title" content="Tiêu đề DC"><meta name="DC.date.issued" content="2020-10-01">
      <meta name="DC.creator" content="Trần An"></head></html>`);
    expect(meta.headline).toBe('Tiêu đề DC');
    expect(meta.published?.iso).toBe('2020-10-01T00:00:00+07:00');
    expect(meta.authors).toEqual(['Trần An']);
  });

  it('survives broken JSON-LD', () => {
    const meta = metadataOf('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Còn lại"></head></html>');
    expect(meta.headline).toBe('Còn lại');
  });
});
