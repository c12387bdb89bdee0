import { foldDiacritics, normalizeField } from '../../classifiers/normalize.ts';
import type { ParsedQuery } from './parse-query.ts';

/**
 * Snippets with `<mark>` highlights, computed in TypeScript over the returned text: the same
 * diacritic rules as the search (a syllable typed with diacritics marks only that spelling, one
 * typed without marks any), on the normalised text, with offsets mapped back to the original.
 */

const SYLLABLE = /[\p{L}\p{N}]+/gu;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** What a syllable of the text must equal to be marked. */
function matchers(parsed: ParsedQuery): { exact: Set<string>; folded: Set<string> } {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const clause of parsed.clauses) {
    if (clause.negated) continue;
    for (const term of clause.terms) {
      const phraseExact = term.kind === 'phrase' && term.accented.some(Boolean);
      term.syllables.forEach((syllable, i) => {
        if (phraseExact || term.accented[i]) exact.add(syllable);
        else folded.add(foldDiacritics(syllable));
      });
    }
  }
  return { exact, folded };
}

/** Spans `[start, end)` of `text` (original offsets) whose syllables the query matches. */
export function findMatches(text: string, parsed: ParsedQuery): Array<[number, number]> {
  const { exact, folded } = matchers(parsed);
  if (exact.size === 0 && folded.size === 0) return [];
  const field = normalizeField(text);
  const spans: Array<[number, number]> = [];
  for (const match of field.normalized.matchAll(SYLLABLE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (exact.has(match[0]) || folded.has(field.folded.slice(start, end))) {
      const original = field.toOriginal(start, end);
      spans.push([original.start, original.end]);
    }
  }
  return spans;
}

/** `text` with the spans wrapped in `<mark>`, everything HTML-escaped. */
export function markSpans(text: string, spans: ReadonlyArray<readonly [number, number]>, from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    out += escapeHtml(text.slice(at, Math.max(at, start)));
    out += `<mark>${escapeHtml(text.slice(Math.max(start, at), Math.min(end, to)))}</mark>`;
    at = Math.min(end, to);
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * A window of about `maxChars` characters of `body` holding the most matches, cut at word
 * boundaries, with `…` where text was left out. Without matches: the start of the body.
 * @defaultValue maxChars 240
 */
export function highlightSnippet(body: string, parsed: ParsedQuery, maxChars = 240): string {
  const spans = findMatches(body, parsed);
  let from = 0;
  if (spans.length) {
    // The window starting at a match that holds the most matches.
    let best = 0;
    let bestCount = 0;
    let right = 0;
    for (let left = 0; left < spans.length; left++) {
      const start = spans[left]![0];
      while (right < spans.length && spans[right]![1] <= start + maxChars) right++;
      if (right - left > bestCount) {
        bestCount = right - left;
        best = left;
      }
    }
    // Some context before the first match: back up to a word boundary about 40 characters earlier.
    from = Math.max(0, spans[best]![0] - 40);
    if (from > 0) {
      const space = body.lastIndexOf(' ', spans[best]![0]);
      from = space >= from ? space + 1 : from;
      const lineStart = body.lastIndexOf('\n', spans[best]![0]);
      if (lineStart >= from) from = lineStart + 1;
    }
  }
  let to = Math.min(body.length, from + maxChars);
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    if (space > from + maxChars / 2) to = space;
  }
  const snippet = markSpans(body, spans, from, to).replace(/\n+/g, ' ');
  return `${from > 0 ? '…' : ''}${snippet}${to < body.length ? '…' : ''}`;
}
