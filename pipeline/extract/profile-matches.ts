import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { SiteProfile } from '../../crawlers/sites/site-profile.ts';
import { filterMatching, selectAllIn } from './selectors.ts';

/**
 * Every element any of a profile's selectors matches, found by one walk of the page; the body,
 * part and caption lookups then pick from these few elements instead of walking the page again.
 */
export interface ProfileMatches {
  /**
   * What `$(selectors.join(', '))` would give now, in document order: the candidates that match
   * and are still in the page (drops may have removed some since the walk).
   */
  select(selectors: readonly string[]): Element[];
  /** Called after elements are removed from the page: later answers must see the new page. */
  noteRemoval(): void;
}

/**
 * Sibling combinators and pseudo-classes (`:last-child`, `:empty`, `:has`) can start to match
 * once a drop is removed next to or inside an element; class, id, attribute, descendant and child
 * selectors cannot, because an element still in the page keeps its ancestors and attributes.
 */
const SIBLING_OR_CONTENT_SENSITIVE = /[+~:]/;

/** Walks the page once for all of the profile's selectors (body, title, lead, date, author, captions). */
export function matchProfile($: CheerioAPI, profile: SiteProfile): ProfileMatches {
  const all = [
    ...profile.body,
    ...(profile.title ?? []),
    ...(profile.sapo ?? []),
    ...(profile.date ?? []),
    ...(profile.author ?? []),
    ...(profile.captions ?? []),
  ];
  const root = $.root()[0]!;
  const candidates = selectAllIn(root, all.join(', '));
  let removed = false;
  const inPage = (el: Element): boolean => {
    let node: AnyNode | null = el;
    while (node.parent) node = node.parent;
    return node === root;
  };
  return {
    select(selectors) {
      if (selectors.length === 0) return [];
      const joined = selectors.join(', ');
      if (removed && SIBLING_OR_CONTENT_SENSITIVE.test(joined)) return selectAllIn(root, joined);
      const found = filterMatching(candidates, joined);
      return removed ? found.filter(inPage) : found;
    },
    noteRemoval() {
      removed = true;
    },
  };
}
