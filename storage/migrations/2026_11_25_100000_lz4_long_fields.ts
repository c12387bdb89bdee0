import { sql, type Kysely } from 'kysely';

/*
 * The long fields of an article (its text and the two search vectors, each a few KB) are compressed
 * on their way to TOAST. PostgreSQL's default, pglz, took 8 % of the server's time in bench:storage;
 * lz4 compresses about as well for text like ours at a fraction of the cost. A server built without
 * lz4 (PGlite is one) keeps pglz, with a notice. Only rows written from now on use lz4.
 */

const LONG_FIELDS = ['title', 'sapo', 'text', 'search_vector', 'search_vector_folded'];

async function setCompression(db: Kysely<unknown>, method: 'lz4' | 'pglz'): Promise<void> {
  const columns = LONG_FIELDS.map((column) => `alter column ${column} set compression ${method}`).join(', ');
  await sql
    .raw(
      `do $$ begin
        alter table articles ${columns};
      exception when feature_not_supported then
        raise notice 'vnnews: this PostgreSQL has no ${method} compression; articles keep the default';
      end $$`,
    )
    .execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await setCompression(db, 'lz4');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await setCompression(db, 'pglz');
}
