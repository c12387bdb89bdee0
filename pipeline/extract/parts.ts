import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { SiteProfile } from '../../crawlers/sites/site-profile.ts';
import { collectText, isChromeElement, isClassChrome, isHardChrome, tokensOf, type Block } from './blocks.ts';
import { SAPO_PATTERN, STRONG_NEGATIVE_PATTERN } from './boilerplate.ts';
import { authorFromByline, byAuthor, cleanByline, cutAfterByline, isAuthorBio, looksLikeByline, splitLeadingByline, splitTrailingByline } from './byline.ts';
import { chooseDate, findDateInText, parseIsoDate, type ParsedDate } from './dates.ts';
import { parentElement } from './generic.ts';
import { foldText, type Line } from './lines.ts';
import type { PageMetadata } from './metadata.ts';
import type { PageIndex } from './page-index.ts';
import type { ProfileMatches } from './profile-matches.ts';
import { filterMatching, selectAllIn } from './selectors.ts';

/** What the part finders read. */
export interface PartsInput {
  $: CheerioAPI;
  meta: PageMetadata;
  /** The profile whose body matched, or null on the generic path. */
  profile: SiteProfile | null;
  bodyBlocks: Block[];
  /** Blocks of the whole page, computed on first use (the profile path rarely needs them). */
  pageBlocks: () => Block[];
  index: PageIndex;
  fetchedAt: Date;
  /** The profile's selector matches from the walk that found the body; without it, the page is queried. */
  profileMatches?: ProfileMatches | null;
}

/** Title, date and the lead/byline split of one page. */
export interface ArticleParts {
  title: string;
  published: ParsedDate | null;
  bodyBlocks: Block[];
  /** Takes the filtered body lines; returns their texts without lead and byline, and those two. */
  finish(lines: Line[]): { lines: string[]; sapo: string; author: string | null };
}

