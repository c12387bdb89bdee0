import { describe, expect, it } from 'vitest';
import { NAMED_PROVINCE_SLUGS } from '../../classifiers/data/provinces.ts';
import { loadSourceRegistry } from '../../crawlers/sources/registry.ts';
import { REGISTRY_DATA } from '../../crawlers/sources/registry-data.ts';
import { parseSourceEntries, parseSourceEntry, SourceRegistryError, type SourceEntryInput } from '../../crawlers/sources/source-schema.ts';

const good: SourceEntryInput = {
  id: 'baomau',
  name: 'Báo mẫu',
  homepage: 'https://baomau.vn/',
  kind: 'provincial_paper',
  homeProvince: 'da-nang',
  articleUrlPattern: '-\\d{5,}\\.html$',
  verified: false,
  note: 'not checked',
};

function problemsOf(input: unknown): string[] {
  try {
    parseSourceEntry(input);
  } catch (error) {
    if (error instanceof SourceRegistryError) return error.problems;
    throw error;
  }
  return [];
}

describe('the shipped registry', () => {
  const entries = loadSourceRegistry();

  it('validates every entry', () => {
    expect(entries.length).toBe(REGISTRY_DATA.length);
  });

  it('has at least 40 sources, national and provincial', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(entries.filter((entry) => entry.kind === 'national_outlet').length).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((entry) => entry.homeProvince).filter(Boolean)).size).toBeGreaterThanOrEqual(40);
  });

  it('names a known province for every provincial source', () => {
    for (const entry of entries.filter((e) => e.kind.startsWith('provincial'))) {
      expect(NAMED_PROVINCE_SLUGS.has(entry.homeProvince ?? '')).toBe(true);
    }
  });

  it('marks every real entry unverified with a note, since none was checked against the live site', () => {
    for (const entry of entries) {
      expect(entry.verified).toBe(false);
      expect(entry.note).toBeTruthy();
    }
  });

  it('names the extraction profile written for its host, where there is one', () => {
    const profiles = new Map(loadSourceRegistry().map((entry) => [entry.id, entry.extractionProfile]));
    expect([profiles.get('vnexpress'), profiles.get('baodanang'), profiles.get('baoquangnam')]).toEqual(['vnexpress', 'baodanang', undefined]);
  });

  it('gives each source an article pattern that matches typical article URLs of its host and not its home page', () => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const cases: Array<[string, string, boolean]> = [
      ['vnexpress', 'https://vnexpress.net/viet-nam-va-an-do-4712345.html', true],
      ['nhandan', 'https://nhandan.vn/doan-dai-bieu-tham-lao-post812345.html', true],
      ['vov', 'https://vov.vn/chinh-tri/ngoai-giao/tin-post1234567.vov', true],
      ['tuoitre', 'https://tuoitre.vn/tin-20240312104512345.htm', true],
      ['nghean-portal', 'https://nghean.gov.vn/tin-tuc?ItemID=40321', true],
      ['vnexpress', 'https://vnexpress.net/', false],
      ['baodanang', 'https://baodanang.vn/doi-ngoai/trang-2', false],
      ['baodanang', 'https://baoquangnam.vn/tin-123456.html', false],
    ];
    for (const [id, url, expected] of cases) {
      expect([id, url, new RegExp(byId.get(id)?.articleUrlPattern ?? '$^').test(url)]).toEqual([id, url, expected]);
    }
  });
});

describe('registry validation', () => {
  it('fills defaults for a minimal entry', () => {
    const entry = parseSourceEntry(good);
    expect(entry.enabled).toBe(true);
    expect(entry.entryPoints).toEqual({ feeds: [], sitemaps: [], listings: [], discover: true });
    expect(entry.politeness.concurrency).toBe(2);
  });

  it.each([
    ['an unknown province slug', { homeProvince: 'hoi-an' }, 'source "baomau": homeProvince: unknown province slug'],
    ['a bad cron pattern', { schedule: '61 * * * *' }, 'source "baomau": schedule: expected a cron pattern'],
    ['a regex that does not compile', { articleUrlPattern: '(unclosed' }, 'source "baomau": articleUrlPattern: expected a valid regular expression'],
    ['a homepage that is not http', { homepage: 'ftp://baomau.vn/' }, 'source "baomau": homepage: expected an absolute http(s) URL'],
    ['an unknown kind', { kind: 'blog' }, 'source "baomau": kind:'],
    ['a provincial source without a province', { homeProvince: null }, 'source "baomau": homeProvince: required for kind provincial_paper'],
    ['an unverified entry without a note', { note: undefined }, 'source "baomau": note:'],
    ['an unknown extraction profile', { extractionProfile: 'baomoi' }, 'source "baomau": extractionProfile: unknown extraction profile'],
    ['a misspelt field', { shedule: '0 * * * *' }, 'source "baomau": (entry): Unrecognized key: "shedule"'],
    ['a listing template without {page}', { entryPoints: { listings: [{ url: 'https://baomau.vn/x', pagination: { kind: 'template', urlTemplate: 'https://baomau.vn/x/2' } }] } }, 'source "baomau": entryPoints.listings.0.pagination.urlTemplate: expected {page}'],
    ['an id that is not kebab-case', { id: 'Bao Mau' }, 'source "Bao Mau": id: expected kebab-case'],
  ])('rejects %s with an error naming the field', (_case, change, expected) => {
    const problems = problemsOf({ ...good, ...change });
    expect(problems.join('\n')).toContain(expected);
  });

  it('reports every bad entry at once, with duplicate ids and homepages', () => {
    const error = (() => {
      try {
        parseSourceEntries([good, { ...good, homepage: 'https://other.vn/' }, { ...good, id: 'x', schedule: 'bad' }, { ...good, id: 'y' }]);
      } catch (caught) {
        return caught as SourceRegistryError;
      }
      throw new Error('expected a SourceRegistryError');
    })();
    expect(error.problems).toEqual([
      expect.stringContaining('source "baomau": id: duplicate id'),
      expect.stringContaining('source "x": schedule'),
      expect.stringContaining('source "y": homepage: https://baomau.vn/ is already'),
    ]);
  });
});
