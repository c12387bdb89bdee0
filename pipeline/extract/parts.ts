import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { SiteProfile } from '../../crawlers/sites/site-profile.ts';
import { collectText, isChromeElement, tokensOf, type Block } from './blocks.ts';
import { AUTHOR_PATTERN, DATE_PATTERN, SAPO_PATTERN } from './boilerplate.ts';
import { authorFromByline, cleanByline, cutAfterByline, looksLikeByline, splitTrailingByline } from './byline.ts';
import { chooseDate, findDateInText, parseIsoDate, type ParsedDate } from './dates.ts';
import { parentElement } from './generic.ts';
import { foldText } from './lines.ts';
import type { PageMetadata } from './metadata.ts';

/** What the part finders read. */
export interface PartsInput {
  $: CheerioAPI;
  meta: PageMetadata;
  /** The profile whose body matched, or null on the generic path. */
  profile: SiteProfile | null;
  bodyBlocks: Block[];
  pageBlocks: Block[];
  fetchedAt: Date;
}

/** Title, date and the lead/byline split of one page. */
export interface ArticleParts {
  title: string;
  published: ParsedDate | null;
  bodyBlocks: Block[];
  /** Takes the filtered body lines (and their tags); returns them without lead and byline, and those two. */
  finish(lines: string[], tags: string[]): { lines: string[]; sapo: string; author: string | null };
}

/** Finds the parts around the body: title, lead, date, byline. */
export function chooseArticleParts(input: PartsInput): ArticleParts {
  const { $, meta, profile } = input;
  const title = findTitle($, meta, profile);
  const published = findPublished($, meta, profile, input.fetchedAt);
  const sapoEl = findSapo($, meta, profile);
  const sapoText = sapoEl ? collectText(sapoEl) : '';
  // The lead read apart must not come back as a body line.
  const bodyBlocks = sapoEl ? input.bodyBlocks.filter((b) => !isWithin(b.el, sapoEl)) : input.bodyBlocks;
  const profileAuthor = profile ? findProfileAuthor($, profile) : null;
  const headerAuthor = profile ? null : findHeaderAuthor($);

  return {
    title,
    published,
    bodyBlocks,
    finish(rawLines, rawTags) {
      let lines = rawLines;
      let tags = rawTags;
      let sapo = foldText(sapoText);
      if (!sapo && meta.description && lines.length > 1) {
        // No lead element: a first line that the description repeats is the lead.
        const d = foldText(meta.description).slice(0, 60);
        if (d.length >= 30 && foldText(lines[0]!).startsWith(d)) {
          sapo = lines[0]!;
          lines = lines.slice(1);
          tags = tags.slice(1);
        }
      } else if (sapo && lines.length > 0 && foldText(lines[0]!) === sapo) {
        lines = lines.slice(1);
        tags = tags.slice(1);
      }
      let trailing = splitTrailingByline(lines);
      if (!trailing.author) trailing = cutAfterByline(lines, tags) ?? trailing;
      lines = trailing.lines;
      const metaAuthor = meta.authors.map(cleanByline).find((a) => a && a.split(' ').length <= 6 && !looksLikeSiteName(a, meta));
      // The byline printed with the text beats a header widget, which may list several contributors.
      const author = profileAuthor ?? trailing.author ?? headerAuthor ?? metaAuthor ?? null;
      if (author && lines.length > 1) {
        const last = foldText(lines[lines.length - 1]!);
        if (cleanByline(last).toLowerCase() === author.toLowerCase()) lines = lines.slice(0, -1);
      }
      return { lines, sapo, author };
    },
  };
}

function isWithin(el: Element, ancestor: Element): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < 40; i++) {
    if (node === ancestor) return true;
    node = parentElement(node);
  }
  return false;
}

function firstText($: CheerioAPI, selectors: readonly string[] | undefined, accept: (text: string, el: Element) => boolean): { text: string; el: Element } | null {
  for (const selector of selectors ?? []) {
    for (const el of $(selector).toArray() as Element[]) {
      const text = collectText(el);
      if (text && accept(text, el)) return { text, el };
    }
  }
  return null;
}

const SITE_SUFFIX = /\s+(?:[-–|:]|::)\s+[^-–|]{2,60}$/;

function findTitle($: CheerioAPI, meta: PageMetadata, profile: SiteProfile | null): string {
  const fromProfile = firstText($, profile?.title, (t) => t.length >= 5);
  if (fromProfile) return foldText(fromProfile.text);
  const headline = foldText(meta.headline ?? meta.documentTitle ?? '');
  const folded = headline.toLowerCase();
  let best = '';
  for (const el of $('h1, h2.title, .title h1').toArray() as Element[]) {
    const text = foldText(collectText(el));
    if (text.length < 8 || text.length > 300 || hasChromeAncestor(el)) continue;
    const lower = text.toLowerCase();
    if (folded && (folded.startsWith(lower) || lower.startsWith(folded) || folded.includes(lower))) {
      if (text.length > best.length) best = text;
    }
  }
  if (best) return best;
  let t = headline;
  for (let i = 0; i < 2 && SITE_SUFFIX.test(t); i++) {
    const stripped = t.replace(SITE_SUFFIX, '');
    if (stripped.length < 10) break;
    t = stripped;
  }
  return t;
}

