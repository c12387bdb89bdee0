import { loadSourceRegistry } from '../../crawlers/sources/registry.ts';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { listSources } from '../../storage/sources-repository.ts';

/**
 * Source ids to crawl: the ones asked for (each must exist), or every enabled source for `all`.
 * Ids of the shipped registry not yet in the `sources` table are loaded into it first, so
 * `vnnews crawl baoquangnam` works on a fresh database.
 */
export async function resolveCrawlSources(db: DatabaseHandle['db'], wanted: readonly string[] | 'all'): Promise<string[]> {
  let rows = await listSources(db);
  const known = () => new Set(rows.map((row) => row.id));
  const missing = wanted === 'all' ? [] : wanted.filter((id) => !known().has(id));
  if (rows.length === 0 || missing.length > 0) {
    await syncSourcesToDatabase(db, loadSourceRegistry());
    rows = await listSources(db);
  }
  if (wanted === 'all') return rows.filter((row) => row.enabled).map((row) => row.id);
  const unknown = wanted.filter((id) => !known().has(id));
  if (unknown.length > 0) throw new Error(`unknown source${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see \`vnnews sources list\`)`);
  return [...new Set(wanted)];
}
