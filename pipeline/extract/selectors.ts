import { compile, selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

type Query = (el: Element) => boolean;

/** Site profiles are a fixed set of selectors: more than this many means something is compiling text it should not. */
const MAX_CACHED = 1000;
const compiled = new Map<string, Query>();

/**
 * A selector compiled once per process. cheerio parses and compiles a selector on every call,
 * which cost more than the walk itself for a profile's twenty selectors. Only for queries from
 * the document root or filters of a list: a query inside chosen containers is relative to them
 * (cheerio reads `.a .b` there as `:scope .a .b`) and must not come from this cache.
 */
function query(selector: string): Query {
  let q = compiled.get(selector);
  if (!q) {
    q = compile<AnyNode, Element>(selector, { xmlMode: false }) as Query;
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(selector, q);
  }
  return q;
}

/** What `$(selector).toArray()` gives on a page loaded from `root`: the matches in document order. */
export function selectAllIn(root: AnyNode, selector: string): Element[] {
  return selectAll<AnyNode, Element>(query(selector), root, { xmlMode: false });
}

/** What `$(elements).filter(selector).toArray()` gives: the elements that match, in their order. */
export function filterMatching(elements: readonly Element[], selector: string): Element[] {
  return elements.filter(query(selector));
}
