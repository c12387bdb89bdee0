import type { AnyNode, Element } from 'domhandler';
import {
  BLOCK_TAGS,
  CAPTION_PATTERN,
  CHROME_TAGS,
  NEGATIVE_PATTERN,
  POSITIVE_PATTERN,
  SKIP_TAGS,
  STRONG_NEGATIVE_PATTERN,
} from './boilerplate.ts';

/** One line of text as a reader sees it: a paragraph, a heading, a list item, a caption. */
export interface Block {
  text: string;
  /** The element that holds the line (the nearest block-level ancestor). */
  el: Element;
  /** Tag of `el`. */
  tag: string;
  /** Characters of the line inside links. */
  linkChars: number;
  /** Inside chrome (nav, sidebar, related list…) by tag or class. */
  chrome: boolean;
  /** Inside chrome by tag, ARIA role or hiding alone (class names can mislead: `sidebar-1` holds VnExpress articles). */
  hardChrome: boolean;
  caption: boolean;
  /** Depth of `el` below the walk's root. */
  depth: number;
  /** All of the text is bold or italic, or the line is right-aligned: how bylines are set. */
  signature: boolean;
}

/** Limits that keep hostile markup (10,000 nested divs, millions of nodes) in bounded time. */
export interface WalkLimits {
  /** @defaultValue 300000 */
  maxNodes: number;
  /** Deeper elements are not read. @defaultValue 2000 */
  maxDepth: number;
}

const DEFAULT_LIMITS: WalkLimits = { maxNodes: 300_000, maxDepth: 2000 };

const EMPHASIS_TAGS = new Set(['strong', 'b', 'em', 'i']);
const RIGHT_ALIGNED = /text-align\s*:\s*right/i;

function isRightAligned(el: Element): boolean {
  return el.attribs.align?.toLowerCase() === 'right' || (el.attribs.style !== undefined && RIGHT_ALIGNED.test(el.attribs.style));
}

const CENTRED = /text-align\s*:\s*center/i;

function isCentred(el: Element): boolean {
  return el.attribs.align?.toLowerCase() === 'center' || (el.attribs.style !== undefined && CENTRED.test(el.attribs.style));
}

/**
 * True when the previous element is an image with no text (`<p><img></p>`): the centred or
 * italic line under it is that image's caption, as portals without figure markup set it.
 */
function followsImage(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type === 'text' && !prev.data.trim()) prev = prev.prev;
  if (!prev || prev.type !== 'tag') return false;
  const stack: AnyNode[] = [prev];
  let images = 0;
  for (let n = 0; stack.length > 0 && n < 50; n++) {
    const node = stack.pop()!;
    if (node.type === 'text' && node.data.trim()) return false;
    if (node.type === 'tag') {
      if (node.name === 'img' || node.name === 'picture') images++;
      stack.push(...node.children);
    }
  }
  return images > 0;
}

/** Lower-cased `class` and `id` of an element. */
export function tokensOf(el: Element): string {
  const a = el.attribs;
  // Most elements have neither: no string to build.
  if (a.class === undefined && a.id === undefined) return ' ';
  return `${a.class ?? ''} ${a.id ?? ''}`.toLowerCase();
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog)$/;

/** Chrome by tag, ARIA role, hiding, or class/id tokens (a positive token rescues a weak negative one). */
export function isChromeElement(el: Element): boolean {
  return isHardChrome(el) || isClassChrome(el);
}

/** Chrome by tag, ARIA role or hiding. */
export function isHardChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if (a.role && CHROME_ROLES.test(a.role)) return true;
  return a.hidden !== undefined || (a.style !== undefined && HIDDEN_STYLE.test(a.style)) || a['aria-hidden'] === 'true';
}

/** Chrome by class/id tokens. */
export function isClassChrome(el: Element): boolean {
  return hasChromeTokens(tokensOf(el));
}

function hasChromeTokens(t: string): boolean {
  if (t.length < 2) return false;
  if (STRONG_NEGATIVE_PATTERN.test(t)) return true;
  return NEGATIVE_PATTERN.test(t) && !POSITIVE_PATTERN.test(t);
}

/** A `<figcaption>`, a caption-classed element, or a table that frames one image with a short text. */
export function isCaptionElement(el: Element): boolean {
  return isCaptionWithTokens(el, tokensOf(el));
}

/** {@link isCaptionElement} with the element's {@link tokensOf} already at hand. */
function isCaptionWithTokens(el: Element, t: string): boolean {
  if (el.name === 'figcaption') return true;
  if (t.length > 1 && CAPTION_PATTERN.test(t)) return !INLINE_TAGS.has(el.name) || !hasTextBeside(el);
  if (el.name === 'figure') return isImageFigure(el);
  return el.name === 'table' && isImageTable(el);
}

