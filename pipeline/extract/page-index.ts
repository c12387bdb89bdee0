import type { AnyNode, Document, Element } from 'domhandler';
import { AUTHOR_PATTERN, DATE_PATTERN, SAPO_PATTERN } from './boilerplate.ts';
import { tokensOf } from './blocks.ts';

/**
 * The elements the metadata and part finders look at, gathered in one iterative walk of the
 * document: a CSS query per question would walk the whole page each time.
 */
export interface PageIndex {
  html: Element | null;
  body: Element | null;
  title: Element | null;
  metas: Element[];
  links: Element[];
  /** `<script type="application/ld+json">`, anywhere in the page. */
  jsonLd: Element[];
  /** h1, h2 and elements classed as titles (`title`, `tieude`), in page order. */
  titles: Element[];
  /** `<time>` and elements classed as dates, in page order. */
  dates: Element[];
  /** Elements classed as authors or bylines, or `rel="author"`. */
  authors: Element[];
  /** Elements classed as leads (sapo, description, trích yếu). */
  leads: Element[];
}

const TITLE_CLASS = /title|tieude|tieu-de|headline/;

/** Walks the document once; `maxNodes` bounds the work on hostile markup. */
export function indexPage(root: Document | Element, maxNodes = 400_000): PageIndex {
  const index: PageIndex = { html: null, body: null, title: null, metas: [], links: [], jsonLd: [], titles: [], dates: [], authors: [], leads: [] };
  const stack: AnyNode[] = [...root.children].reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < maxNodes) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    switch (el.name) {
      case 'html':
        index.html ??= el;
        break;
      case 'body':
        index.body ??= el;
        break;
      case 'title':
        index.title ??= el;
        continue;
      case 'meta':
        index.metas.push(el);
        continue;
      case 'link':
        index.links.push(el);
        continue;
      case 'script':
        if ((el.attribs.type ?? '').toLowerCase() === 'application/ld+json') index.jsonLd.push(el);
        continue;
      case 'style':
      case 'noscript':
      case 'svg':
      case 'template':
        continue;
      case 'h1':
      case 'h2':
        index.titles.push(el);
        break;
      case 'time':
        index.dates.push(el);
        break;
      default:
        break;
    }
    const tokens = el.attribs.class || el.attribs.id ? tokensOf(el) : '';
    if (tokens) {
      if (el.name !== 'h1' && el.name !== 'h2' && TITLE_CLASS.test(tokens)) index.titles.push(el);
      if (el.name !== 'time' && DATE_PATTERN.test(tokens)) index.dates.push(el);
      if (AUTHOR_PATTERN.test(tokens)) index.authors.push(el);
      if (SAPO_PATTERN.test(tokens)) index.leads.push(el);
    }
    if (el.attribs.rel === 'author' && !index.authors.includes(el)) index.authors.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return index;
}
