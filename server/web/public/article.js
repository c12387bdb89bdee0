import { formatDate, formatNumber, t } from './i18n.js';
import { h } from './svg.js';

/**
 * Splits `text` at every evidence boundary and wraps covered pieces in <mark>, each listing the
 * tags (indexes) whose evidence covers it, so overlapping spans of several tags stay visible.
 * @param {string} text
 * @param {Array<{ tag: number, kind: string, start: number, end: number }>} spans
 * @returns {Node[]}
 */
export function highlightEvidence(text, spans) {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    nodes.push(
      h(
        'mark',
        {
          class: `evidence ${kinds.map((k) => `ev-${k}`).join(' ')}`,
          'data-tags': [...new Set(covering.map((s) => s.tag))].join(' '),
        },
        piece,
      ),
    );
  }
  return nodes;
}

/** Paragraphs of the body (split at line breaks), each keeping its evidence marks. */
function bodyParagraphs(body, spans) {
  const paragraphs = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const local = spans
      .filter((s) => s.end > offset && s.start < offset + line.length)
      .map((s) => ({
        ...s,
        start: Math.max(0, s.start - offset),
        end: Math.min(line.length, s.end - offset),
      }));
    if (line.trim()) paragraphs.push(h('p', {}, highlightEvidence(line, local)));
    offset += line.length + 1;
  }
  return paragraphs;
}

/**
 * The article view: title and body with evidence marks, tags with confidence and method (pointing
 * at a tag lights its spans), the original link and near-duplicates.
 * @param {import('../../api-types.ts').ArticleView} article
 * @param {() => void} onBack
 */
export function articleView(article, onBack) {
  const titleSpans = [];
  const bodySpans = [];
  article.tags.forEach((tag, index) => {
    for (const ev of tag.evidence) {
      (ev.field === 'title' ? titleSpans : bodySpans).push({
        tag: index,
        kind: tag.kind,
        start: ev.start,
        end: ev.end,
      });
    }
  });
  const root = h('article', { class: 'article-view', 'aria-labelledby': 'article-title' });
  const setActive = (index) => {
    for (const mark of root.querySelectorAll('mark.evidence')) {
      const tags = mark.dataset.tags.split(' ').map(Number);
      mark.classList.toggle('active', index !== null && tags.includes(index));
    }
  };
  const tagList = h(
    'ul',
    { class: 'tag-list' },
    article.tags.map((tag, index) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: `chip chip-${tag.kind}`,
            'data-tag': index,
            onmouseenter: () => setActive(index),
            onmouseleave: () => setActive(null),
            onfocus: () => setActive(index),
            onblur: () => setActive(null),
          },
          `${t(`kind_${tag.kind}`)}: ${tag.label}${tag.primary ? ` (${t('primary')})` : ''}`,
        ),
        h(
          'span',
          { class: 'tag-meta' },
          `${t('confidence')} ${formatNumber(Math.round(tag.confidence * 100))}% · ${t('method')} ${tag.method}` +
            (tag.current && tag.current !== tag.code ? ` · → ${tag.currentLabel}` : '') +
            ` · ${t('evidenceCount', { n: tag.evidence.length })}`,
        ),
      ),
    ),
  );
  const duplicates = article.duplicates.length
    ? h(
        'ul',
        { class: 'duplicates' },
        article.duplicates.map((d) =>
          h(
            'li',
            {},
            h('a', { href: `#/article/${d.id}` }, d.title),
            ` — ${d.source?.name ?? ''} · ${formatDate(d.publishedAt)} · ${t('distance', { n: d.distance })}`,
          ),
        ),
      )
    : h('p', {}, t('noDuplicates'));
  root.append(
    h('button', { type: 'button', class: 'back', onclick: onBack }, t('back')),
    h('h2', { id: 'article-title' }, highlightEvidence(article.title, titleSpans)),
    h(
      'p',
      { class: 'meta' },
      `${t('source')}: ${article.source?.name ?? '—'} · ${t('published')}: ${formatDate(article.publishedAt)} · `,
      h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, t('original')),
    ),
    h(
      'div',
      { class: 'article-layout' },
      h('div', { class: 'article-body' }, bodyParagraphs(article.body, bodySpans)),
      h(
        'aside',
        { class: 'article-side' },
        h('h3', {}, t('tags')),
        h('p', { class: 'note' }, t('tagsHelp')),
        tagList,
        h('h3', {}, t('duplicates')),
        duplicates,
      ),
    ),
  );
  return root;
}
