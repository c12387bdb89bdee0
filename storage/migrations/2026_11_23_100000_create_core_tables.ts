import { sql, type Kysely } from 'kysely';

/*
 * source_id columns are deliberately not foreign keys: the source registry is configuration that
 * gets edited and pruned, while pages, articles and run history must outlive its entries.
 * Ids are bigint identities; the connection parses int8 to JS numbers.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  // Search (a later migration) needs both: trigram similarity and accent-free matching.
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists unaccent`.execute(db);

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('homepage', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('home_province', 'text')
    .addColumn('config', 'jsonb', (col) => col.notNull())
    .addColumn('schedule', 'text', (col) => col.notNull())
    .addColumn('enabled', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('disabled_reason', 'text')
    .addColumn('health', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('crawl_runs')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('source_id', 'text', (col) => col.notNull())
    .addColumn('trigger', 'text', (col) => col.notNull())
    .addColumn('started_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('running', 'succeeded', 'failed', 'cancelled')`),
    )
    .addColumn('discovered', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('fetched', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('articles_stored', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('relevant', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();
  await db.schema.createIndex('crawl_runs_source_started_idx').on('crawl_runs').columns(['source_id', 'started_at']).execute();

  await db.schema
    .createTable('pages')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('url', 'text', (col) => col.notNull().unique())
    .addColumn('final_url', 'text', (col) => col.notNull())
    .addColumn('source_id', 'text')
    .addColumn('fetched_at', 'timestamptz', (col) => col.notNull())
    .addColumn('http_status', 'integer', (col) => col.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('content_type', 'text')
    .addColumn('charset', 'text')
    .addColumn('body_gz', 'bytea')
    .addColumn('body_bytes', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('body_sha256', 'text')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('pending', 'processed', 'failed', 'skipped')`),
    )
    .addColumn('error', 'text')
    .addColumn('versions', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  // The process queue walks pending pages in id order.
  await db.schema.createIndex('pages_status_id_idx').on('pages').columns(['status', 'id']).execute();
  await db.schema.createIndex('pages_source_id_idx').on('pages').column('source_id').execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('page_id', 'bigint', (col) => col.notNull().references('pages.id').onDelete('cascade'))
    .addColumn('source_id', 'text')
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('canonical_url', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('sapo', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('author', 'text')
    .addColumn('section', 'text')
    .addColumn('keywords', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('modified_at', 'timestamptz')
    .addColumn('language', 'text')
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addColumn('relevance', 'double precision', (col) => col.notNull())
    .addColumn('relevant', 'boolean', (col) => col.notNull())
    .addColumn('extractor_version', 'text', (col) => col.notNull())
    .addColumn('classifier_version', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  // One article per stored page: re-processing a page updates its article in place.
  await db.schema.createIndex('articles_page_id_key').on('articles').column('page_id').unique().execute();
  await db.schema.createIndex('articles_published_at_idx').on('articles').column('published_at').execute();
  await db.schema.createIndex('articles_source_id_idx').on('articles').column('source_id').execute();
  await db.schema.createIndex('articles_fingerprint_idx').on('articles').column('fingerprint').execute();

  await db.schema
    .createTable('article_tags')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('article_id', 'bigint', (col) => col.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('province', 'country', 'activity', 'region')`))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('is_primary', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('confidence', 'double precision', (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull().check(sql`method in ('gazetteer', 'rule', 'model')`))
    .addColumn('evidence', 'jsonb', (col) => col.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('current_code', 'text')
    .addColumn('via', 'text')
    .execute();
  // Facets: "articles tagged country=IN", "articles about today's unit da-nang".
  await db.schema.createIndex('article_tags_kind_code_idx').on('article_tags').columns(['kind', 'code']).execute();
  await db.schema
    .createIndex('article_tags_kind_current_code_idx')
    .on('article_tags')
    .columns(['kind', 'current_code'])
    .execute();
  await db.schema.createIndex('article_tags_article_id_idx').on('article_tags').column('article_id').execute();

  await db.schema
    .createTable('provinces')
    .addColumn('slug', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('unit_type', 'text', (col) => col.notNull().check(sql`unit_type in ('tinh', 'thanh-pho')`))
    .addColumn('era', 'text', (col) => col.notNull().check(sql`era in ('before-2025', 'current')`))
    .addColumn('current_slug', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('provinces_pkey', ['slug', 'era'])
    .execute();

  await db.schema
    .createTable('countries')
    .addColumn('alpha2', 'text', (col) => col.primaryKey())
    .addColumn('alpha3', 'text', (col) => col.notNull().unique())
    .addColumn('name_vi', 'text', (col) => col.notNull())
    .addColumn('name_en', 'text', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['article_tags', 'articles', 'pages', 'crawl_runs', 'sources', 'provinces', 'countries']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
