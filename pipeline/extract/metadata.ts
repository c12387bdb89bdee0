import type { Element } from 'domhandler';
import { collectText } from './blocks.ts';
import { parseIsoDate, type ParsedDate } from './dates.ts';
import type { PageIndex } from './page-index.ts';

/** What a page says about itself in its head: JSON-LD, Open Graph, article:*, Dublin Core, links. */
export interface PageMetadata {
  /** Headline from JSON-LD, else og:title, else twitter:title (site suffix not removed). */
  headline: string | null;
  /** The `<title>` element. */
  documentTitle: string | null;
  description: string | null;
  /** Person names; organisations and empty values are left out. */
  authors: string[];
  published: ParsedDate | null;
  modified: ParsedDate | null;
  canonicalUrl: string | null;
  language: string | null;
  section: string | null;
  keywords: string[];
  siteName: string | null;
  /** og:type, JSON-LD @type: `article`, `website`, `NewsArticle`… */
  types: string[];
  /** JSON-LD `articleBody` when the site publishes it (and does not mark the article as paywalled). */
  articleBody: string | null;
}

/** NewsArticle, ReportageNewsArticle, AnalysisNewsArticle, Article, BlogPosting… */
const ARTICLE_TYPES = /Article$|^(?:Live)?BlogPosting$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const asText = (v: Json | undefined): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return asText(v[0]);
  if (v && typeof v === 'object') return asText(v.name ?? v['@value'] ?? null);
  return null;
};

/** Every object of a JSON-LD document: arrays, `@graph`, nested `mainEntity`. Iterative. */
function collectObjects(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && out.length < 500) {
    const v = stack.pop()!;
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      out.push(v);
      if (v['@graph']) stack.push(v['@graph']);
      if (v.mainEntity && typeof v.mainEntity === 'object') stack.push(v.mainEntity);
      if (v.mainEntityOfPage && typeof v.mainEntityOfPage === 'object') stack.push(v.mainEntityOfPage);
    }
  }
  return out;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function parseJsonLd(raw: string): Json | null {
  try {
    return JSON.parse(raw) as Json;
  } catch {
    // Many CMSs emit raw newlines or tabs inside strings; a second try without them.
    try {
      return JSON.parse(raw.replace(/[\n\r\t]+/g, ' ')) as Json;
    } catch {
      return null;
    }
  }
}

function authorNames(v: Json | undefined): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const names: string[] = [];
  for (const a of list) {
    if (a && typeof a === 'object' && !Array.isArray(a) && typesOf(a).includes('Organization')) continue;
    const name = asText(a);
    if (name && !/^https?:/i.test(name)) names.push(name);
  }
  return names;
}

/** Raw text of a script element (JSON-LD): its text children joined. */
function scriptText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

/** Reads the head metadata of a parsed page from its index. */
export function readMetadata(index: PageIndex): PageMetadata {
  const meta = new Map<string, string>();
  const articleTags: string[] = [];
  for (const el of index.metas) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').trim().toLowerCase();
    const content = el.attribs.content?.trim();
    if (key === 'article:tag' && content) articleTags.push(content);
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const m = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return null;
  };

  let article: JsonObject | null = null;
  const types: string[] = [];
  let breadcrumb: string | null = null;
  for (const el of index.jsonLd) {
    const doc = parseJsonLd(scriptText(el));
    if (doc === null) continue;
    for (const o of collectObjects(doc)) {
      const t = typesOf(o);
      types.push(...t);
      if (!article && t.some((x) => ARTICLE_TYPES.test(x))) article = o;
      if (!breadcrumb && t.includes('BreadcrumbList') && Array.isArray(o.itemListElement)) {
        const items = o.itemListElement.filter((x): x is JsonObject => !!x && typeof x === 'object' && !Array.isArray(x));
        const last = items.length > 1 ? items[items.length - 1] : undefined;
        breadcrumb = last ? asText(last.name ?? (last.item as JsonObject | undefined)?.name ?? null) : null;
      }
    }
  }
  const a = (article ?? {}) as JsonObject;
  const ogType = m('og:type');
  if (ogType) types.push(ogType);

  const authors = authorNames(a.author);
  for (const key of ['article:author', 'author', 'dc.creator', 'dcterms.creator']) {
    const v = meta.get(key);
    if (v && !/^https?:/i.test(v) && !authors.includes(v)) authors.push(v);
  }

  const keywordsRaw = asText(a.keywords) ?? m('news_keywords', 'keywords') ?? '';
  const keywords = [
    ...new Set(
      (Array.isArray(a.keywords) ? a.keywords.map((k) => asText(k) ?? '') : keywordsRaw.split(/[,;]/))
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
  for (const k of articleTags) if (!keywords.includes(k)) keywords.push(k);

  const docTitle = index.title ? collectText(index.title) || null : null;
  const canonicalLink = index.links.find((l) => (l.attribs.rel ?? '').toLowerCase() === 'canonical');
  const canonical = canonicalLink?.attribs.href?.trim() || m('og:url') || asText(a.url ?? null);
  const lang = index.html?.attribs.lang?.trim() || m('content-language', 'dc.language', 'og:locale') || asText(a.inLanguage ?? null);

  return {
    headline: asText(a.headline ?? null) ?? m('og:title', 'twitter:title', 'dc.title'),
    documentTitle: docTitle,
    description: asText(a.description ?? null) ?? m('og:description', 'description', 'twitter:description', 'dc.description'),
    authors,
    published:
      parseIsoDate(asText(a.datePublished ?? null)) ??
      parseIsoDate(m('article:published_time', 'datepublished', 'pubdate', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date')) ??
      parseIsoDate(asText(a.dateCreated ?? null)),
    modified: parseIsoDate(asText(a.dateModified ?? null)) ?? parseIsoDate(m('article:modified_time', 'datemodified', 'lastmod', 'og:updated_time')),
    canonicalUrl: canonical || null,
    language: lang ? lang.toLowerCase().replace('_', '-').split('-')[0]! : null,
    section: asText(a.articleSection ?? null) ?? m('article:section') ?? breadcrumb,
    keywords,
    siteName: m('og:site_name') ?? asText((a.publisher as Json) ?? null),
    types,
    // Behind a paywall (`isAccessibleForFree: false`) the head holds text the reader is not shown.
    articleBody: a.isAccessibleForFree === false || /^false$/i.test(String(a.isAccessibleForFree ?? '')) ? null : asText(a.articleBody ?? null),
  };
}
