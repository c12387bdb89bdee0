import { sql, type Kysely } from 'kysely';

/*
 * Search at scale (see storage/search/search-articles.ts).
 *
 * - Narrow rows: title, sapo, text and the two vectors move out of line into TOAST as soon as a row
 *   passes 256 bytes, so the table itself keeps ids, dates, flags, the source and the tag arrays
 *   (these stay in the row: a facet count must not fetch them from TOAST), about 350 bytes an
 *   article instead of 1.3 KB. Counting and faceting 20,000 matches then reads 10,000 pages held in
 *   shared buffers instead of 17,000 from disk; the long fields are read only for the page of hits
 *   shown. Rows stored before this migration keep their layout until `vacuum full articles`.
 * - The sample: partial indexes over the articles whose id is a multiple of 64, for the counts,
 *   facets and relevance of very broad searches.
 * - Covering tag indexes, so a filter on confidence or primary province reads no tag rows.
 * - The planner's cost of testing a tsvector against a query (`ts_match_vq`, behind `@@`) from 1 to
 *   100. At 1 the planner takes `@@` as free and, for `dai su` in one province, tests the text of
 *   all 12,000 articles of the province one by one (each read from TOAST: 335 ms), instead of
 *   intersecting the province index with the text index (82 ms). Changing a built-in function
 *   needs its owner; without that right the migration goes on with a notice.
 */

/** What counting and faceting read: kept in the row whatever its size (storage `main`). */
const FACET_COLUMNS = ['source_id', 'province_codes', 'province_current_codes', 'country_codes', 'activity_codes'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles set (toast_tuple_target = 256)`.execute(db);
  for (const column of FACET_COLUMNS) await sql.raw(`alter table articles alter column ${column} set storage main`).execute(db);
  await sql`create index articles_sample_vector_idx on articles using gin (search_vector) where id % 64 = 0`.execute(db);
  await sql`create index articles_sample_vector_folded_idx on articles using gin (search_vector_folded) where id % 64 = 0`.execute(db);
  await sql`create index articles_sample_idx on articles (id) where id % 64 = 0`.execute(db);
  await sql`
    do $$ begin
      alter function ts_match_vq(tsvector, tsquery) cost 100;
    exception when insufficient_privilege then
      raise notice 'vnnews: cannot raise the planner cost of tsvector matching (needs a superuser); searches with a filter will be slower';
    end $$`.execute(db);
  // Tag filters with a minimum confidence or on primary provinces answered from the index alone.
  await sql`drop index if exists article_tags_kind_code_idx`.execute(db);
  await sql`drop index if exists article_tags_kind_current_code_idx`.execute(db);
  await sql`create index article_tags_kind_code_idx on article_tags (kind, code, confidence) include (article_id, is_primary)`.execute(db);
  await sql`
    create index article_tags_kind_current_code_idx on article_tags (kind, current_code, confidence) include (article_id, is_primary)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    do $$ begin
      alter function ts_match_vq(tsvector, tsquery) cost 1;
    exception when insufficient_privilege then null;
    end $$`.execute(db);
  await sql`drop index if exists article_tags_kind_code_idx`.execute(db);
  await sql`drop index if exists article_tags_kind_current_code_idx`.execute(db);
  await sql`create index article_tags_kind_code_idx on article_tags (kind, code)`.execute(db);
  await sql`create index article_tags_kind_current_code_idx on article_tags (kind, current_code)`.execute(db);
  await sql`drop index if exists articles_sample_idx`.execute(db);
  await sql`drop index if exists articles_sample_vector_folded_idx`.execute(db);
  await sql`drop index if exists articles_sample_vector_idx`.execute(db);
  for (const column of FACET_COLUMNS) await sql.raw(`alter table articles alter column ${column} set storage extended`).execute(db);
  await sql`alter table articles reset (toast_tuple_target)`.execute(db);
}
