import type { Element } from 'domhandler';
import type { Block } from './blocks.ts';
import { isChromeElement, tokensOf } from './blocks.ts';
import { POSITIVE_PATTERN } from './boilerplate.ts';

/**
 * Finds the element(s) holding the article among the blocks of a whole page, by text density:
 * every substantial, link-poor paragraph outside chrome votes for its ancestors (its container
 * fully, the grandparent half, then a third…), as Readability does. The best container wins, and
 * its siblings join it when they carry enough text of their own (bodies split over several
 * containers, a lead box beside the body).
 */
export function findMainContainers(pageBlocks: readonly Block[]): Element[] {
  const scores = new Map<Element, number>();
  // Votes of each paragraph for its own container alone: what a subtree holds, level by level.
  const own = new Map<Element, number>();
  for (const b of pageBlocks) {
    if (b.hardChrome || b.caption) continue;
    const len = b.text.length;
    if (len < 25 || b.linkChars > len * 0.3) continue;
    const score = 1 + (b.text.match(/[,;]/g)?.length ?? 0) + Math.min(Math.floor(len / 80), 4);
    let node: Element | null = b.tag === 'p' || b.tag === 'li' || b.tag === 'td' || b.tag === 'h2' || b.tag === 'h3' || b.tag === 'blockquote' ? parentElement(b.el) : b.el;
    if (node) own.set(node, (own.get(node) ?? 0) + score);
    for (let level = 0; node && level < 4; level++) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      scores.set(node, (scores.get(node) ?? 0) + score * share);
      node = parentElement(node);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const score = raw * classWeight(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return [];
  const siblings = (el: Element): Element[] => {
    const parent = parentElement(el);
    return parent ? parent.children.filter((c): c is Element => c.type === 'tag') : [el];
  };
  const chosen: Element[] = [];
  const threshold = Math.max(6, bestScore * 0.2);
  for (const sib of siblings(best)) {
    if (sib === best) chosen.push(sib);
    else if (!isChromeElement(sib) && (scores.get(sib) ?? 0) * classWeight(sib) >= threshold) chosen.push(sib);
  }
  return chosen.length === 1 ? widenSection(best, own) ?? chosen : chosen;
}

/**
 * Publishers wrap every few paragraphs in a section of their own, between ads and sign-up boxes
 * (`<div><div><p>…</p><p>…</p></div></div>` again and again): the best container is then one
 * section, alone in its wrapper. Climbs out of such wrappers (at most three levels) and, when the
 * level reached has sibling sections of the same component (tag and first class) holding
 * paragraphs of their own, returns that level's sections.
 */
function widenSection(best: Element, own: ReadonlyMap<Element, number>): Element[] | null {
  let node = best;
  for (let level = 0; level < 3; level++) {
    const parent = parentElement(node);
    if (!parent || parent.name === 'body') return null;
    const others = parent.children.filter((c): c is Element => c.type === 'tag' && c !== node);
    if (others.length > 0) break;
    node = parent;
  }
  if (node === best) return null;
  const parent = parentElement(node);
  if (!parent) return null;
  // Which child of `parent` each voting container lies in (bounded walk up).
  const content = new Map<Element, number>();
  for (const [el, score] of own) {
    let child: Element | null = el;
    for (let i = 0; child && i < 12; i++) {
      const up = parentElement(child);
      if (up === parent) {
        content.set(child, (content.get(child) ?? 0) + score);
        break;
      }
      child = up;
    }
  }
  // A section of the same component with one link-poor paragraph is enough: one paragraph a
  // component is a common way to build a body.
  const chosen = parent.children.filter(
    (c): c is Element => c.type === 'tag' && (c === node || (!isChromeElement(c) && (content.get(c) ?? 0) > 0 && sameShape(c, node))),
  );
  return chosen.length > 1 ? chosen : null;
}

/** Sibling sections of one body are one component: same tag, same first class (a box beside the body rarely is). */
function sameShape(a: Element, b: Element): boolean {
  return a.name === b.name && firstClass(a) === firstClass(b);
}

function firstClass(el: Element): string {
  return (el.attribs.class ?? '').trim().split(/\s+/)[0]!;
}

/** Positive class names (article, content, detail) raise a container, chrome-like ones lower it. */
function classWeight(el: Element): number {
  const t = tokensOf(el);
  if (t.length < 2) return 1;
  if (isChromeElement(el)) return 0.3;
  return POSITIVE_PATTERN.test(t) ? 1.25 : 1;
}

export function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

/** True when `el` is `container` or lies inside it (bounded walk up). */
export function isInside(el: Element, containers: ReadonlySet<Element>, maxSteps = 60): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i <= maxSteps; i++) {
    if (containers.has(node)) return true;
    node = parentElement(node);
  }
  return false;
}
