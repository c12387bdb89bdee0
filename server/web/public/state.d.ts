/** Types of state.js (the page's modules are plain JavaScript; this lets the TypeScript tests check their use). */
export const LIST_FILTERS: readonly ['province', 'country', 'activity', 'source'];

export interface PageState {
  q: string;
  province: string[];
  country: string[];
  activity: string[];
  source: string[];
  /** `YYYY-MM` or empty. */
  month: string;
  provinceMode: 'current' | 'named';
  /** Include articles the classifier found not relevant. */
  all: boolean;
  lang: 'vi' | 'en';
}

export function stateFromUrl(url: string): PageState;
export function queryStringOf(state: PageState): string;
export function apiParamsOf(
  state: PageState,
  extra?: Record<string, string | number | null | undefined>,
): URLSearchParams;
export function toggleFilter(
  state: PageState,
  facet: 'province' | 'country' | 'activity' | 'source' | 'month',
  code: string,
): PageState;
