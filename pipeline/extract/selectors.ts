import { compile } from 'css-select';
import { isTraversal, parse, stringify, type Selector } from 'css-what';
import type { AnyNode, Element } from 'domhandler';

type Query = (el: Element) => boolean;

/**
 * How to find the elements of a selector list in one walk: each item of the list is compiled on its
 * own and filed under what its last compound requires of an element (an id, a class, a tag name), so
 * an element is tested only against the few items it could match, not against all twenty of a profile.
 */
interface Plan {
  /** Items that require no id, class or tag (`[data-role='title']`): tried on every element. */
  always: Query[];
  byId: Map<string, Query[]>;
  byTag: Map<string, Query[]>;
  /** Any class an item requires, as a whole token of the `class` attribute: the test before `byClass`. */
  anyClass: RegExp | null;
  byClass: Query[];
}

/** Site profiles are a fixed set of selectors: more than this many means something is compiling text it should not. */
const MAX_CACHED = 1000;
const compiled = new Map<string, Query>();
const plans = new Map<string, Plan>();

const OPTIONS = { xmlMode: false } as const;

/**
 * A selector compiled once per process. cheerio parses and compiles a selector on every call,
 * which cost more than the walk itself for a profile's twenty selectors. Only for queries from
 * the document root or filters of a list: a query inside chosen containers is relative to them
 * (cheerio reads `.a .b` there as `:scope .a .b`) and must not come from this cache.
 */
function query(selector: string): Query {
  let q = compiled.get(selector);
  if (!q) {
    q = compile<AnyNode, Element>(selector, OPTIONS) as Query;
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(selector, q);
  }
  return q;
}

/** Case-sensitive unless the selector says `i` (`"quirks"` is case-sensitive outside quirks mode). */
const exact = (s: Selector): boolean => s.type === 'attribute' && (s.ignoreCase === null || s.ignoreCase === false || s.ignoreCase === 'quirks');

/** What the last compound of an item requires: the first of an id, a class, a tag name it names. */
function requirement(item: Selector[]): { id: string } | { className: string } | { tag: string } | null {
  let from = item.length;
  while (from > 0 && !isTraversal(item[from - 1]!)) from--;
  const last = item.slice(from);
  for (const s of last) if (s.type === 'attribute' && s.name === 'id' && s.action === 'equals' && exact(s)) return { id: s.value };
  for (const s of last) if (s.type === 'attribute' && s.name === 'class' && s.action === 'element' && exact(s) && !/\s/.test(s.value)) return { className: s.value };
  for (const s of last) if (s.type === 'tag' && s.namespace === null) return { tag: s.name.toLowerCase() };
  return null;
}

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

function plan(selector: string): Plan {
  let p = plans.get(selector);
  if (p) return p;
  p = { always: [], byId: new Map(), byTag: new Map(), anyClass: null, byClass: [] };
  const classes: string[] = [];
  for (const item of parse(selector)) {
    const q = query(stringify([item]));
    const need = requirement(item);
    if (need === null) p.always.push(q);
    else if ('id' in need) p.byId.set(need.id, [...(p.byId.get(need.id) ?? []), q]);
    else if ('tag' in need) p.byTag.set(need.tag, [...(p.byTag.get(need.tag) ?? []), q]);
    else {
      classes.push(escapeRegExp(need.className));
      p.byClass.push(q);
    }
  }
  // The token test css-select runs for one class, `(?:^|\s)name(?:$|\s)`, for all of them at once.
  if (classes.length > 0) p.anyClass = new RegExp(`(?:^|\\s)(?:${classes.join('|')})(?=$|\\s)`);
  if (plans.size >= MAX_CACHED) plans.clear();
  plans.set(selector, p);
  return p;
}

const anyOf = (queries: readonly Query[] | undefined, el: Element): boolean => {
  if (queries) for (const q of queries) if (q(el)) return true;
  return false;
};

/** What `$(selector).toArray()` gives on a page loaded from `root`: the matches in document order. */
export function selectAllIn(root: AnyNode, selector: string): Element[] {
  const p = plan(selector);
  const out: Element[] = [];
  const stack: AnyNode[] = 'children' in root ? [...root.children].reverse() : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const { id, class: className } = el.attribs;
    if (
      anyOf(p.always, el) ||
      anyOf(p.byTag.get(el.name), el) ||
      (id !== undefined && anyOf(p.byId.get(id), el)) ||
      (className !== undefined && p.anyClass !== null && p.anyClass.test(className) && anyOf(p.byClass, el))
    ) {
      out.push(el);
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

/** What `$(elements).filter(selector).toArray()` gives: the elements that match, in their order. */
export function filterMatching(elements: readonly Element[], selector: string): Element[] {
  return elements.filter(query(selector));
}