const FIGURE_CONTENT_TAGS = new Set(['table', 'blockquote', 'pre', 'ul', 'ol', 'code']);

/**
 * A `<figure>` around an image: all its text (caption, credit, "Enlarge" labels) is the image's.
 * Not one around a table, a quote or code, which is the article's.
 */
function isImageFigure(figure: Element): boolean {
  let images = 0;
  let textLength = 0;
  const stack: AnyNode[] = [...figure.children];
  for (let n = 0; stack.length > 0 && n < 300; n++) {
    const node = stack.pop()!;
    if (node.type === 'text') textLength += node.data.trim().length;
    else if (node.type === 'tag') {
      if (FIGURE_CONTENT_TAGS.has(node.name)) return false;
      if (node.name === 'img' || node.name === 'picture' || node.name === 'video' || node.name === 'iframe') images++;
      stack.push(...node.children);
    }
  }
  return images > 0 && textLength < 600 && stack.length === 0;
}

const INLINE_TAGS = new Set(['span', 'a', 'b', 'strong', 'em', 'i', 'font', 'small', 'u', 'sup', 'sub', 'abbr', 'cite']);

/**
 * True when the element's parent holds text of its own beside it: an inline element inside a
 * sentence (`<span class="legend…">HANOI</span>, May 3 -- …`) is part of that sentence, not a caption.
 */
function hasTextBeside(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !('children' in parent)) return false;
  return parent.children.some((c) => c !== el && c.type === 'text' && /[\p{L}\p{N}]/u.test(c.data));
}

/** Vietnamese CMSs frame photos in `<table>`: one image cell and one short caption cell. */
function isImageTable(table: Element): boolean {
  let images = 0;
  let textLength = 0;
  let nodes = 0;
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0 && nodes < 400) {
    const n = stack.pop()!;
    nodes++;
    if (n.type === 'text') textLength += n.data.trim().length;
    else if (n.type === 'tag') {
      if (n.name === 'img' || n.name === 'picture') images++;
      if (n.name === 'p' && textLength > 400) return false;
      stack.push(...n.children);
    }
  }
  return images > 0 && images <= 4 && textLength < 400 && nodes < 400;
}

/**
 * Where an element's walk ends, pushed under its children: numbers, so the walk allocates nothing
 * per node (a chrome exit's details go on a stack of their own, popped in the same order).
 */
const EXIT_BLOCK = 0;
const EXIT_LINK = 1;
const EXIT_BOLD = 2;
const EXIT_CHROME = 3;
const EXIT_INLINE = 4;

/** Marks where an inline element opens or closes; becomes a space between two word characters. */
const BOUNDARY = '\uE000';
const BOUNDARY_CODE = 0xe000;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit below the surrogates: 1 letter or digit, 2 not, 0 not looked up yet. */
const letterOrDigitCache = new Uint8Array(0xd800);

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  if (cp < 0xd800) {
    let known = letterOrDigitCache[cp]!;
    if (known === 0) letterOrDigitCache[cp] = known = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    return known === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** The code point that ends just before `at` (a surrogate pair read as one). */
function codePointBefore(s: string, at: number): number {
  const low = s.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** `[\s\u00a0\u200b\ufeff]`: JavaScript's white space and line terminators, and the zero-width space. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The text of collected parts on one line: a run of boundaries between two letters or digits reads
 * as a space (`<span>Hà Nội</span>Hai`), other boundaries vanish, white space (and zero-width
 * spaces) collapse to one space, and the ends are trimmed. One pass over the joined parts: this runs
 * for every line of every page, where a chain of four regular expressions cost a tenth of extraction.
 */
export function joinParts(parts: string[]): string {
  const s = parts.join('');
  const n = s.length;
  let out = '';
  let space = false;
  let from = 0;
  const emit = (to: number): void => {
    if (to <= from) return;
    if (space && out.length > 0) out += ' ';
    out += s.slice(from, to);
    space = false;
  };
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === BOUNDARY_CODE) {
      emit(i);
      let end = i + 1;
      while (end < n && s.charCodeAt(end) === BOUNDARY_CODE) end++;
      if (i > 0 && end < n && isLetterOrDigit(codePointBefore(s, i)) && isLetterOrDigit(s.codePointAt(end)!)) space = true;
      i = from = end;
    } else if (isSpace(c)) {
      emit(i);
      space = true;
      from = ++i;
    } else i++;
  }
  emit(n);
  return out;
}

/**
 * Walks a subtree and cuts it into lines at block-level elements, without recursion. Captions
 * come out as their own blocks (`caption: true`) so callers can keep them apart from the body.
 */
