import type { DatabaseHandle } from '../../storage/database.ts';
import { getSource } from '../../storage/sources-repository.ts';
import type { ProvinceSlug } from '../types.ts';

/**
 * Home province of a source, read from the `sources` table and remembered for `ttlMillis`: a
 * worker processes thousands of pages of a few sources, so one query per source and minute.
 * An unknown source has no home province.
 */
export function createHomeProvinceLookup(
  db: DatabaseHandle['db'],
  options: { ttlMillis?: number; now?: () => number } = {},
): (sourceId: string) => Promise<ProvinceSlug | null> {
  const ttl = options.ttlMillis ?? 60_000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { value: Promise<ProvinceSlug | null>; at: number }>();
  return (sourceId) => {
    const hit = cache.get(sourceId);
    if (hit && now() - hit.at < ttl) return hit.value;
    const value = getSource(db, sourceId).then((row) => row?.home_province ?? null);
    cache.set(sourceId, { value, at: now() });
    // A failed lookup is not remembered: the next page asks again.
    value.catch(() => cache.delete(sourceId));
    return value;
  };
}
