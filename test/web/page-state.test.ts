import { describe, expect, it } from 'vitest';
import { apiParamsOf, queryStringOf, stateFromUrl, toggleFilter } from '../../server/web/public/state.js';

const BASE = 'http://localhost/';

describe('the page state in the address', () => {
  it.each([
    ['an empty address', '', ''],
    ['a query with diacritics', '?q=h%E1%BB%A3p+t%C3%A1c', '?q=h%E1%BB%A3p+t%C3%A1c'],
    [
      'comma lists and repeated parameters alike',
      '?province=da-nang&province=hue,lao-cai',
      '?province=da-nang%2Chue%2Clao-cai',
    ],
    ['the named province mode and English', '?provinceMode=named&lang=en', '?provinceMode=named&lang=en'],
    ['a month', '?month=2024-02', '?month=2024-02'],
  ])('survives a round trip: %s', (_what, search, expected) => {
    expect(queryStringOf(stateFromUrl(`${BASE}${search}`))).toBe(expected);
  });

  it.each([
    ['a malformed month', '?month=2024-2'],
    ['an unknown province mode', '?provinceMode=old'],
    ['an unknown language', '?lang=fr'],
    ['empty list items', '?country=,,'],
  ])('falls back to the defaults for %s', (_what, search) => {
    expect(queryStringOf(stateFromUrl(`${BASE}${search}`))).toBe('');
  });
});

describe('the API parameters of a state', () => {
  it('turns a month into an inclusive day range, leap years included', () => {
    const params = apiParamsOf(stateFromUrl(`${BASE}?month=2024-02`));
    expect([params.get('from'), params.get('to')]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('asks for non-relevant articles only when the box is ticked', () => {
    expect(apiParamsOf(stateFromUrl(`${BASE}?all=1`)).get('relevantOnly')).toBe('false');
    expect(apiParamsOf(stateFromUrl(BASE)).has('relevantOnly')).toBe(false);
  });

  it('lets extra parameters override the filters (one activity for the month chart)', () => {
    const params = apiParamsOf(stateFromUrl(`${BASE}?activity=delegation,anniversary`), {
      activity: 'delegation',
      limit: 1,
    });
    expect(params.get('activity')).toBe('delegation');
    expect(params.get('limit')).toBe('1');
  });
});

describe('toggleFilter', () => {
  const state = stateFromUrl(`${BASE}?country=JP&month=2024-01`);
  it.each([
    ['adds a new code', 'country', 'KR', { country: ['JP', 'KR'] }],
    ['removes a code on the second click', 'country', 'JP', { country: [] }],
    ['replaces the month', 'month', '2024-03', { month: '2024-03' }],
    ['clears the month on the second click', 'month', '2024-01', { month: '' }],
  ] as const)('%s', (_what, facet, code, expected) => {
    expect(toggleFilter(state, facet, code)).toMatchObject(expected);
  });
});