export function collectBlocks(root: Element, options: { limits?: Partial<WalkLimits>; rootChrome?: boolean } = {}): Block[] {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let plainChars = 0;
  let boldChars = 0;
  let inLink = 0;
  let inBold = 0;
  let chromeDepth = options.rootChrome ? 1 : 0;
  let hardDepth = 0;
  const blockStack: { el: Element; depth: number }[] = [{ el: root, depth: 0 }];
  let visited = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = joinParts(parts);
    parts = [];
    const current = blockStack[blockStack.length - 1]!;
    if (text) {
      const emphasised = plainChars > 0 && boldChars >= plainChars * 0.9;
      blocks.push({
        text,
        el: current.el,
        tag: current.el.name,
        linkChars: Math.min(linkChars, text.length),
        chrome: chromeDepth > 0,
        hardChrome: hardDepth > 0,
        caption: text.length < 300 && (emphasised || isCentred(current.el)) && followsImage(current.el),
        depth: current.depth,
        signature: emphasised || isRightAligned(current.el),
      });
    }
    linkChars = 0;
    plainChars = 0;
    boldChars = 0;
  };

  // Nodes to visit and exits, with the depth of each (unused for exits).
  const stack: (AnyNode | number)[] = [];
  const depths: number[] = [];
  const chromeExits: { block: boolean; hard: boolean }[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    stack.push(root.children[i]!);
    depths.push(1);
  }
  while (stack.length > 0) {
    const item = stack.pop()!;
    const depth = depths.pop()!;
    if (typeof item === 'number') {
      if (item === EXIT_INLINE) {
        parts.push(BOUNDARY);
        continue;
      }
      let closesBlock = item === EXIT_BLOCK;
      if (item === EXIT_LINK) inLink--;
      else if (item === EXIT_BOLD) inBold--;
      else if (item === EXIT_CHROME) {
        const exit = chromeExits.pop()!;
        // The chrome block's last line (text after its inner blocks) is still chrome.
        if (exit.block) flush();
        chromeDepth--;
        if (exit.hard) hardDepth--;
        closesBlock = exit.block;
      }
      if (closesBlock) {
        flush();
        blockStack.pop();
      }
      continue;
    }
    const node = item;
    if (++visited > limits.maxNodes) break;
    if (node.type === 'text') {
      const data = node.data;
      parts.push(data);
      const n = data.trim().length;
      if (n > 0) {
        plainChars += n;
        if (inLink > 0) linkChars += n;
        if (inBold > 0) boldChars += n;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    if (SKIP_TAGS.has(name) || depth > limits.maxDepth) continue;
    if (name === 'br') {
      parts.push('\n');
      flush();
      continue;
    }
    if (name === 'img') continue;
    const tokens = tokensOf(el);
    if (isCaptionWithTokens(el, tokens)) {
      flush();
      const caption = collectText(el, limits);
      if (caption) {
        blocks.push({ text: caption, el, tag: name, linkChars: 0, chrome: chromeDepth > 0, hardChrome: hardDepth > 0, caption: true, depth, signature: false });
      }
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    const hard = isHardChrome(el);
    const chrome = hard || hasChromeTokens(tokens);
    if (block) {
      flush();
      blockStack.push({ el, depth });
    }
    if (chrome) {
      chromeDepth++;
      if (hard) hardDepth++;
      chromeExits.push({ block, hard });
      stack.push(EXIT_CHROME);
      depths.push(depth);
    } else if (block) {
      stack.push(EXIT_BLOCK);
      depths.push(depth);
    }
    if (!block) {
      // Inline boundaries: `<span>Hà Nội</span>Hai người` reads as two words.
      parts.push(BOUNDARY);
      stack.push(EXIT_INLINE);
      depths.push(depth);
    }
    if (name === 'a') {
      inLink++;
      stack.push(EXIT_LINK);
      depths.push(depth);
    } else if (EMPHASIS_TAGS.has(name)) {
      inBold++;
      stack.push(EXIT_BOLD);
      depths.push(depth);
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push(children[i]!);
      depths.push(depth + 1);
    }
  }
  flush();
  return blocks.flatMap((b) => (b.text.includes('\n') ? splitLines(b) : [b]));
}

function splitLines(b: Block): Block[] {
  return b.text
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ ...b, text, linkChars: Math.min(b.linkChars, text.length) }));
}

/** Visible text of a subtree on one line, skipping scripts; iterative. */
export function collectText(root: Element, limits: Partial<WalkLimits> = {}): string {
  const maxNodes = limits.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  const out: string[] = [];
  // null marks the end of an element: a word boundary when it was inline.
  const stack: (AnyNode | null)[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < maxNodes) {
    const n = stack.pop()!;
    if (n === null) out.push(BOUNDARY);
    else if (n.type === 'text') out.push(n.data);
    else if (n.type === 'tag') {
      if (SKIP_TAGS.has(n.name)) continue;
      out.push(n.name === 'br' || BLOCK_TAGS.has(n.name) ? ' ' : BOUNDARY);
      stack.push(null);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return joinParts(out);
}