function hasChromeAncestor(el: Element): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < 30; i++) {
    if (isChromeElement(node)) return true;
    node = parentElement(node);
  }
  return false;
}

function findSapo($: CheerioAPI, meta: PageMetadata, profile: SiteProfile | null): Element | null {
  const fromProfile = firstText($, profile?.sapo, (t) => t.length >= 20);
  if (fromProfile) return fromProfile.el;
  const description = foldText(meta.description ?? '').slice(0, 50).toLowerCase();
  let byClass: Element | null = null;
  for (const el of $('p, h2, div, span, strong, section, h3').toArray() as Element[]) {
    const tokens = tokensOf(el);
    const classed = tokens.length > 1 && SAPO_PATTERN.test(tokens);
    if (!classed && !description) continue;
    if (el.children.length > 40) continue;
    const text = collectText(el, { maxNodes: 400 });
    if (text.length < 30 || text.length > 1500) continue;
    // The description's opening words are evidence enough, wherever the element sits.
    if (description.length >= 30 && foldText(text).toLowerCase().startsWith(description)) return deepest(el, description);
    if (classed && !byClass && !hasChromeAncestor(el)) byClass = el;
  }
  return description.length >= 30 ? null : byClass;
}

/** The innermost element that still starts with the description (a `<p>` inside a lead `<div>`). */
function deepest(el: Element, description: string): Element {
  let node = el;
  for (let i = 0; i < 10; i++) {
    const next = node.children.find((c): c is Element => c.type === 'tag' && foldText(collectText(c as Element, { maxNodes: 400 })).toLowerCase().startsWith(description));
    if (!next) break;
    node = next;
  }
  return node;
}

function findPublished($: CheerioAPI, meta: PageMetadata, profile: SiteProfile | null, now: Date): ParsedDate | null {
  const fromProfile = firstText($, profile?.date, (t, el) => readDate(t, el, now) !== null);
  if (fromProfile) {
    return chooseDate({ structuredPublished: meta.published, structuredModified: meta.modified, visible: readDate(fromProfile.text, fromProfile.el, now) });
  }
  // A printed date found by class name alone may belong to a sidebar item: only a fallback.
  if (meta.published) return meta.published;
  for (const el of $('time, [class*="date"], [class*="time"], [id*="date"], [class*="publish"]').toArray() as Element[]) {
    const t = tokensOf(el);
    if (el.name !== 'time' && !DATE_PATTERN.test(t)) continue;
    const text = collectText(el, { maxNodes: 200 });
    if (text.length > 120 || hasChromeAncestor(el)) continue;
    const date = readDate(text, el, now);
    if (date) return date;
  }
  return meta.modified;
}

/** A printed date, or the machine-readable `datetime`/`content` attribute beside it. */
function readDate(text: string, el: Element, now: Date): ParsedDate | null {
  const attr = el.attribs.datetime ?? el.attribs.content ?? el.attribs['data-time'];
  const fromAttr = attr ? parseIsoDate(attr) : null;
  // "Ngày đăng … Cập nhật …": the first date is the publication.
  return findDateInText(text, now) ?? fromAttr;
}

function findProfileAuthor($: CheerioAPI, profile: SiteProfile): string | null {
  const found = firstText($, profile.author, (t) => looksLikeByline(t) || (cleanByline(t).length <= 40 && cleanByline(t).split(' ').length <= 5));
  return found ? authorFromByline(found.text) : null;
}

function findHeaderAuthor($: CheerioAPI): string | null {
  for (const el of $('[class*="author"], [class*="byline"], [class*="tac-gia"], [rel="author"]').toArray() as Element[]) {
    if (!AUTHOR_PATTERN.test(tokensOf(el)) && el.attribs.rel !== 'author') continue;
    const text = collectText(el, { maxNodes: 100 });
    if (text && looksLikeByline(text) && !hasChromeAncestor(el)) return authorFromByline(text);
  }
  return null;
}

function looksLikeSiteName(author: string, meta: PageMetadata): boolean {
  const a = author.toLowerCase().replace(/\s+/g, '');
  const site = (meta.siteName ?? '').toLowerCase().replace(/\s+/g, '');
  return /\.(?:vn|com|net|org)\b/.test(a) || (site.length > 0 && (site.includes(a) || a.includes(site)));
}
