import { sql, type Kysely } from 'kysely';
import { searchVectors } from '../search/search-document.ts';
import { searchFunctionsSql } from '../search/search-text-sql.ts';
import { createSearchTriggers } from './2026_11_23_200000_search.ts';

/*
 * Search vectors and tag arrays are now written by the repository (storage/articles-repository.ts)
 * with the article, instead of by triggers: the row trigger spent about 5 ms of server time per
 * article on SQL text normalisation and `to_tsvector`, and the statement triggers on article_tags
 * re-read every changed article's tags. The columns and indexes stay as they were.
 *
 * Existing vectors are recomputed with the TypeScript tokeniser, which the query side now uses too
 * (a hyphenated word such as `covid-19` was one more lexeme under PostgreSQL's parser).
 */

const BATCH = 500;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger if exists article_tags_refresh_${event} on article_tags`).execute(db);
  }
  await sql`drop trigger if exists articles_search_vectors on articles`.execute(db);
  await sql`drop function if exists article_tags_refresh_arrays()`.execute(db);
  await sql`drop function if exists articles_search_vectors()`.execute(db);
  await sql`drop function if exists vn_search_fold(text)`.execute(db);
  await sql`drop function if exists vn_search_unaccent(text)`.execute(db);
  await sql`drop function if exists vn_search_norm(text)`.execute(db);

  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: string; title: string; sapo: string; text: string }>`
      select id, title, sapo, text from articles where id > ${after} order by id limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    const vectors = rows.map(searchVectors);
    await sql`
      update articles as a set search_vector = v.accented::tsvector, search_vector_folded = v.folded::tsvector
      from unnest(${rows.map((row) => row.id)}::bigint[], ${vectors.map((v) => v.accented)}::text[], ${vectors.map((v) => v.folded)}::text[])
        as v(id, accented, folded)
      where a.id = v.id`.execute(db);
    after = Number(rows.at(-1)!.id);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of searchFunctionsSql()) await sql.raw(statement).execute(db);
  await createSearchTriggers(db);
  await sql`update articles set title = title`.execute(db);
}
