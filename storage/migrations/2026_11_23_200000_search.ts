import { sql, type Kysely } from 'kysely';
import { searchFunctionsSql } from '../search/search-text-sql.ts';

/*
 * Full-text search and facets (issue 6).
 *
 * - Two stored tsvectors per article, filled by a trigger from title (weight A), sapo (B) and text
 *   (C) under the `simple` configuration, where every syllable is a lexeme: `search_vector` keeps
 *   diacritics (tone placement normalised: `hoà` = `hòa`), `search_vector_folded` drops them. A
 *   query typed with diacritics runs against the first, without against the second.
 * - Tag code arrays per article, kept by statement-level triggers on article_tags, so facets count
 *   without joining the tags table and filters can use one GIN lookup.
 */

/** Recomputes the tag arrays of the articles whose ids `ids_sql` selects, in one joined pass. */
const refreshTagArrays = (idsSql: string): string => `
  update articles as a set
    province_codes = x.province_codes,
    province_current_codes = x.province_current_codes,
    country_codes = x.country_codes,
    activity_codes = x.activity_codes
  from (
    select ids.article_id,
      coalesce(array_agg(distinct t.code) filter (where t.kind = 'province'), '{}') as province_codes,
      coalesce(array_agg(distinct t.current_code) filter (where t.kind = 'province' and t.current_code is not null), '{}') as province_current_codes,
      coalesce(array_agg(distinct t.code) filter (where t.kind = 'country'), '{}') as country_codes,
      coalesce(array_agg(distinct t.code) filter (where t.kind = 'activity'), '{}') as activity_codes
    from (${idsSql}) as ids
    left join article_tags t on t.article_id = ids.article_id
    group by ids.article_id
  ) as x
  where a.id = x.article_id`;

/**
 * The trigger that filled the vectors in SQL and the ones that kept the tag arrays. Since
 * 2026_11_24_100000 the repository computes both; this stays for that migration's `down`.
 */
export async function createSearchTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function articles_search_vectors() returns trigger language plpgsql as $fn$
    declare
      title_norm text := vn_search_norm(new.title);
      sapo_norm text := vn_search_norm(new.sapo);
      text_norm text := vn_search_norm(new.text);
    begin
      new.search_vector :=
        setweight(to_tsvector('simple', title_norm), 'A') ||
        setweight(to_tsvector('simple', sapo_norm), 'B') ||
        setweight(to_tsvector('simple', text_norm), 'C');
      new.search_vector_folded :=
        setweight(to_tsvector('simple', vn_search_unaccent(title_norm)), 'A') ||
        setweight(to_tsvector('simple', vn_search_unaccent(sapo_norm)), 'B') ||
        setweight(to_tsvector('simple', vn_search_unaccent(text_norm)), 'C');
      return new;
    end
    $fn$
  `.execute(db);
  await sql`
    create trigger articles_search_vectors before insert or update of title, sapo, text on articles
    for each row execute function articles_search_vectors()
  `.execute(db);

  // Statement-level with transition tables: a bulk insert of tags updates each article once.
  await sql
    .raw(
      `create or replace function article_tags_refresh_arrays() returns trigger language plpgsql as $fn$
       begin
         ${refreshTagArrays('select distinct article_id from changed_rows')};
         return null;
       end
       $fn$`,
    )
    .execute(db);
  for (const event of ['insert', 'update', 'delete'] as const) {
    const table = event === 'delete' ? 'old table' : 'new table';
    await sql
      .raw(
        `create trigger article_tags_refresh_${event} after ${event} on article_tags
         referencing ${table} as changed_rows for each statement execute function article_tags_refresh_arrays()`,
      )
      .execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of searchFunctionsSql()) await sql.raw(statement).execute(db);

  await sql`
    alter table articles
      add column search_vector tsvector not null default ''::tsvector,
      add column search_vector_folded tsvector not null default ''::tsvector,
      add column province_codes text[] not null default '{}',
      add column province_current_codes text[] not null default '{}',
      add column country_codes text[] not null default '{}',
      add column activity_codes text[] not null default '{}'
  `.execute(db);

  await createSearchTriggers(db);
  // Rows that existed before this migration.
  await sql.raw(refreshTagArrays('select id as article_id from articles')).execute(db);
  await sql`update articles set title = title`.execute(db);

  await sql`create index articles_search_vector_idx on articles using gin (search_vector)`.execute(db);
  await sql`create index articles_search_vector_folded_idx on articles using gin (search_vector_folded)`.execute(db);
  await sql`create index articles_province_codes_idx on articles using gin (province_codes)`.execute(db);
  await sql`create index articles_province_current_codes_idx on articles using gin (province_current_codes)`.execute(db);
  await sql`create index articles_country_codes_idx on articles using gin (country_codes)`.execute(db);
  await sql`create index articles_activity_codes_idx on articles using gin (activity_codes)`.execute(db);
  // Near-duplicates: SimHash copies within 3 bits share at least one of four 16-bit bands.
  for (let band = 0; band < 4; band++) {
    await sql
      .raw(`create index articles_fingerprint_band${band}_idx on articles (substr(fingerprint, ${band * 4 + 1}, 4))`)
      .execute(db);
  }
  // Keyset pagination by date: articles without a date sort last (as the oldest).
  await sql`
    create index articles_date_key_idx on articles ((coalesce(published_at, '-infinity'::timestamptz)) desc, id desc)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql.raw(`drop trigger if exists article_tags_refresh_${event} on article_tags`).execute(db);
  }
  await sql`drop trigger if exists articles_search_vectors on articles`.execute(db);
  await sql`drop index if exists articles_date_key_idx`.execute(db);
  for (let band = 0; band < 4; band++) await sql.raw(`drop index if exists articles_fingerprint_band${band}_idx`).execute(db);
  await sql`
    alter table articles
      drop column if exists search_vector, drop column if exists search_vector_folded,
      drop column if exists province_codes, drop column if exists province_current_codes,
      drop column if exists country_codes, drop column if exists activity_codes
  `.execute(db);
  await sql`drop function if exists article_tags_refresh_arrays()`.execute(db);
  await sql`drop function if exists articles_search_vectors()`.execute(db);
  await sql`drop function if exists vn_search_fold(text)`.execute(db);
  await sql`drop function if exists vn_search_unaccent(text)`.execute(db);
  await sql`drop function if exists vn_search_norm(text)`.execute(db);
}
