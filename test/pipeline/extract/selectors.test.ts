import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../pipeline/extract/parse-html.ts';
import { filterMatching, selectAllIn } from '../../../pipeline/extract/selectors.ts';

const PAGE = `<html><body>
  <div class="detail"><h1 class="title">Tiêu đề</h1><p class="sapo">Sapo</p>
    <div class="fck"><p>Đoạn một</p><p><strong>An Nhi</strong></p><p><strong>Không phải</strong> cuối</p></div>
    <ul class="related  list" id="rel"><li><a href="/a" class="x.y">Tin A</a></li><li data-kind="ad" class="Ad">QC</li></ul>
  </div>
  <aside><h1 class="title">Tin khác</h1></aside>
</body></html>`;

const SELECTORS = [
  'h1.title', '.detail .title', 'div.fck strong:last-child', 'li[data-kind="ad"]', '.detail > p.sapo, ul.related li', 'aside h1', 'section.none',
  '#rel', 'ul#rel li', '.list', '.related.list', '.ad', '.Ad', '[class="ad" i]', '.x\\.y', '[data-kind]', '*', 'p + ul', 'li:not(.Ad)', 'div:has(> h1.title)',
  'h1.title, #rel, [data-kind], strong, .x\\.y',
];

describe('compiled selectors', () => {
  it('find what cheerio finds on a loaded page, in document order', () => {
    const $ = cheerio.load(PAGE);
    for (const selector of SELECTORS) {
      expect(selectAllIn($.root()[0]!, selector), selector).toEqual($(selector).toArray());
    }
  });

  it('filter a list as cheerio filters it', () => {
    const $ = cheerio.load(PAGE);
    const all = $('*').toArray() as Element[];
    for (const selector of SELECTORS) expect(filterMatching(all, selector), selector).toEqual($(all).filter(selector).toArray());
  });

  it('answer each page with its own elements when a selector is reused', () => {
    const first = parseHtml('<h1 class="title">Một</h1>');
    const second = parseHtml('<div><h1 class="title">Hai</h1><h1 class="title">Ba</h1></div>');
    const text = (els: Element[]) => els.map((el) => cheerio.load(el).text());
    expect(text(selectAllIn(first, 'h1.title'))).toEqual(['Một']);
    expect(text(selectAllIn(second, 'h1.title'))).toEqual(['Hai', 'Ba']);
  });
});

describe('compiled selectors on real pages', () => {
  it('find what cheerio finds for every site profile on every fixture page', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { SITE_PROFILES } = await import('../../../crawlers/sites/index.ts');
    const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
    const lists = SITE_PROFILES.flatMap((p) => {
      const all = [...p.body, ...(p.title ?? []), ...(p.sapo ?? []), ...(p.date ?? []), ...(p.author ?? []), ...(p.captions ?? [])];
      return [all.join(', ')];
    });
    let checked = 0;
    for (const site of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(dir, site.name)).filter((f) => f.endsWith('.html'))) {
        const $ = cheerio.load(readFileSync(join(dir, site.name, file), 'utf8'));
        for (const selector of lists) {
          expect(selectAllIn($.root()[0]!, selector), `${site.name}/${file}: ${selector}`).toEqual($(selector).toArray());
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
