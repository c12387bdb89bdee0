import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { findSiteProfile, type SiteProfile } from '../../crawlers/sites/index.ts';
import type { ExtractedArticle, ExtractOutcome } from '../types.ts';
import { collectBlocks, collectText, type Block } from './blocks.ts';
import { decodeHtml } from './decode.ts';
import { findMainContainers } from './generic.ts';
import { blocksToLines } from './lines.ts';
import { readMetadata } from './metadata.ts';
import { indexPage } from './page-index.ts';
import { parseHtml, PARSE_OPTIONS } from './parse-html.ts';
import { chooseArticleParts } from './parts.ts';
import { matchProfile, type ProfileMatches } from './profile-matches.ts';

/** Changes whenever extraction output may change: stored articles record it, reprocessing compares it. */
export const EXTRACTOR_VERSION = 'vnnews-extract/1.1.0';

/** What {@link extractArticle} reads. */
export interface ExtractInput {
  /** The page as fetched (bytes, decoded here) or already decoded text. */
  html: Uint8Array | string;
  /** The page's address: picks the site profile and resolves the canonical URL. */
  url?: string;
  /** The HTTP Content-Type header, for the charset. */
  contentType?: string | null;
  /** When the page was fetched: the reference of relative dates (`2 giờ trước`). @defaultValue now */
  fetchedAt?: Date;
  /** Use site profiles when the host has one. @defaultValue true */
  useProfiles?: boolean;
  /** Larger pages are refused. @defaultValue 8 MiB */
  maxBytes?: number;
}

/** Bodies shorter than this (characters of lead + text) are not articles: teasers, galleries, stubs. */
const MIN_ARTICLE_CHARS = 250;
/** A container with more link text than this share is a listing. */
const MAX_ARTICLE_LINK_DENSITY = 0.45;
/**
 * Deeper nesting is refused: htmlparser2 takes quadratic time on it (20,000 unclosed divs take
 * seconds, 200,000 minutes), and no real page comes near — their depth is in the tens.
 */
const MAX_NESTING = 12_000;

/** Void elements and those the parser closes by itself (`<p>`, `<li>`, cells) do not nest. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', '!doctype',
]);

/**
 * The deepest nesting of the markup by a quick tag count, stopping once past `limit`; at most
 * `limit`, it may be an upper bound (the number of `<`) rather than the depth itself.
 */
function markupDepth(html: string, limit: number): number {
  // Every level opens with a `<`: a page with no more of them than the limit cannot pass it, and
  // counting them by indexOf costs a tenth of the tag scan (real pages hold a few thousand).
  let opens = 0;
  for (let at = html.indexOf('<'); at >= 0 && opens <= limit; at = html.indexOf('<', at + 1)) opens++;
  if (opens <= limit) return opens;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (NON_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) break;
  }
  return max;
}

/** A profile container with less text than this is taken as a miss (redesign), and generic runs. */
const MIN_PROFILE_BODY_CHARS = 150;

/**
 * Takes a clean article out of a web page: decodes the bytes, reads the head metadata (JSON-LD,
 * Open Graph, Dublin Core), finds the body with the site's profile or the generic extractor, and
 * keeps the lead, captions and byline apart from the body. Pure: no I/O, no clock unless
 * `fetchedAt` is missing. Never throws: bad input gives `{ ok: false, error }`.
 */
