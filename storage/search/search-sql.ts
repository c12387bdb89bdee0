import { sql, type RawBuilder } from 'kysely';
import type { ParsedQuery, QueryTerm } from './parse-query.ts';
import { foldSyllable, quoteLexeme } from './search-document.ts';
import type { SearchRequest } from './search-request.ts';

/**
 * SQL fragments of a search, over `articles as a`. Every value is a bound parameter; the only
 * text spliced into SQL is fixed column and function names chosen here.
 */

type Vector = 'search_vector' | 'search_vector_folded';

/**
 * A term's syllables as a `tsquery` for one vector, built here from the same syllables and fold
 * as the stored vectors (search-document.ts) and bound as one parameter.
 */
function tsquery(kind: 'plain' | 'phrase', vector: Vector, words: string[]): RawBuilder<unknown> {
  const lexemes = words.map((word) => quoteLexeme(vector === 'search_vector' ? word : foldSyllable(word)));
  return sql`${lexemes.join(kind === 'plain' ? ' & ' : ' <-> ')}::tsquery`;
}

function matches(vector: Vector, query: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`a.${sql.raw(vector)} @@ ${query}`;
}

/** A quoted phrase is exact when any syllable was typed with diacritics. */
function phraseVector(term: QueryTerm): Vector {
  return term.accented.some(Boolean) ? 'search_vector' : 'search_vector_folded';
}

/** Whether one term occurs: a phrase as a phrase; a word group word by word, each on its own vector. */
function termCondition(term: QueryTerm): RawBuilder<boolean> {
  if (term.kind === 'phrase') {
    const vector = phraseVector(term);
    return matches(vector, tsquery('phrase', vector, term.syllables));
  }
  const accented = term.syllables.filter((_, i) => term.accented[i]);
  const plain = term.syllables.filter((_, i) => !term.accented[i]);
  const parts: RawBuilder<boolean>[] = [];
  if (accented.length) parts.push(matches('search_vector', tsquery('plain', 'search_vector', accented)));
  if (plain.length) parts.push(matches('search_vector_folded', tsquery('plain', 'search_vector_folded', plain)));
  return parts.length === 1 ? parts[0]! : sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

/** The text condition of a parsed query, or undefined when the query has no terms. */
export function textCondition(parsed: ParsedQuery): RawBuilder<boolean> | undefined {
  if (parsed.clauses.length === 0) return undefined;
  const clauses = parsed.clauses.map((clause) => {
    const inner = sql<boolean>`(${sql.join(clause.terms.map(termCondition), sql` or `)})`;
    return clause.negated ? sql<boolean>`not ${inner}` : inner;
  });
  return sql<boolean>`(${sql.join(clauses, sql` and `)})`;
}

/** True when the query can use the GIN index (it has at least one positive clause). */
export function hasPositiveClause(parsed: ParsedQuery): boolean {
  return parsed.clauses.some((clause) => !clause.negated);
}

/**
 * Text rank, a float8: cover density of the positive syllables over the folded vector (weights
 * D 0.1, C 0.4 text, B 0.6 sapo, A 1.0 title; normalised to [0, 1)), plus 1 for every word group
 * of two or more syllables found side by side, so `hợp tác giáo dục` as a phrase outranks the
 * same syllables scattered.
 */
export function rankExpression(parsed: ParsedQuery): RawBuilder<number> {
  const positive = parsed.clauses.filter((clause) => !clause.negated).flatMap((clause) => clause.terms);
  if (positive.length === 0) return sql<number>`0::float8`;
  const all = positive.flatMap((term) => term.syllables);
  const orQuery = sql`${[...new Set(all.map(foldSyllable))].map(quoteLexeme).join(' | ')}::tsquery`;
  const base = sql`ts_rank_cd('{0.1, 0.4, 0.6, 1.0}'::float4[], a.search_vector_folded, ${orQuery}, 32)::float8`;
  const boosts = positive
    .filter((term) => term.kind === 'words' && term.syllables.length > 1)
    .map(
      (term) =>
        sql`(case when a.search_vector_folded @@ ${tsquery('phrase', 'search_vector_folded', term.syllables)} then 1.0::float8 else 0::float8 end)`,
    );
  return sql<number>`(${sql.join([base, ...boosts], sql` + `)})`;
}

/** Start of a day in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function dayStart(day: string): string {
  return `${day}T00:00:00+07:00`;
}

/** The day after `day` (for an inclusive `to`). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function tagExists(kind: string, column: 'code' | 'current_code', codes: string[], request: SearchRequest): RawBuilder<boolean> {
  const primary = kind === 'province' && request.primaryOnly ? sql` and t.is_primary` : sql``;
  return sql<boolean>`exists (select 1 from article_tags t where t.article_id = a.id and t.kind = ${kind}
    and t.${sql.raw(column)} = any(${codes}::text[]) and t.confidence >= ${request.minConfidence}${primary})`;
}

/** Every filter except the text, as conditions over `a`. */
export function filterConditions(request: SearchRequest): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = [];
  // Arrays on the article answer plain tag filters from one GIN index; confidence and primary need
  // the tags too, and the array still narrows the articles whose tags are read.
  const needTags = request.minConfidence > 0;
  if (request.relevantOnly) conditions.push(sql<boolean>`a.relevant`);
  if (request.provinces.length) {
    const column = request.provinceMode === 'current' ? 'current_code' : 'code';
    const array = request.provinceMode === 'current' ? 'province_current_codes' : 'province_codes';
    conditions.push(sql<boolean>`a.${sql.raw(array)} && ${request.provinces}::text[]`);
    if (needTags || request.primaryOnly) conditions.push(tagExists('province', column, request.provinces, request));
  }
  if (request.countries.length) {
    conditions.push(sql<boolean>`a.country_codes && ${request.countries}::text[]`);
    if (needTags) conditions.push(tagExists('country', 'code', request.countries, request));
  }
  if (request.activities.length) {
    conditions.push(sql<boolean>`a.activity_codes && ${request.activities}::text[]`);
    if (needTags) conditions.push(tagExists('activity', 'code', request.activities, request));
  }
  if (request.sources.length) conditions.push(sql<boolean>`a.source_id = any(${request.sources}::text[])`);
  // On the date key, so the index of date order serves the range; undated articles (key -infinity) never match one.
  if (request.from) conditions.push(sql<boolean>`${DATE_KEY} >= ${dayStart(request.from)}::timestamptz`);
  if (request.to) conditions.push(sql<boolean>`${DATE_KEY} < ${dayStart(nextDay(request.to))}::timestamptz and ${DATE_KEY} > '-infinity'::timestamptz`);
  return conditions;
}

/** `where` body of a search: filters and text, or `true`. */
export function whereClause(request: SearchRequest, parsed: ParsedQuery): RawBuilder<boolean> {
  const text = textCondition(parsed);
  const all = [...filterConditions(request), ...(text ? [text] : [])];
  return all.length ? sql<boolean>`${sql.join(all, sql` and `)}` : sql<boolean>`true`;
}

/** Sort key of date order: articles without a date sort last. */
export const DATE_KEY = sql`coalesce(a.published_at, '-infinity'::timestamptz)`;
