import { foldDiacritics, normalizeText } from '../../classifiers/normalize.ts';
import { searchSyllables } from './search-document.ts';

/**
 * The analyst's query language, parsed into plain data before any SQL is written:
 * - plain words form a group: every word must occur; side by side they rank higher;
 * - `"quoted words"` must occur as a phrase;
 * - `OR` between two items: either may occur;
 * - `-word` / `-"phrase"`: must not occur.
 * A syllable typed with diacritics (`đà`) matches exactly; without (`da`) it matches any diacritics.
 * Nothing here reaches SQL as text: terms become bound `tsquery` parameters of quoted lexemes
 * (search-sql.ts), split into syllables exactly as the stored vectors are (search-document.ts).
 */

/** One searchable item: a group of plain words or a quoted phrase. */
export interface QueryTerm {
  kind: 'words' | 'phrase';
  /** Normalised, lower-case syllables. */
  syllables: string[];
  /** For each syllable: typed with diacritics (match exactly) or not (match any diacritics). */
  accented: boolean[];
}

/** Items joined by OR; `negated` clauses must not match. Clauses are AND-ed. */
export interface QueryClause {
  negated: boolean;
  terms: QueryTerm[];
}

export interface ParsedQuery {
  clauses: QueryClause[];
}

/** Syllables beyond this are ignored: a pasted page must not become a 10,000-lexeme query. */
export const MAX_QUERY_SYLLABLES = 32;

function toTerm(kind: QueryTerm['kind'], text: string): QueryTerm | undefined {
  const syllables = searchSyllables(text);
  if (syllables.length === 0) return undefined;
  return { kind, syllables, accented: syllables.map((s) => foldDiacritics(s) !== s) };
}

type Token = { type: 'word' | 'phrase'; text: string; negated: boolean } | { type: 'or' };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  // NUL and other controls split words; they never mean anything in a query.
  const text = normalizeText(query.replace(/[\p{Cc}\p{Cf}]/gu, ' '));
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let start = i;
    if (ch === '-' && i + 1 < text.length && !/\s/.test(text[i + 1] ?? '')) {
      negated = true;
      start = i + 1;
    }
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      const end = close === -1 ? text.length : close;
      tokens.push({ type: 'phrase', text: text.slice(start + 1, end), negated });
      i = end + 1;
      continue;
    }
    let end = start;
    while (end < text.length && !/\s/.test(text[end] ?? '') && text[end] !== '"') end++;
    const word = text.slice(start, end);
    if (word === 'OR' && !negated) tokens.push({ type: 'or' });
    else tokens.push({ type: 'word', text: word, negated });
    i = end;
  }
  return tokens;
}

/** Parses a query; an empty result (`clauses: []`) means "no text condition". */
export function parseQuery(query: string): ParsedQuery {
  // Items: runs of plain words become one group; quoted phrases and negated words stand alone.
  const items: Array<{ term: QueryTerm; negated: boolean } | 'or'> = [];
  let run: string[] = [];
  const flush = () => {
    const term = run.length ? toTerm('words', run.join(' ')) : undefined;
    if (term) items.push({ term, negated: false });
    run = [];
  };
  for (const token of tokenize(query)) {
    if (token.type === 'word' && !token.negated) {
      run.push(token.text);
      continue;
    }
    flush();
    if (token.type === 'or') {
      items.push('or');
      continue;
    }
    const term = toTerm(token.type === 'phrase' ? 'phrase' : 'words', token.text);
    if (term) items.push({ term, negated: token.negated });
  }
  flush();

  const clauses: QueryClause[] = [];
  let joinNext = false;
  let budget = MAX_QUERY_SYLLABLES;
  for (const item of items) {
    if (item === 'or') {
      joinNext = clauses.length > 0;
      continue;
    }
    if (budget <= 0) break;
    const term = capTerm(item.term, budget);
    budget -= term.syllables.length;
    const last = clauses.at(-1);
    // OR joins two positive items; `a OR -b` reads as `a AND NOT b`.
    if (joinNext && last && !last.negated && !item.negated) last.terms.push(term);
    else clauses.push({ negated: item.negated, terms: [term] });
    joinNext = false;
  }
  return { clauses };
}

function capTerm(term: QueryTerm, budget: number): QueryTerm {
  if (term.syllables.length <= budget) return term;
  return { ...term, syllables: term.syllables.slice(0, budget), accented: term.accented.slice(0, budget) };
}

/** A readable rendering for the UI: `(hợp tác giáo dục) AND NOT "kinh tế"`. */
export function describeQuery(parsed: ParsedQuery): string {
  return parsed.clauses
    .map((clause) => {
      const inner = clause.terms
        .map((term) => (term.kind === 'phrase' ? `"${term.syllables.join(' ')}"` : `(${term.syllables.join(' ')})`))
        .join(' OR ');
      const grouped = clause.terms.length > 1 ? `(${inner})` : inner;
      return clause.negated ? `NOT ${grouped}` : grouped;
    })
    .join(' AND ');
}