export function extractArticle(input: ExtractInput): ExtractOutcome {
  try {
    return extractUnsafe(input);
  } catch (error) {
    return { ok: false, error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function extractUnsafe(input: ExtractInput): ExtractOutcome {
  const decoded = decodeHtml(input.html, { contentType: input.contentType, maxBytes: input.maxBytes });
  if (!decoded.ok) return decoded;
  if (!/<[a-z!]/i.test(decoded.html.slice(0, 65536)) && decoded.html.trim().length === 0) {
    return { ok: false, error: 'empty page: no markup and no text' };
  }
  const depth = markupDepth(decoded.html, MAX_NESTING);
  if (depth > MAX_NESTING) {
    return { ok: false, error: `markup nested deeper than ${MAX_NESTING} levels: not a readable page (the parser slows down quadratically past this)` };
  }
  const $ = cheerio.load(parseHtml(decoded.html), { xml: PARSE_OPTIONS });
  const index = indexPage($.root()[0]!);
  const meta = readMetadata(index);
  const root = index.body ?? index.html;
  const profile = input.useProfiles === false ? null : findSiteProfile(input.url ?? meta.canonicalUrl);

  const matches = profile && root ? matchProfile($, profile) : null;
  const fromProfile = profile && matches ? readProfileBody($, profile, matches) : null;
  let pageBlocksCache: Block[] | null = null;
  const pageBlocks = (): Block[] => (pageBlocksCache ??= root ? collectBlocks(root) : []);
  const bodyBlocks = fromProfile ?? genericBody(pageBlocks());

  const parts = chooseArticleParts({
    $,
    meta,
    profile: fromProfile ? profile : null,
    profileMatches: fromProfile ? matches : null,
    bodyBlocks,
    pageBlocks,
    index,
    fetchedAt: input.fetchedAt ?? new Date(),
  });
  const filtered = blocksToLines(parts.bodyBlocks, { title: parts.title });
  const finished = parts.finish(filtered.lines);
  const { author } = finished;
  let { lines, sapo } = finished;
  const structured = structuredBody(meta.articleBody, sapo.length + lines.join('\n').length);
  if (structured) {
    // The page builds its text with scripts: the markup holds a skeleton, the head the whole text.
    lines = structured;
    sapo = '';
  }
  const text = lines.join('\n');
  const bodyChars = sapo.length + text.length;
  // A listing is teaser after teaser: as many linked headings as half the lines kept.
  const listing = !structured && filtered.linkHeadings >= 4 && filtered.linkHeadings * 2 >= lines.length;
  const isArticle =
    parts.title.length > 0 &&
    bodyChars >= MIN_ARTICLE_CHARS &&
    (structured !== null || filtered.linkDensity <= MAX_ARTICLE_LINK_DENSITY) &&
    lines.length > 0 &&
    !listing;

  const article: ExtractedArticle = {
    isArticle,
    title: parts.title,
    sapo,
    text,
    author,
    publishedAt: parts.published?.iso ?? null,
    modifiedAt: meta.modified?.iso ?? null,
    canonicalUrl: absoluteUrl(meta.canonicalUrl, input.url),
    language: meta.language,
    section: meta.section,
    keywords: meta.keywords,
    captions: fromProfile && profile?.captions ? profileCaptions(matches!, profile.captions) : filtered.captions,
    charset: decoded.charset,
    method: fromProfile && profile ? `profile:${profile.site}` : 'generic',
    extractorVersion: EXTRACTOR_VERSION,
  };
  return { ok: true, article };
}

/** The profile's body containers, drops removed; null when they hold too little text. */
function readProfileBody($: CheerioAPI, profile: SiteProfile, matches: ProfileMatches): Block[] | null {
  for (const selector of profile.body) {
    const found = matches.select([selector]);
    if (found.length === 0) continue;
    // Nested matches (a container inside another) would be read twice.
    const set = new Set(found);
    const containers = found.filter((el) => {
      for (let p = el.parent, i = 0; p && i < 60; p = p.parent, i++) if (set.has(p as Element)) return false;
      return true;
    });
    // One query inside all the containers at once, not one per container.
    if (profile.drop?.length) {
      const dropped = $(containers).find(profile.drop.join(', '));
      if (dropped.length > 0) {
        dropped.remove();
        matches.noteRemoval();
      }
    }
    const blocks = containers.flatMap((c) => collectBlocks(c));
    const chars = blocks.reduce((n, b) => n + (b.chrome || b.caption ? 0 : b.text.length), 0);
    if (chars >= MIN_PROFILE_BODY_CHARS) return blocks;
  }
  return null;
}

/** Captions by the profile's selectors, when its body selector reads paragraphs only. */
function profileCaptions(matches: ProfileMatches, selectors: readonly string[]): string[] {
  const out: string[] = [];
  for (const el of matches.select(selectors)) {
    const text = collectText(el);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * The paragraphs of the JSON-LD `articleBody`, when the page prints less than half of it (a
 * client-rendered page whose markup is a skeleton); null when the markup's text is the better source.
 */
function structuredBody(articleBody: string | null, extractedChars: number): string[] | null {
  if (!articleBody || articleBody.length < MIN_ARTICLE_CHARS || extractedChars * 2 >= articleBody.length) return null;
  // Plain text keeps its paragraphs as line breaks; markup (some CMSs put HTML there) its blocks.
  const markup = /<[a-z/]/i.test(articleBody) ? articleBody : articleBody.replace(/\n+/g, '<br>');
  const wrapper = parseHtml(`<div>${markup}</div>`).children.find((c): c is Element => c.type === 'tag');
  const paragraphs = wrapper ? collectBlocks(wrapper).filter((b) => !b.caption).map((b) => b.text) : [];
  return paragraphs.length > 0 ? paragraphs : null;
}

function genericBody(pageBlocks: Block[]): Block[] {
  const containers = findMainContainers(pageBlocks);
  if (containers.length === 0) return [];
  return containers.flatMap((c) => collectBlocks(c));
}

function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return base ?? null;
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
