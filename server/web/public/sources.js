import { crawlNow, getJson } from './api.js';
import { formatDate, formatNumber, t } from './i18n.js';
import { h } from './svg.js';

/**
 * The sources page: last crawl status and counters per source, a "crawl now" button that asks for
 * the API key, and a link to the queue dashboard when the server has one.
 */
export async function sourcesView() {
  const [{ items }, dashboard] = await Promise.all([
    getJson('/api/sources'),
    fetch('/admin/queues', { method: 'HEAD' })
      .then((r) => r.ok)
      .catch(() => false),
  ]);
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const rows = items.map((source) => {
    const run = source.lastCrawl;
    const button = h('button', { type: 'button', class: 'crawl-now' }, t('crawlNow'));
    button.addEventListener('click', async () => {
      const key = window.prompt(t('apiKeyPrompt', { s: source.name }));
      if (!key) return;
      try {
        const answer = await crawlNow(source.id, key);
        status.textContent = t(answer.status === 'queued' ? 'crawlQueued' : 'crawlStarted', {
          s: source.name,
        });
      } catch (error) {
        status.textContent = t('error', { m: error.message });
      }
    });
    return h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('a', { href: source.homepage, rel: 'noopener noreferrer' }, source.name),
        h('div', { class: 'note' }, source.id),
      ),
      h('td', { class: 'num' }, formatNumber(source.articles)),
      h(
        'td',
        {},
        run ? h('span', { class: `run run-${run.status}` }, t(`status_${run.status}`)) : t('neverCrawled'),
        source.enabled
          ? null
          : h(
              'div',
              { class: 'note' },
              `${t('disabled')}${source.disabledReason ? `: ${source.disabledReason}` : ''}`,
            ),
        run?.error ? h('div', { class: 'note' }, run.error) : null,
      ),
      h('td', {}, run ? formatDate(run.startedAt) : '—'),
      h(
        'td',
        { class: 'num' },
        run
          ? [run.discovered, run.fetched, run.unchanged, run.failed, run.articlesStored, run.relevant]
              .map(formatNumber)
              .join(' / ')
          : '—',
      ),
      h('td', {}, button),
    );
  });
  return h(
    'section',
    { class: 'sources-view', 'aria-labelledby': 'sources-title' },
    h('h2', { id: 'sources-title' }, t('sourcesTitle')),
    dashboard ? h('p', {}, h('a', { href: '/admin/queues' }, t('queueDashboard'))) : null,
    status,
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['colSource', 'colArticles', 'colStatus', 'colStarted', 'colCounters', 'colAction'].map((k) =>
            h('th', { scope: 'col' }, t(k)),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}
