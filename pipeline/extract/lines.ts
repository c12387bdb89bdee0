import type { Block } from './blocks.ts';
import { CAPTION_LINE, CONTRIBUTOR_LINE, CREDIT_LINE, DATE_LINE_WORDS, LIST_HEADING_START, LIST_HEADINGS, NOISE_LINES, PROMO_PATTERN } from './boilerplate.ts';

const listHeadings = new Set(LIST_HEADINGS);

/**
 * A run of white space that is not already one plain space: replacing these by a space folds white
 * space like `/\s+/g` does, but a line that is already folded has no match and is not copied.
 */
const UNFOLDED_SPACE = /\s{2,}|[^\S ]/g;

/** Lower-cased, NFC, trimmed of decoration: how headings and widget labels are compared. */
export function foldLine(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(UNFOLDED_SPACE, ' ')
    .replace(/^[\s»>•·*:|-]+|[\s»>•·*:|.-]+$/g, '')
    .trim();
}

/** Whitespace-folded, NFC: how a title or a lead is compared with a body line. */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(UNFOLDED_SPACE, ' ').trim();
}

const TEASER_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'li', 'div', 'td']);

const DATE_ONLY = /^(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:cập nhật|ngày đăng|đăng ngày|xuất bản)?\s*:?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[\s,|-]*(?:\d{1,2}[:h]\d{2})?\s*(?:\(?gmt\s*\+\s*7\)?)?$/i;

/** A line without a letter or a digit ("·", "***", "—") carries no text. */
const HAS_WORD = /[\p{L}\p{N}]/u;

const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'strong', 'b']);

/**
 * True for a line that is only a date, as English pages print one: "Posted: Thursday, May 9, 2024",
 * "Updated 3:15 PM ET, May 3, 2024", "Sun 12 May 2024 07.00 BST". Every word is a label, weekday,
 * month, clock or zone word or a number, and a month or a numeric date is among them.
 */
export function isEnglishDateLine(folded: string): boolean {
  if (folded.length > 80) return false;
  const words = folded.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length < 2) return false;
  let month = false;
  let numbers = 0;
  for (const w of words) {
    if (/^\d{1,4}(?:st|nd|rd|th)?$/.test(w)) numbers++;
    else if (!DATE_LINE_WORDS.has(w)) return false;
    else if (MONTHS.has(w)) month = true;
  }
  return numbers > 0 && (month || words.includes('ago') || /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/.test(folded));
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** What the body-line filter needs to know about the page. */
export interface LineFilterContext {
  title: string;
}

/** The result of cleaning the body blocks: paragraphs and captions, apart. */
/** One body line with what the byline finder needs to know about it. */
export interface Line {
  text: string;
  /** Tag of the element the line came from. */
  tag: string;
  /** Bold/italic throughout or right-aligned. */
  signature: boolean;
}

export interface BodyLines {
  lines: Line[];
  captions: string[];
  /** Characters inside links over all characters, before filtering: high on listing pages. */
  linkDensity: number;
  /** Headings that are links (teaser titles): many of them make a listing page. */
  linkHeadings: number;
}

/**
 * Turns the blocks of the article container into body lines: drops chrome, link lists, widget
 * labels, the title repeated, bare date lines and everything under a "Tin liên quan"-style
 * heading that is only links; keeps captions apart.
 */
export function blocksToLines(blocks: readonly Block[], ctx: LineFilterContext): BodyLines {
  const lines: Line[] = [];
  const captions: string[] = [];
  const title = foldText(ctx.title);
  let chars = 0;
  let linkChars = 0;
  let inList = false;
  // Parent of the last line that was only a link: a teaser's summary follows it in the same box.
  let teaserBox: unknown = null;
  let linkHeadings = 0;
  let promoBox: unknown = null;
  for (const b of blocks) {
    if (b.caption) {
      if (!b.chrome) captions.push(b.text);
      continue;
    }
    chars += b.text.length;
    linkChars += b.linkChars;
    if (b.chrome) continue;
    const folded = foldLine(b.text);
    const linkShare = b.linkChars / b.text.length;
    if (folded.length <= 40 && (listHeadings.has(folded) || (HEADING_TAGS.has(b.tag) && LIST_HEADING_START.test(folded)))) {
      inList = true;
      continue;
    }
    // After a list heading, link lines (and their one-line teasers) belong to the list.
    if (inList) {
      if (linkShare > 0.5 || b.text.length < 60) continue;
      inList = false;
    }
    if (linkShare > 0.6 && b.text.length < 400) {
      // A linked heading opens a teaser box (heading, time, summary); a linked paragraph
      // ("Xem thêm: …") does not, and the paragraphs after it stay.
      // Not when the line sits in the body's own container (depth 1): that is no teaser box.
      if (b.tag !== 'p' && b.depth > 1) teaserBox = b.el.parent;
      if (linkShare > 0.8 && b.text.length >= 20 && TEASER_HEADING_TAGS.has(b.tag)) linkHeadings++;
      continue;
    }
    if (teaserBox !== null && (b.el.parent === teaserBox || b.el === teaserBox) && b.text.length < 350) continue;
    teaserBox = null;
    if (linkShare > 0.35 && b.tag === 'li') continue;
    if (promoBox !== null && b.el.parent === promoBox && b.text.length < 250) continue;
    promoBox = null;
    if (NOISE_LINES.has(folded) || !HAS_WORD.test(b.text)) continue;
    if (b.text.length < 250 && PROMO_PATTERN.test(folded)) {
      // A sign-up or promotion box (a small one, not the body itself): its other short lines go with it.
      const box = b.el.parent;
      promoBox = box && 'children' in box && box.children.filter((c) => c.type === 'tag').length <= 4 ? box : null;
      continue;
    }
    if (b.text.length < 200 && (CREDIT_LINE.test(folded) || CAPTION_LINE.test(folded) || CONTRIBUTOR_LINE.test(folded))) continue;
    if (foldText(b.text) === title) continue;
    if (b.text.length < 60 && DATE_ONLY.test(folded)) continue;
    if (b.text.length < 80 && isEnglishDateLine(folded)) continue;
    if (lines.length > 0 && lines[lines.length - 1]!.text === b.text) continue;
    lines.push({ text: b.text, tag: b.tag, signature: b.signature });
  }
  return { lines, captions, linkDensity: chars > 0 ? linkChars / chars : 1, linkHeadings };
}
