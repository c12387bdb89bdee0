/**
 * The generic extractor on English news and blog pages (test/fixtures/english: pages written for
 * these tests in the layouts common CMSs emit, each beside its expected title, author, date and
 * body). Site profiles play no part: the body must score a shingle F1 of at least 0.9 by the
 * measure of LABELS.md, the one the public English extraction benchmark uses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeBody } from '../../../pipeline/article-body.ts';
import { extractArticle } from '../../../pipeline/extract/index.ts';
import { normalizeAuthorForScore, shingleF1 } from '../../eval/extraction-eval.ts';

interface EnglishExpectation {
  title: string;
  author: string | null;
  /** The day as the page prints it (its own time zone). */
  published: string | null;
  /** What the layout exercises. */
  layout: string;
  /** Lead and paragraphs, one a line. */
  body: string;
}

const DIR = fileURLToPath(new URL('../../fixtures/english/', import.meta.url));
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    slug: f.slice(0, -'.json'.length),
    expected: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as EnglishExpectation,
    html: readFileSync(join(DIR, f.replace(/\.json$/, '.html'))),
  }));

/** Days apart of an extracted ISO instant and the printed day: the extractor stores Vietnam time. */
function daysApart(iso: string, day: string): number {
  return Math.abs(Date.parse(iso) - Date.parse(`${day}T12:00:00Z`)) / 86_400_000;
}

describe('generic extraction of English pages', () => {
  it('has the English fixture pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const { slug, expected, html } of pages) {
    describe(slug, () => {
      const outcome = extractArticle({ html: new Uint8Array(html), useProfiles: false });
      const article = outcome.ok ? outcome.article : null;

      it(`body shingle F1 ≥ 0.9 (${expected.layout})`, () => {
        expect(article).not.toBeNull();
        const score = shingleF1(expected.body, composeBody(article!));
        expect(score.f1, `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(0.9);
      });

      it('is an article, with its title, author and date', () => {
        expect(article!.isArticle).toBe(true);
        expect(article!.method).toBe('generic');
        expect(article!.title).toBe(expected.title);
        if (expected.author) expect(normalizeAuthorForScore(article!.author ?? '')).toBe(normalizeAuthorForScore(expected.author));
        if (expected.published) {
          expect(article!.publishedAt).not.toBeNull();
          expect(daysApart(article!.publishedAt!, expected.published)).toBeLessThanOrEqual(1);
        }
      });
    });
  }

  it('does not take the JSON-LD articleBody of a paywalled article, which the reader is not shown', () => {
    const page = pages.find((p) => p.slug === 'json-ld-article-body')!;
    const html = page.html.toString('utf8').replace('"@type": "NewsArticle"', '"@type": "NewsArticle", "isAccessibleForFree": false');
    expect(html).toContain('isAccessibleForFree');
    const outcome = extractArticle({ html, useProfiles: false });
    expect(outcome.ok && outcome.article.text).not.toContain('protected bike lanes on four downtown streets');
  });
});
