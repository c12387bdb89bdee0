import { getArticle, getJson, search } from './api.js';
import { articleView } from './article.js';
import { countryChart, monthChart, tileMap } from './charts.js';
import { formatDate, formatNumber, setLanguage, t, translatePage } from './i18n.js';
import { sourcesView } from './sources.js';
import { apiParamsOf, queryStringOf, stateFromUrl, toggleFilter } from './state.js';
import { h } from './svg.js';

const $ = (selector) => document.querySelector(selector);

/** Facet panels in display order: state key, title key. */
const FACETS = [
  ['province', 'facetProvince'],
  ['country', 'facetCountry'],
  ['activity', 'facetActivity'],
  ['source', 'facetSource'],
  ['month', 'facetMonth'],
];

/** How many activities the month chart stacks (the most frequent ones). */
const CHART_ACTIVITIES = 8;

let state = stateFromUrl(location.href);
/** Labels of codes seen in facets, so active-filter chips can show names. */
const labels = new Map();
/** slug → name for every province (current and former), for the map. */
let provinceNames = new Map();
/** Increases with each search so a slow older answer cannot overwrite a newer one. */
let generation = 0;
let nextCursor = null;

/** Changes the state: new address (pushState) and a new render. */
function navigate(next, { push = true } = {}) {
  state = next;
  const url = `${location.pathname}${queryStringOf(state)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  render();
}

function pick(facet, code) {
  navigate(toggleFilter(state, facet, code));
}

function render() {
  setLanguage(state.lang);
  translatePage();
  $('#lang').value = state.lang;
  const route = location.hash.replace(/^#/, '');
  const article = /^\/article\/(\d+)$/.exec(route);
  const searchView = $('#search-view');
  const other = $('#other-view');
  for (const link of document.querySelectorAll('nav a')) {
    const current = link.dataset.route === (route === '/sources' ? 'sources' : 'search');
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (article) {
    searchView.hidden = true;
    other.hidden = false;
    showArticle(article[1]);
  } else if (route === '/sources') {
    searchView.hidden = true;
    other.hidden = false;
    showInto(other, sourcesView());
  } else {
    other.hidden = true;
    searchView.hidden = false;
    runSearch();
  }
}

async function showInto(container, promise) {
  container.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  try {
    container.replaceChildren(await promise);
    // Move focus to the new view's heading so keyboard and screen-reader users land on it.
    const heading = container.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  } catch (error) {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('error', { m: error.message })));
  }
}

function showArticle(id) {
  const other = $('#other-view');
  const back = () => {
    location.hash = '';
  };
  showInto(
    other,
    getArticle(id).then((view) => articleView(view, back)),
  );
}

async function runSearch() {
  const mine = ++generation;
  const started = window.performance.now();
  $('#q').value = state.q;
  $('#all').checked = state.all;
  $('#results').setAttribute('aria-busy', 'true');
  try {
    const response = await search(apiParamsOf(state));
    if (mine !== generation) return;
    for (const [facet] of FACETS)
      for (const b of response.facets[facet]) labels.set(`${facet}:${b.code}`, b.label);
    renderSummary(response);
    renderActiveFilters();
    renderFacets(response.facets);
    $('#results-list').replaceChildren(...response.items.map(resultItem));
    nextCursor = response.nextCursor;
    $('#more').hidden = !nextCursor;
    renderExportLinks();
    document.body.dataset.searchMs = String(Math.round(window.performance.now() - started));
    $('#results').setAttribute('aria-busy', 'false');
    renderCharts(response, mine);
  } catch (error) {
    if (mine !== generation) return;
    $('#results').setAttribute('aria-busy', 'false');
    $('#summary').replaceChildren(
      h('span', { class: 'error', role: 'alert' }, t('error', { m: error.message })),
    );
    $('#results-list').replaceChildren();
  }
}

async function loadMore() {
  if (!nextCursor) return;
  const mine = generation;
  const response = await search(apiParamsOf(state, { cursor: nextCursor, facets: 'false' }));
  if (mine !== generation) return;
  const items = response.items.map(resultItem);
  $('#results-list').append(...items);
  nextCursor = response.nextCursor;
  $('#more').hidden = !nextCursor;
  items[0]?.querySelector('a')?.focus();
}

function renderSummary(response) {
  // An estimate from the sample for very broad searches (see SearchResponse.approximate).
  const n = response.approximate ? `≈ ${formatNumber(response.total)}` : formatNumber(response.total);
  const text = response.query ? t('resultsFor', { n, q: response.query.description }) : t('results', { n });
  $('#summary').replaceChildren(h('span', { 'data-total': response.total, id: 'total' }, text));
  if (response.total === 0) $('#summary').append(h('p', {}, t('noResults')));
  if (response.approximate) $('#summary').append(h('p', { class: 'hint' }, t('approximate')));
  if (response.ranking !== 'all') $('#summary').append(h('p', { class: 'hint' }, t(response.ranking === 'sample' ? 'rankingSample' : 'rankingRecent')));
}

function renderActiveFilters() {
  const chips = [];
  for (const [facet, titleKey] of FACETS) {
    const codes = facet === 'month' ? (state.month ? [state.month] : []) : state[facet];
    for (const code of codes) {
      const label = labels.get(`${facet}:${code}`) ?? code;
      chips.push(
        h(
          'button',
          {
            type: 'button',
            class: 'chip active-filter',
            'aria-label': t('removeFilter', { f: `${t(titleKey)} ${label}` }),
            onclick: () => pick(facet, code),
          },
          `${t(titleKey)}: ${label} ✕`,
        ),
      );
    }
  }
  if (chips.length > 1) {
    chips.push(
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () =>
            navigate({ ...state, province: [], country: [], activity: [], source: [], month: '' }),
        },
        t('clearAll'),
      ),
    );
  }
  $('#active-filters').replaceChildren(
    ...(chips.length ? [h('span', { class: 'note' }, `${t('activeFilters')}:`), ...chips] : []),
  );
}

function renderFacets(facets) {
  const panels = FACETS.map(([facet, titleKey]) => {
    const selected = facet === 'month' ? [state.month] : state[facet];
    const buckets = facets[facet];
    // Selected codes stay visible (to be removed) even when the other filters leave them at zero.
    for (const code of selected) {
      if (code && !buckets.some((b) => b.code === code))
        buckets.push({ code, label: labels.get(`${facet}:${code}`) ?? code, count: 0 });
    }
    const list = h(
      'ul',
      { class: 'facet-list' },
      buckets.slice(0, 40).map((bucket) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'facet',
              'data-facet': facet,
              'data-code': bucket.code,
              'aria-pressed': selected.includes(bucket.code) ? 'true' : 'false',
              onclick: () => pick(facet, bucket.code),
            },
            h('span', { class: 'facet-label' }, bucket.label),
            h('span', { class: 'count' }, formatNumber(bucket.count)),
          ),
        ),
      ),
    );
    const extra =
      facet === 'province'
        ? h(
            'div',
            { class: 'mode-switch', role: 'group', 'aria-label': t('provinceMode') },
            ['current', 'named'].map((mode) =>
              h(
                'button',
                {
                  type: 'button',
                  'aria-pressed': state.provinceMode === mode ? 'true' : 'false',
                  onclick: () => navigate({ ...state, provinceMode: mode, province: [] }),
                },
                t(mode === 'current' ? 'provinceModeCurrent' : 'provinceModeNamed'),
              ),
            ),
          )
        : null;
    return h(
      'section',
      { class: 'facet-panel', 'aria-labelledby': `facet-${facet}` },
      h('h3', { id: `facet-${facet}` }, t(titleKey)),
      extra,
      list,
    );
  });
  $('#facets').replaceChildren(...panels);
}

function resultItem(hit) {
  const snippet = h('p', { class: 'snippet' });
  // The API escapes the snippet and adds only <mark>, so it can be used as markup.
  snippet.innerHTML = hit.snippet;
  const chip = (facet, code, label, extraClass = '') =>
    h(
      'button',
      {
        type: 'button',
        class: `chip chip-${facet} ${extraClass}`,
        'data-facet': facet,
        'data-code': code,
        onclick: () => pick(facet, code),
      },
      label,
    );
  const provinceCode = (p) => (state.provinceMode === 'current' ? p.current : p.code);
  const provinceLabel = (p) => (state.provinceMode === 'current' ? p.currentLabel : p.label);
  return h(
    'li',
    { class: 'hit' },
    h('h3', {}, h('a', { href: `${queryStringOf(state)}#/article/${hit.id}`, 'data-id': hit.id }, hit.title)),
    h('p', { class: 'meta' }, `${formatDate(hit.publishedAt)} · ${hit.source?.name ?? '—'}`),
    snippet,
    h(
      'div',
      { class: 'chips' },
      hit.tags.provinces.map((p) =>
        chip('province', provinceCode(p), provinceLabel(p), p.primary ? 'primary' : ''),
      ),
      hit.tags.countries.map((c) => chip('country', c.code, c.label)),
      hit.tags.activities.map((a) => chip('activity', a.code, a.label)),
    ),
  );
}

