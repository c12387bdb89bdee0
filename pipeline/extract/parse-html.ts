import type { Document } from 'domhandler';
import { DomHandler, Parser, Tokenizer } from 'htmlparser2';

/**
 * The tokenizer methods and fields overridden below. htmlparser2 declares them private; their
 * behaviour is pinned by test/pipeline/extract/parse-html.test.ts, which parses tricky markup and
 * the fixture pages both ways and compares the trees.
 */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  fastForwardTo(c: number): boolean;
}

const LT = 0x3c;
const AMP = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const base = Tokenizer.prototype as unknown as TokenizerInternals;

/**
 * htmlparser2's tokenizer steps through the page one character at a time, through a state switch,
 * even in runs of text and attribute values where only `<` / a quote and `&` change anything, and
 * in style and script bodies (half the bytes of a news page). This one jumps over those runs with
 * a tight loop or `indexOf`: the same events at the same offsets, so the same tree, in about two
 * thirds of the time.
 */
class RunSkippingTokenizer extends Tokenizer {}

const fast = RunSkippingTokenizer.prototype as unknown as TokenizerInternals;

/** Moves `index` to just before the next `stop` or `&` (the parse loop then steps onto it). */
function skipTo(t: TokenizerInternals, stop: number): void {
  const buffer = t.buffer;
  let i = t.index - t.offset + 1;
  for (let c = buffer.charCodeAt(i); i < buffer.length && c !== stop && c !== AMP; c = buffer.charCodeAt(++i));
  t.index = i - 1 + t.offset;
}

fast.stateText = function stateText(this: TokenizerInternals, c: number): void {
  if (c === LT || c === AMP) base.stateText.call(this, c);
  else skipTo(this, LT);
};

fast.stateInAttributeValueDoubleQuotes = function stateInAttributeValueDoubleQuotes(this: TokenizerInternals, c: number): void {
  if (c === DOUBLE_QUOTE || c === AMP) base.stateInAttributeValueDoubleQuotes.call(this, c);
  else skipTo(this, DOUBLE_QUOTE);
};

fast.stateInAttributeValueSingleQuotes = function stateInAttributeValueSingleQuotes(this: TokenizerInternals, c: number): void {
  if (c === SINGLE_QUOTE || c === AMP) base.stateInAttributeValueSingleQuotes.call(this, c);
  else skipTo(this, SINGLE_QUOTE);
};

// Script, style and comment bodies: a native search instead of the character loop.
fast.fastForwardTo = function fastForwardTo(this: TokenizerInternals, c: number): boolean {
  const at = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (at >= 0) {
    this.index = at + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
};

/** The parser methods overridden below (private in htmlparser2's types; pinned by the same test). */
interface ParserInternals {
  endIndex: number;
  startIndex: number;
  attribname: string;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
}

/**
 * Tag and attribute names of HTML, each the string literal of this module: a name read from the page
 * is a fresh two-byte slice, lower-cased through the slow path of a two-byte string, and every later
 * `el.name === 'p'`, `attribs.class` or set lookup compares its characters; the literal compares by
 * identity. Names not listed are lower-cased as before.
 */
const KNOWN_NAMES = new Map(
  [
    'a', 'abbr', 'article', 'aside', 'b', 'body', 'blockquote', 'br', 'button', 'caption', 'center', 'cite', 'code', 'dd', 'div', 'dl', 'dt',
    'em', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe',
    'img', 'input', 'ins', 'label', 'li', 'link', 'main', 'meta', 'nav', 'noscript', 'ol', 'option', 'p', 'path', 'picture', 'pre', 'section',
    'select', 'small', 'source', 'span', 'strong', 'style', 'sub', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'th', 'thead',
    'time', 'title', 'tr', 'u', 'ul', 'video', 'g', 'use', 'rect', 'circle', 'script',
    'action', 'align', 'alt', 'aria-hidden', 'aria-label', 'async', 'border', 'charset', 'class', 'colspan', 'content', 'crossorigin',
    'data-id', 'data-src', 'data-role', 'datetime', 'defer', 'fill', 'height', 'hidden', 'href', 'id', 'itemprop', 'itemscope', 'itemtype',
    'lang', 'loading', 'method', 'name', 'property', 'rel', 'role', 'rowspan', 'sizes', 'src', 'srcset', 'style', 'tabindex', 'target',
    'title', 'type', 'value', 'viewbox', 'width', 'xmlns', 'd', 'stroke', 'onclick',
  ].map((name) => [name, name]),
);

const lowerName = (raw: string): string => KNOWN_NAMES.get(raw) ?? raw.toLowerCase();

class NamingParser extends Parser {}

const naming = NamingParser.prototype as unknown as ParserInternals & {
  onopentagname(start: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
};

naming.onopentagname = function onopentagname(this: ParserInternals, start: number, endIndex: number): void {
  this.endIndex = endIndex;
  this.emitOpenTag(lowerName(this.getSlice(start, endIndex)));
};

naming.onattribname = function onattribname(this: ParserInternals, start: number, endIndex: number): void {
  this.startIndex = start;
  this.attribname = lowerName(this.getSlice(start, endIndex));
};

/** Options the extractor has always parsed with (cheerio's htmlparser2 mode, HTML rules, entities decoded). */
export const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true } as const;

/** Parses a page into a DOM, as htmlparser2's `parseDocument` with {@link PARSE_OPTIONS} does. */
export function parseHtml(html: string): Document {
  const options = { ...PARSE_OPTIONS, Tokenizer: RunSkippingTokenizer };
  const handler = new DomHandler(undefined, options);
  new NamingParser(handler, options).end(html);
  return handler.root;
}
