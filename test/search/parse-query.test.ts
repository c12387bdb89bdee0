import { describe, expect, it } from 'vitest';
import { highlightSnippet } from '../../storage/search/highlight.ts';
import { describeQuery, MAX_QUERY_SYLLABLES, parseQuery } from '../../storage/search/parse-query.ts';
import { formatSearchTable } from '../../cli/commands/search.ts';
import type { SearchResponse } from '../../server/api-types.ts';

describe('parseQuery', () => {
  it.each([
    ['', ''],
    ['hợp tác giáo dục', '(hợp tác giáo dục)'],
    ['"hợp tác" giáo dục', '"hợp tác" AND (giáo dục)'],
    ['Lào OR "Hàn Quốc"', '((lào) OR "hàn quốc")'],
    ['da nang OR hue', '((da nang) OR (hue))'],
    ['hợp tác -"y tế"', '(hợp tác) AND NOT "y tế"'],
    ['hợp tác -kinh', '(hợp tác) AND NOT (kinh)'],
    ['a OR -b', '(a) AND NOT (b)'],
    ['OR OR', ''],
    ['"unclosed phrase', '"unclosed phrase"'],
    ['Khánh Hoà', '(khánh hòa)'],
    ['THỦY', '(thủy)'],
    ["'; drop table x; --", '(drop table x)'],
    ['😀 ‮đà‬', '(đà)'],
    ['nul\u0000byte', '(nul byte)'],
    ['- -- "', ''],
  ])('reads %j as %j', (query, expected) => {
    expect(describeQuery(parseQuery(query))).toBe(expected);
  });

  it('marks each syllable as typed with or without diacritics', () => {
    const [clause] = parseQuery('Quảng Nam da').clauses;
    expect(clause!.terms[0]).toEqual({ kind: 'words', syllables: ['quảng', 'nam', 'da'], accented: [true, false, false] });
    expect(parseQuery('đi').clauses[0]!.terms[0]!.accented).toEqual([true]);
  });

  it(`keeps at most ${MAX_QUERY_SYLLABLES} syllables of a pasted page`, () => {
    const parsed = parseQuery('một hai ba '.repeat(500));
    const syllables = parsed.clauses.flatMap((clause) => clause.terms.flatMap((term) => term.syllables));
    expect(syllables).toHaveLength(MAX_QUERY_SYLLABLES);
  });
});

describe('highlightSnippet', () => {
  const body = 'Sáng 15/8, thành phố Đà Nẵng tổ chức lễ kỷ niệm. Đá bóng là môn thể thao được yêu thích <b>nhất</b>.';

  it('marks exact syllables for a query with diacritics and any spelling without', () => {
    expect(highlightSnippet(body, parseQuery('đà'))).toContain('<mark>Đà</mark> Nẵng');
    expect(highlightSnippet(body, parseQuery('đà'))).not.toContain('<mark>Đá</mark>');
    const folded = highlightSnippet(body, parseQuery('da'));
    expect(folded).toContain('<mark>Đà</mark>');
    expect(folded).toContain('<mark>Đá</mark>');
  });

  it('escapes HTML in the text', () => {
    expect(highlightSnippet(body, parseQuery('nhat'))).toContain('&#60;b&#62;<mark>nhất</mark>&#60;/b&#62;');
  });

  it('maps matches in NFD text back to the original characters', () => {
    const nfd = 'Tỉnh Khánh Hoà'.normalize('NFD');
    const expected = `${'Tỉnh'.normalize('NFD')} <mark>${'Khánh'.normalize('NFD')}</mark> <mark>${'Hoà'.normalize('NFD')}</mark>`;
    expect(highlightSnippet(nfd, parseQuery('Khánh Hòa'))).toBe(expected);
  });

  it('shows a window around the matches of a long text, with ellipses', () => {
    const long = `${'Mở đầu dài dòng. '.repeat(40)}Hai bên ký kết biên bản ghi nhớ về hợp tác giáo dục.${' Kết thúc.'.repeat(40)}`;
    const snippet = highlightSnippet(long, parseQuery('"hợp tác giáo dục"'));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>hợp</mark> <mark>tác</mark> <mark>giáo</mark> <mark>dục</mark>');
  });
});

describe('formatSearchTable', () => {
  it('prints date in Vietnam time, source, primary province, countries and a cut title', () => {
    const response: SearchResponse = {
      total: 1,
      approximate: false,
      ranking: 'all',
      nextCursor: null,
      query: { description: '(an do)' },
      facets: { province: [], country: [], activity: [], source: [], month: [] },
      items: [
        {
          id: 1,
          title: 'Đà Nẵng kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Ấn Độ với nhiều hoạt động ý nghĩa',
          url: 'https://example.vn/1',
          source: { id: 'baodanang', name: 'Báo Đà Nẵng' },
          publishedAt: '2022-08-14T18:30:00.000Z',
          snippet: '',
          relevance: 1,
          classifierRelevance: 0.9,
          relevant: true,
          tags: {
            provinces: [{ code: 'da-nang', label: 'Đà Nẵng', current: 'da-nang', currentLabel: 'Đà Nẵng', primary: true, via: 'name' }],
            countries: [{ code: 'IN', label: 'Ấn Độ' }],
            activities: [],
          },
        },
      ],
    };
    const lines = formatSearchTable(response, 80).split('\n');
    expect(lines[2]).toMatch(/^2022-08-15 {2}Báo Đà Nẵng {7}Đà Nẵng {9}IN {12}Đà Nẵng kỷ niệm/);
    expect([...lines[2]!].length).toBeLessThanOrEqual(80);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.at(-1)).toBe('1 of 1 article for (an do)');
  });
});