function renderExportLinks() {
  const links = ['csv', 'jsonl', 'parquet'].map((format) =>
    h(
      'a',
      {
        class: 'export',
        href: `/api/export?${apiParamsOf(state, { format })}`,
        download: '',
        'data-format': format,
      },
      format.toUpperCase(),
    ),
  );
  $('#exports').replaceChildren(h('span', { class: 'note' }, `${t('export')}:`), ...links);
}

async function renderCharts(response, mine) {
  $('#chart-countries').replaceChildren(
    countryChart(response.facets.country, (code) => pick('country', code)),
  );
  $('#chart-map').replaceChildren(
    tileMap(response.facets.province, state.provinceMode, provinceNames, new Set(state.province), (code) =>
      pick('province', code),
    ),
  );
  for (const button of document.querySelectorAll('#map-switch button')) {
    button.setAttribute('aria-pressed', button.dataset.mode === state.provinceMode ? 'true' : 'false');
  }
  // Month × activity: one count-only search per activity (the facets of a search hold months per filter set).
  const activities = state.activity.length
    ? state.activity.map((code) => ({ code, label: labels.get(`activity:${code}`) ?? code }))
    : response.facets.activity.slice(0, CHART_ACTIVITIES);
  try {
    const answers = await Promise.all(
      activities.map((a) => search(apiParamsOf(state, { activity: a.code, limit: 1 }))),
    );
    if (mine !== generation) return;
    const months = new Set();
    const series = activities.map((a, i) => {
      const counts = new Map(answers[i].facets.month.map((b) => [b.code, b.count]));
      for (const m of counts.keys()) months.add(m);
      return { code: a.code, label: a.label, counts };
    });
    $('#chart-months').replaceChildren(monthChart({ months: monthRange([...months]), series }));
  } catch (error) {
    $('#chart-months').replaceChildren(h('p', { class: 'error' }, t('error', { m: error.message })));
  }
}

