/**
 * Every fixture page under test/fixtures/pages: extraction gives the expected fields, keeps the
 * chrome out of the text, and tagging the extracted article gives the article's tags, none of the
 * chrome's. Expectations are in each page's .json (see test/fixtures/README.md).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../../classifiers/classify.ts';
import { composeBody } from '../../../pipeline/article-body.ts';
import { extractArticle } from '../../../pipeline/extract/index.ts';
import type { Classification, ExtractedArticle } from '../../../pipeline/types.ts';
import { FIXTURE_PAGES_DIR, listFixturePages, type FixtureExpectation } from '../../fixtures/pages/index.ts';

/** Compare as LABELS.md scores: NFC, whitespace folded. */
function fold(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Author as LABELS.md scores it: case-insensitive, without "(t/h)"-style notes and a leading "Theo". */
function foldAuthor(author: string | null): string {
  return fold(author ?? '')
    .replace(/\((?:t\/h|tổng hợp)\)/giu, '')
    .replace(/^theo\s+/iu, '')
    .trim()
    .toLocaleLowerCase('vi');
}

/** The day in Asia/Ho_Chi_Minh of an ISO instant. */
function vietnamDay(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
}

const FETCHED_AT = new Date('2024-12-01T03:00:00Z');
const pages = listFixturePages();

describe('fixture files', () => {
  it('has at least 32 fixture pages, one of them a listing page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(32);
    expect(pages.some((page) => !page.expected.isArticle)).toBe(true);
  });

  it('pairs every page with its expectation', () => {
    for (const site of readdirSync(FIXTURE_PAGES_DIR)) {
      const dir = join(FIXTURE_PAGES_DIR, site);
      if (!statSync(dir).isDirectory()) continue;
      const files = readdirSync(dir);
      const stems = (ext: string) => files.filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
      expect(stems('.html'), site).toEqual(stems('.json'));
    }
  });

  it.each(pages)('$site/$slug has a consistent expectation', ({ site, htmlPath, expected }) => {
    expect(new URL(expected.url).host.replace(/^www\./, '')).toBe(site.replace(/^www\./, ''));
    expect(['utf-8', 'windows-1258', 'tcvn3', 'vni']).toContain(expected.charset);
    if (expected.publishedAt !== null) expect(expected.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$/);
    if (expected.provincePrimary !== null) expect(expected.provinces).toContain(expected.provincePrimary);
    expect(expected.notProvinces.filter((p) => expected.provinces.includes(p))).toEqual([]);
    expect(expected.notCountries.filter((c) => expected.countries.includes(c))).toEqual([]);
    // Legacy pages must really be stored in their single-byte encoding, not as UTF-8.
    const bytes = readFileSync(htmlPath);
    const validUtf8 = (() => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    })();
    expect(validUtf8).toBe(expected.charset === 'utf-8');
  });
});

describe.each(pages)('fixture $site/$slug', ({ htmlPath, expected }) => {
  let article: ExtractedArticle;
  let tags: Classification;

  beforeAll(async () => {
    const outcome = await extractArticle({
      html: new Uint8Array(readFileSync(htmlPath)),
      url: expected.url,
      contentType: 'text/html',
      fetchedAt: expected.fetchedAt ? new Date(expected.fetchedAt) : FETCHED_AT,
    });
    if (!outcome.ok) throw new Error(`extraction failed: ${outcome.error}`);
    article = outcome.article;
    // As the pipeline does: the source's home province and the publication date go with the text.
    if (expected.isArticle) {
      tags = classify({
        title: article.title,
        body: composeBody(article),
        homeProvince: expected.homeProvince ?? null,
        publishedAt: article.publishedAt,
      });
    }
  });

  it('tells an article from a listing page', () => {
    expect(article.isArticle).toBe(expected.isArticle);
  });

  it('decodes the bytes with the charset they are in', () => {
    expect(article.charset).toBe(expected.charset);
  });

  if (!expected.isArticle) return;

  it('finds the title, the publication date and the author', () => {
    expect(fold(article.title)).toBe(fold(expected.title ?? ''));
    checkDate(article.publishedAt, expected);
    expect(foldAuthor(article.author)).toBe(foldAuthor(expected.author));
  });

  it('keeps the sapo and the paragraphs', () => {
    for (const snippet of expected.sapoContains) expect(fold(article.sapo)).toContain(fold(snippet));
    for (const snippet of expected.textContains) expect(fold(article.text)).toContain(fold(snippet));
  });

  it('keeps menus, sidebars, related lists, captions, bylines and comments out of the body', () => {
    const body = fold(composeBody(article));
    for (const snippet of expected.textNotContains) expect(body).not.toContain(fold(snippet));
  });

  it('keeps the image captions apart', () => {
    const captions = fold(article.captions.join('\n'));
    for (const snippet of expected.captionsContain) expect(captions).toContain(fold(snippet));
  });

  it('tags the provinces the article names, and its primary province', () => {
    const named = tags.provinces.filter((p) => p.via === 'name').map((p) => p.code);
    expect(named).toEqual(expect.arrayContaining(expected.provinces));
    expect(tags.provinces.find((p) => p.primary)?.code ?? null).toBe(expected.provincePrimary);
  });

  it('tags the countries the article names', () => {
    expect(tags.countries.map((c) => c.code)).toEqual(expect.arrayContaining(expected.countries));
  });

  it('takes no province or country from the page chrome or from trap words', () => {
    expect(tags.provinces.map((p) => p.code).filter((code) => expected.notProvinces.includes(code))).toEqual([]);
    expect(tags.countries.map((c) => c.code).filter((code) => expected.notCountries.includes(code))).toEqual([]);
  });

  it('judges whether the article is about foreign affairs', () => {
    expect(tags.relevant).toBe(expected.relevant);
  });
});

/** A date-only expectation checks the day; a full one the instant (to the minute). */
function checkDate(actual: string | null, expected: FixtureExpectation): void {
  if (expected.publishedAt === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected.publishedAt)) {
    expect(vietnamDay(actual as string)).toBe(expected.publishedAt);
  } else {
    expect(new Date(actual as string).toISOString()).toBe(new Date(expected.publishedAt).toISOString());
  }
}
