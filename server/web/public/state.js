// The page state lives in the address: the query string holds the search and filters (so a link
// can be shared), the hash holds the view (#/article/ID, #/sources).

/** Filters that hold lists of codes. */
export const LIST_FILTERS = ['province', 'country', 'activity', 'source'];

/**
 * @typedef {{ q: string, province: string[], country: string[], activity: string[], source: string[],
 *   month: string, provinceMode: 'current'|'named', all: boolean, lang: 'vi'|'en' }} PageState
 */

/** Reads the state from a URL (defaults for whatever is absent or malformed). */
export function stateFromUrl(url) {
  const params = new URL(url).searchParams;
  const list = (name) =>
    params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
  const month = params.get('month') ?? '';
  return {
    q: params.get('q') ?? '',
    province: list('province'),
    country: list('country'),
    activity: list('activity'),
    source: list('source'),
    month: /^\d{4}-\d{2}$/.test(month) ? month : '',
    provinceMode: params.get('provinceMode') === 'named' ? 'named' : 'current',
    all: params.get('all') === '1',
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  };
}

/** The query string for a state: only what differs from the defaults, so links stay short. */
export function queryStringOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of LIST_FILTERS) if (state[name].length) params.set(name, state[name].join(','));
  if (state.month) params.set('month', state.month);
  if (state.provinceMode === 'named') params.set('provinceMode', 'named');
  if (state.all) params.set('all', '1');
  if (state.lang === 'en') params.set('lang', 'en');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
function lastDayOf(month) {
  const [year, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The API parameters (/api/search, /api/export) for a state; `extra` overrides. */
export function apiParamsOf(state, extra = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of LIST_FILTERS) if (state[name].length) params.set(name, state[name].join(','));
  if (state.month) {
    params.set('from', `${state.month}-01`);
    params.set('to', lastDayOf(state.month));
  }
  params.set('provinceMode', state.provinceMode);
  if (state.all) params.set('relevantOnly', 'false');
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined || value === null) params.delete(key);
    else params.set(key, String(value));
  }
  return params;
}

/** A copy of the state with `code` added to or removed from a list filter (the second click removes). */
export function toggleFilter(state, facet, code) {
  if (facet === 'month') return { ...state, month: state.month === code ? '' : code };
  const list = state[facet];
  return { ...state, [facet]: list.includes(code) ? list.filter((c) => c !== code) : [...list, code] };
}