/** Finds the parts around the body: title, lead, date, byline. */
export function chooseArticleParts(input: PartsInput): ArticleParts {
  const { $, meta, profile, pageBlocks, index } = input;
  prepareProfileMatches($, profile, input.profileMatches ?? null);
  const title = findTitle($, meta, profile, index, pageBlocks);
  const published = findPublished($, meta, profile, index, pageBlocks, title, input.fetchedAt);
  const sapoEl = findSapo($, meta, profile, pageBlocks, input.bodyBlocks, title);
  const sapoText = sapoEl ? collectText(sapoEl) : '';
  // The lead read apart must not come back as a body line.
  const bodyBlocks = sapoEl ? input.bodyBlocks.filter((b) => !isWithin(b.el, sapoEl)) : input.bodyBlocks;
  const profileAuthor = profile ? findProfileAuthor($, profile) : null;
  const headerAuthor = profile ? null : findHeaderAuthor(index);
  const bylineNearTitle = (): string | null => (profile ? null : findBylineNearTitle(pageBlocks(), title));
  // Held past this call, the matches would keep the whole page's tree alive until the next page.
  profileMatches = null;

  return {
    title,
    published,
    bodyBlocks,
    finish(rawLines) {
      let lines = rawLines;
      let sapo = foldText(sapoText);
      if (!sapo && meta.description && lines.length > 1) {
        // No lead element: a first line that the description repeats is the lead.
        const d = foldText(meta.description).slice(0, 60);
        if (d.length >= 30 && foldText(lines[0]!.text).startsWith(d)) {
          sapo = lines[0]!.text;
          lines = lines.slice(1);
        }
      } else if (sapo && lines.length > 0 && foldText(lines[0]!.text) === sapo) lines = lines.slice(1);
      // An author's note closes some English articles; it is not text.
      while (lines.length > 2 && isAuthorBio(lines[lines.length - 1]!.text)) lines = lines.slice(0, -1);
      const leading = splitLeadingByline(lines);
      if (leading) lines = leading.lines;
      let trailing = splitTrailingByline(lines);
      if (!trailing.author) trailing = cutAfterByline(lines) ?? trailing;
      lines = trailing.lines;
      const metaAuthor = meta.authors.map(cleanByline).find((a) => a && a.split(' ').length <= 6 && !looksLikeSiteName(a, meta));
      // The byline printed with the text beats a header widget, which may list several contributors.
      const author = profileAuthor ?? trailing.author ?? leading?.author ?? headerAuthor ?? metaAuthor ?? bylineNearTitle() ?? null;
      if (author && lines.length > 1 && cleanByline(lines[lines.length - 1]!.text).toLowerCase() === author.toLowerCase()) {
        lines = lines.slice(0, -1);
      }
      return { lines: lines.map((l) => l.text), sapo, author };
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

/**
 * The profile's title, lead, date and author matches, taken from the one walk that found the body
 * (no walk of the page per selector or per part); `firstText` then tries the selectors in priority order
 * among the few elements found.
 */
let profileMatches: { $: CheerioAPI; elements: Element[] } | null = null;

function prepareProfileMatches($: CheerioAPI, profile: SiteProfile | null, matches: ProfileMatches | null): void {
  const selectors = profile ? [...(profile.title ?? []), ...(profile.sapo ?? []), ...(profile.date ?? []), ...(profile.author ?? [])] : [];
  const elements = selectors.length === 0 ? [] : matches ? matches.select(selectors) : selectAllIn($.root()[0]!, selectors.join(', '));
  profileMatches = { $, elements };
}

function firstText($: CheerioAPI, selectors: readonly string[] | undefined, accept: (text: string, el: Element) => boolean): { text: string; el: Element } | null {
  if (!selectors || selectors.length === 0) return null;
  const candidates = profileMatches?.$ === $ ? profileMatches.elements : selectAllIn($.root()[0]!, selectors.join(', '));
  for (const selector of selectors) {
    for (const el of filterMatching(candidates, selector)) {
      const text = collectText(el);
      if (text && accept(text, el)) return { text, el };
    }
  }
  return null;
}

const SITE_SUFFIX = /\s+(?:[-–|:]|::)\s+[^-–|]{2,60}$/;

function findTitle($: CheerioAPI, meta: PageMetadata, profile: SiteProfile | null, index: PageIndex, pageBlocks: () => Block[]): string {
  const fromProfile = firstText($, profile?.title, (t) => t.length >= 5);
  if (fromProfile) return foldText(fromProfile.text);
  const references = [meta.headline, meta.documentTitle].filter((t): t is string => !!t).map((t) => foldText(t).toLowerCase());
  let best = '';
  let bestScore = 0;
  for (const el of index.titles) {
    if (el.name !== 'h1' && el.name !== 'h2' && el.name !== 'td' && el.name !== 'div' && el.name !== 'p') continue;
    const text = foldText(collectText(el, { maxNodes: 200 }));
    if (text.length < 8 || text.length > 300 || hasChromeAncestor(el)) continue;
    // The printed title, when the head repeats it (maybe with the site name, maybe reworded).
    const score = Math.max(0, ...references.map((r) => titleSimilarity(text.toLowerCase(), r))) + (el.name === 'h1' ? 0.05 : 0);
    if (score > bestScore) {
      best = text;
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.6) return best;
  // No heading repeats the head's title: a segment of it ("Site - Headline") printed on the page is the headline.
  const segment = printedTitleSegment(meta.documentTitle ?? meta.headline ?? '', pageBlocks);
  if (segment) return segment;
  let t = foldText(meta.headline ?? meta.documentTitle ?? '');
  for (let i = 0; i < 2 && SITE_SUFFIX.test(t); i++) {
    const stripped = t.replace(SITE_SUFFIX, '');
    if (stripped.length < 10) break;
    t = stripped;
  }
  return t || best;
}

/** The part of a "Site - Headline" / "Headline | Site" title that a line of the page prints alone. */
function printedTitleSegment(headTitle: string, pageBlocks: () => Block[]): string | null {
  const segments = foldText(headTitle)
    .split(/\s+(?:[-–|:]|::)\s+/)
    .filter((x) => x.length >= 10);
  if (segments.length < 2) return null;
  const wanted = new Set(segments.map((x) => x.toLowerCase()));
  for (const b of pageBlocks()) {
    if (b.chrome || b.caption || b.text.length > 300) continue;
    const text = foldText(b.text);
    if (wanted.has(text.toLowerCase())) return text;
  }
  return null;
}

/** 1 when the candidate is the reference (or its part before a site suffix); else shared-word ratio. */
function titleSimilarity(candidate: string, reference: string): number {
  if (candidate === reference || reference.startsWith(`${candidate} `)) return 1;
  const a = candidate.split(' ');
  const b = new Set(reference.split(' '));
  const shared = a.filter((w) => b.has(w)).length;
  return shared / Math.max(a.length, b.size);
}

/** Whether `el` or one of its nearest 29 ancestors passes `test` (the walks below share this bound). */
function selfOrAncestor(el: Element | null, test: (node: Element) => boolean): boolean {
  for (let node = el, i = 0; node && i < 30; node = parentElement(node), i++) if (test(node)) return true;
  return false;
}

/**
 * True when the element or an ancestor is chrome. With `articleHeader`, the `<header>` of an
 * `<article>` is not: it holds the title, the byline and the lead (dek, standfirst).
 */
function hasChromeAncestor(el: Element, articleHeader = false): boolean {
  return selfOrAncestor(
    el,
    (node) => isChromeElement(node) && !(articleHeader && node.name === 'header' && !isClassChrome(node) && hasArticleAncestor(node)),
  );
}

/** Chrome that is never the article's own: by tag or role, or comments, related lists, sidebars. */
function hasStrongChromeAncestor(el: Element): boolean {
  return selfOrAncestor(el, (node) => isHardChrome(node) || STRONG_NEGATIVE_PATTERN.test(tokensOf(node)));
}

function hasArticleAncestor(el: Element): boolean {
  return selfOrAncestor(parentElement(el), (node) => node.name === 'article' || node.name === 'main');
}

function findSapo(
  $: CheerioAPI,
  meta: PageMetadata,
  profile: SiteProfile | null,
  pageBlocks: () => Block[],
  bodyBlocks: readonly Block[],
  title: string,
): Element | null {
  const fromProfile = firstText($, profile?.sapo, (t) => t.length >= 20);
  if (fromProfile) return fromProfile.el;
  const description = foldText(meta.description ?? '').slice(0, 50).toLowerCase();
  const opensWithDescription = (text: string): boolean => {
    // A dateline or location stamp may come first: "Hà Nội – …", "(NLĐO) – …".
    const at = foldText(text).toLowerCase().indexOf(description);
    return at >= 0 && at <= 40;
  };
  const blocks = pageBlocks();
  if (description.length >= 30) {
    for (const b of blocks) {
      if (b.caption || !opensWithDescription(b.text)) continue;
      const el = deepest(b.el, description);
      // Paragraphs split by <br> share one element: the element is the whole text, not the lead.
      return collectText(el, { maxNodes: 4000 }).length > b.text.length * 1.5 + 40 ? null : el;
    }
  }
  // A lead sits near the start of the body: a teaser's summary in a rail after the body, or in a
  // long column before it, is not the article's lead.
  const lines = bodyBlocks.filter((b) => !b.caption && !b.chrome);
  const start = lines.length > 0 ? blocks.findIndex((b) => b.el === lines[0]!.el) : -1;
  const end = lines.length > 0 ? blocks.findIndex((b) => b.el === lines[lines.length - 1]!.el) : -1;
  const from = start < 0 ? 0 : Math.max(0, start - 15);
  const to = start < 0 ? blocks.length : Math.min(blocks.length, start + 8, Math.max(start, end) + 1);
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    // The headline in a "lead" box (`<div class="page-lead"><h1>`) is not the lead paragraph.
    if (b.caption || b.text.length < 40 || b.text.length > 1500 || b.tag === 'h1' || foldText(b.text) === foldText(title)) continue;
    const lead = leadElement(b.el);
    if (lead && !hasChromeAncestor(lead, true)) return lead;
  }
  return null;
}

/** The element classed as a lead: the line's own, or a small wrapper around it (`<div class="standfirst"><p>`). */
function leadElement(el: Element): Element | null {
  if (SAPO_PATTERN.test(tokensOf(el))) return el;
  const parent = parentElement(el);
  if (!parent || !SAPO_PATTERN.test(tokensOf(parent))) return null;
  return parent.children.filter((c) => c.type === 'tag').length <= 2 ? parent : null;
}

/** The innermost element that still starts with the description (a `<p>` inside a lead `<div>`). */
function deepest(el: Element, description: string): Element {
  let node = el;
  for (let i = 0; i < 10; i++) {
    const next = node.children.find((c): c is Element => c.type === 'tag' && foldText(collectText(c as Element, { maxNodes: 400 })).toLowerCase().includes(description));
    if (!next) break;
    node = next;
  }
  return node;
}

function findPublished(
  $: CheerioAPI,
  meta: PageMetadata,
  profile: SiteProfile | null,
  index: PageIndex,
  pageBlocks: () => Block[],
  title: string,
  now: Date,
): ParsedDate | null {
  const fromProfile = firstText($, profile?.date, (t, el) => readDate(t, el, now) !== null);
  if (fromProfile) {
    return chooseDate({ structuredPublished: meta.published, structuredModified: meta.modified, visible: readDate(fromProfile.text, fromProfile.el, now) });
  }
  // A printed date found without a profile may belong to a sidebar item: only a fallback.
  if (meta.published) return meta.published;
  const nearTitle = dateNearTitle(pageBlocks(), title, now);
  if (nearTitle) return nearTitle;
  for (const el of index.dates) {
    const text = collectText(el, { maxNodes: 200 });
    if (text.length > 120 || hasChromeAncestor(el, true)) continue;
    const date = readDate(text, el, now);
    if (date) return date;
  }
  return meta.modified;
}

/** Portals print the date on a short line just above or below the title. */
function dateNearTitle(pageBlocks: readonly Block[], title: string, now: Date): ParsedDate | null {
  const folded = foldText(title);
  if (!folded) return null;
  const at = pageBlocks.findIndex((b) => !b.hardChrome && foldText(b.text) === folded);
  if (at < 0) return null;
  for (const i of [at + 1, at + 2, at + 3, at - 1, at - 2]) {
    const b = pageBlocks[i];
    if (!b || b.text.length > 120 || b.caption) continue;
    const date = findDateInText(b.text, now);
    if (date) return date;
  }
  return null;
}

/** English pages print "By Jane Doe" on a short line just below (or above) the title. */
function findBylineNearTitle(pageBlocks: readonly Block[], title: string): string | null {
  const folded = foldText(title);
  if (!folded) return null;
  // The title may sit in an <article>'s <header>, which reads as chrome.
  let at = pageBlocks.findIndex((b) => !b.hardChrome && foldText(b.text) === folded);
  if (at < 0) at = pageBlocks.findIndex((b) => foldText(b.text) === folded);
  if (at < 0) return null;
  for (const i of [at + 1, at + 2, at + 3, at + 4, at - 1]) {
    const b = pageBlocks[i];
    const author = b && !b.caption ? byAuthor(b.text) : null;
    if (author) return author;
  }
  return null;
}

/** A printed date, or the machine-readable `datetime`/`content` attribute beside it. */
function readDate(text: string, el: Element, now: Date): ParsedDate | null {
  const attr = el.attribs.datetime ?? el.attribs.content ?? el.attribs['data-time'];
  const fromAttr = attr ? parseIsoDate(attr) : null;
  // "Ngày đăng … Cập nhật …": the first date is the publication.
  return findDateInText(text, now) ?? fromAttr;
}

function findProfileAuthor($: CheerioAPI, profile: SiteProfile): string | null {
  const found = firstText($, profile.author, (t) => looksLikeByline(t, true));
  return found ? authorFromByline(found.text) : null;
}

function findHeaderAuthor(index: PageIndex): string | null {
  for (const el of index.authors) {
    const text = collectText(el, { maxNodes: 100 });
    // An element named "author" sets its text apart as a credit, like bold or right alignment.
    if (text && looksLikeByline(text, true) && !hasChromeAncestor(el, true)) return authorFromByline(text);
  }
  // Blogs credit the post in its footer ("Posted by …"): a footer, but not a comment, a rail or a related list.
  for (const el of index.authors) {
    const author = byAuthor(collectText(el, { maxNodes: 100 }));
    if (author && !hasStrongChromeAncestor(el)) return author;
  }
  return null;
}

function looksLikeSiteName(author: string, meta: PageMetadata): boolean {
  const a = author.toLowerCase().replace(/\s+/g, '');
  const site = (meta.siteName ?? '').toLowerCase().replace(/\s+/g, '');
  return /\.(?:vn|com|net|org)\b/.test(a) || /^(?:cổng|trang) thông tin|^báo /i.test(author) || (site.length > 0 && (site.includes(a) || a.includes(site)));
}
