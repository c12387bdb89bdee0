import { sql, type Kysely } from 'kysely';
import type { Database } from './tables/database.ts';
import type { NewSourceRow, SourceRow } from './tables/sources.table.ts';

/**
 * Writes the source registry into the table, keyed on id. Name, homepage, kind, home province,
 * configuration and schedule follow the registry. `enabled: false` in the registry always wins;
 * `enabled: true` does not re-enable a source that was disabled with a recorded reason (by a person
 * or by repeated failures) — use {@link setSourceEnabled} for that. Health is never touched here.
 * Returns the number of rows written.
 */
export async function upsertSources(db: Kysely<Database>, rows: readonly NewSourceRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await db
    .insertInto('sources')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        homepage: eb.ref('excluded.homepage'),
        kind: eb.ref('excluded.kind'),
        home_province: eb.ref('excluded.home_province'),
        config: eb.ref('excluded.config'),
        schedule: eb.ref('excluded.schedule'),
        enabled: sql<boolean>`case when not excluded.enabled then false
          when sources.disabled_reason is not null then sources.enabled else true end`,
        updated_at: sql<Date>`now()`,
      })),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Every source, by id. */
export async function listSources(db: Kysely<Database>): Promise<SourceRow[]> {
  return db.selectFrom('sources').selectAll().orderBy('id').execute();
}

/** One source by id. */
export async function getSource(db: Kysely<Database>, id: string): Promise<SourceRow | undefined> {
  return db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Enables or disables a source. Disabling records the reason; enabling clears it.
 * Returns false when no source has this id.
 */
export async function setSourceEnabled(
  db: Kysely<Database>,
  id: string,
  enabled: boolean,
  reason: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('sources')
    .set({ enabled, disabled_reason: enabled ? null : reason, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Replaces a source's health record (any JSON value). Returns false when no source has this id. */
export async function updateSourceHealth(db: Kysely<Database>, id: string, health: unknown): Promise<boolean> {
  const result = await db
    .updateTable('sources')
    .set({ health: JSON.stringify(health ?? null), updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Deletes sources whose id is not in `ids` (entries removed from the registry) and returns their
 * ids. Their pages, articles and crawl runs stay: those reference sources by id only.
 * An empty `ids` deletes every source.
 */
export async function deleteSourcesNotIn(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  let query = db.deleteFrom('sources');
  if (ids.length > 0) query = query.where('id', 'not in', [...ids]);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id).sort();
}
