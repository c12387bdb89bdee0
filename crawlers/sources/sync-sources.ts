import type { Kysely } from 'kysely';
import { deleteSourcesNotIn, upsertSources } from '../../storage/sources-repository.ts';
import type { Database } from '../../storage/tables/database.ts';
import type { SourceEntry } from './source-schema.ts';

/** Reason recorded for a source whose registry entry says `enabled: false`. */
export const REGISTRY_DISABLED_REASON = 'disabled in the registry';

/**
 * Writes validated registry entries into the `sources` table (the whole entry goes to `config`).
 * With `prune`, sources no longer in the registry are deleted; their pages and runs stay.
 * A source disabled by its health or by a person stays disabled (see `upsertSources`).
 */
export async function syncSourcesToDatabase(
  db: Kysely<Database>,
  sources: readonly SourceEntry[],
  options: { prune?: boolean } = {},
): Promise<{ written: number; removed: string[] }> {
  const written = await upsertSources(
    db,
    sources.map((entry) => ({
      id: entry.id,
      name: entry.name,
      homepage: entry.homepage,
      kind: entry.kind,
      home_province: entry.homeProvince,
      config: JSON.stringify(entry),
      schedule: entry.schedule,
      enabled: entry.enabled,
      disabled_reason: entry.enabled ? null : REGISTRY_DISABLED_REASON,
    })),
  );
  const removed = options.prune ? await deleteSourcesNotIn(db, sources.map((entry) => entry.id)) : [];
  return { written, removed };
}
