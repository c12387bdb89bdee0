import { formatNumber, t } from './i18n.js';
import { SERIES_COLOURS, h, rampColour, svg, textOnRamp } from './svg.js';
import { CURRENT_TILES, FORMER_ALIASES, FORMER_TILES } from './tile-layouts.js';

/**
 * Stacked columns: one column per month (oldest left), one segment per activity.
 * @param {{ months: string[], series: Array<{ code: string, label: string, counts: Map<string, number> }> }} data
 */
export function monthChart(data) {
  const { months, series } = data;
  if (months.length === 0 || series.length === 0) return h('p', { class: 'empty' }, t('noData'));
  const totals = months.map((m) => series.reduce((sum, s) => sum + (s.counts.get(m) ?? 0), 0));
  const max = Math.max(1, ...totals);
  const width = 640;
  const height = 220;
  const left = 36;
  const bottom = 40;
  const plotHeight = height - bottom - 10;
  const step = (width - left - 10) / months.length;
  const barWidth = Math.max(4, Math.min(40, step * 0.7));
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'chart month-chart',
    role: 'img',
    'aria-label': t('chartMonths'),
  });
  root.append(
    svg('line', { x1: left, y1: 10 + plotHeight, x2: width - 5, y2: 10 + plotHeight, stroke: '#555' }),
  );
  root.append(svg('text', { x: left - 6, y: 16, 'text-anchor': 'end', class: 'axis' }, formatNumber(max)));
  root.append(svg('text', { x: left - 6, y: 10 + plotHeight, 'text-anchor': 'end', class: 'axis' }, '0'));
  months.forEach((month, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    let y = 10 + plotHeight;
    series.forEach((s, k) => {
      const count = s.counts.get(month) ?? 0;
      if (!count) return;
      const barHeight = (count / max) * plotHeight;
      y -= barHeight;
      const rect = svg('rect', {
        x: x.toFixed(1),
        y: y.toFixed(1),
        width: barWidth.toFixed(1),
        height: barHeight.toFixed(1),
        fill: SERIES_COLOURS[k % SERIES_COLOURS.length],
        'data-count': count,
        'data-month': month,
        'data-activity': s.code,
      });
      rect.append(svg('title', {}, `${month} · ${s.label}: ${formatNumber(count)}`));
      root.append(rect);
    });
    const labelEvery = Math.ceil(months.length / 12);
    if (i % labelEvery === 0) {
      root.append(
        svg(
          'text',
          {
            x: (x + barWidth / 2).toFixed(1),
            y: height - bottom + 24,
            'text-anchor': 'middle',
            class: 'axis',
          },
          month,
        ),
      );
    }
  });
  const legend = h(
    'ul',
    { class: 'legend' },
    series.map((s, k) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${SERIES_COLOURS[k % SERIES_COLOURS.length]}` }),
        s.label,
      ),
    ),
  );
  return h('div', {}, root, legend, h('p', { class: 'note' }, t('chartMonthsNote')));
}

/**
 * Horizontal bars of the top partner countries.
 * @param {Array<{ code: string, label: string, count: number }>} buckets
 * @param {(code: string) => void} onPick
 */
export function countryChart(buckets, onPick) {
  const top = buckets.slice(0, 10);
  if (top.length === 0) return h('p', { class: 'empty' }, t('noData'));
  const max = Math.max(1, ...top.map((b) => b.count));
  const rowHeight = 24;
  const width = 420;
  const labelWidth = 130;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${top.length * rowHeight + 4}`,
    class: 'chart country-chart',
    role: 'img',
    'aria-label': t('chartCountries'),
  });
  top.forEach((bucket, i) => {
    const y = i * rowHeight + 2;
    const barWidth = ((width - labelWidth - 50) * bucket.count) / max;
    const group = svg('g', { class: 'bar', 'data-code': bucket.code });
    group.append(
      svg('text', { x: labelWidth - 6, y: y + 16, 'text-anchor': 'end', class: 'label' }, bucket.label),
    );
    const rect = svg('rect', {
      x: labelWidth,
      y: y + 3,
      width: barWidth.toFixed(1),
      height: rowHeight - 7,
      fill: '#1f5fa8',
      'data-count': bucket.count,
    });
    rect.append(svg('title', {}, `${bucket.label}: ${formatNumber(bucket.count)}`));
    group.append(rect);
    group.append(
      svg(
        'text',
        { x: (labelWidth + barWidth + 4).toFixed(1), y: y + 16, class: 'value' },
        formatNumber(bucket.count),
      ),
    );
    group.addEventListener('click', () => onPick(bucket.code));
    root.append(group);
  });
  return root;
}

/**
 * The tile-grid map: 34 current units or 63 former ones, shaded by count. Tiles are buttons
 * (Enter/Space) that filter by the province.
 * @param {Array<{ code: string, label: string, count: number }>} buckets province facet of the matching mode
 * @param {'current'|'named'} mode
 * @param {Map<string, string>} names slug → Vietnamese name
 * @param {Set<string>} selected
 * @param {(code: string) => void} onPick
 */
export function tileMap(buckets, mode, names, selected, onPick) {
  const tiles = mode === 'named' ? FORMER_TILES : CURRENT_TILES;
  const counts = new Map();
  for (const bucket of buckets) {
    const code = mode === 'named' ? (FORMER_ALIASES[bucket.code] ?? bucket.code) : bucket.code;
    counts.set(code, (counts.get(code) ?? 0) + bucket.count);
  }
  const max = Math.max(1, ...counts.values());
  const size = mode === 'named' ? 30 : 40;
  const cols = Math.max(...tiles.map(([, , c]) => c)) + 1;
  const rows = Math.max(...tiles.map(([, r]) => r)) + 1;
  const root = svg('svg', {
    viewBox: `0 0 ${cols * size + 2} ${rows * size + 2}`,
    class: `chart tile-map tiles-${tiles.length}`,
    role: 'group',
    'aria-label': t('chartMap'),
  });
  for (const [slug, row, col] of tiles) {
    const count = counts.get(slug) ?? 0;
    const name = names.get(slug) ?? slug;
    const group = svg('g', {
      class: `tile${selected.has(slug) ? ' selected' : ''}`,
      tabindex: 0,
      role: 'button',
      'aria-pressed': selected.has(slug) ? 'true' : 'false',
      'aria-label': `${name}: ${formatNumber(count)}`,
      'data-code': slug,
      'data-count': count,
    });
    group.append(svg('title', {}, `${name}: ${formatNumber(count)}`));
    group.append(
      svg('rect', {
        x: col * size + 1,
        y: row * size + 1,
        width: size - 2,
        height: size - 2,
        rx: 3,
        fill: rampColour(count, max),
        stroke: '#6b7a8f',
      }),
    );
    group.append(
      svg(
        'text',
        {
          x: col * size + size / 2,
          y: row * size + size / 2 + 4,
          'text-anchor': 'middle',
          fill: textOnRamp(count, max),
          class: 'tile-label',
        },
        abbreviation(name),
      ),
    );
    group.addEventListener('click', () => onPick(slug));
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onPick(slug);
      }
    });
    root.append(group);
  }
  return root;
}

/** Two or three letters for a tile: initials of the name's syllables (Đà Nẵng → ĐN, Hồ Chí Minh → HCM). */
function abbreviation(name) {
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length === 1) return parts[0].slice(0, 3);
  return parts
    .map((p) => p[0].toUpperCase())
    .join('')
    .slice(0, 3);
}