/** Every month from the earliest to the latest given (`YYYY-MM`), so gaps show as empty columns. */
function monthRange(months) {
  if (months.length === 0) return [];
  const sorted = months.sort();
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const range = [];
  let [year, month] = first.split('-').map(Number);
  while (range.length < 240) {
    const code = `${year}-${String(month).padStart(2, '0')}`;
    range.push(code);
    if (code >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return range;
}

async function init() {
  $('#search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...state, q: $('#q').value.trim() });
  });
  $('#all').addEventListener('change', () => navigate({ ...state, all: $('#all').checked }));
  $('#lang').addEventListener('change', () =>
    navigate({ ...state, lang: $('#lang').value }, { push: false }),
  );
  $('#more').addEventListener('click', loadMore);
  for (const button of document.querySelectorAll('#map-switch button')) {
    button.addEventListener('click', () => {
      if (state.provinceMode !== button.dataset.mode)
        navigate({ ...state, provinceMode: button.dataset.mode, province: [] });
    });
  }
  for (const link of document.querySelectorAll('nav a')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(
        null,
        '',
        `${location.pathname}${queryStringOf(state)}${link.dataset.route === 'sources' ? '#/sources' : ''}`,
      );
      render();
    });
  }
  window.addEventListener('popstate', () => {
    state = stateFromUrl(location.href);
    render();
  });
  window.addEventListener('hashchange', () => render());
  try {
    const { items } = await getJson('/api/provinces');
    provinceNames = new Map(items.map((p) => [p.code, p.label]));
  } catch {
    // The map then shows slugs instead of names; search still works.
  }
  render();
}

setLanguage(state.lang);
init();
