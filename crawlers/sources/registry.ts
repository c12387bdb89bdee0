import { REGISTRY_DATA } from './registry-data.ts';
import { parseSourceEntries, type SourceEntry } from './source-schema.ts';

let cached: readonly SourceEntry[] | undefined;

/**
 * The shipped registry, validated (throws a `SourceRegistryError` naming every bad field).
 * Validated once per process; the entries are frozen so no caller can change them for another.
 */
export function loadSourceRegistry(): readonly SourceEntry[] {
  cached ??= Object.freeze(parseSourceEntries(REGISTRY_DATA).map((entry) => Object.freeze(entry)));
  return cached;
}

/** One entry of the shipped registry by id, or undefined. */
export function findRegistrySource(id: string): SourceEntry | undefined {
  return loadSourceRegistry().find((entry) => entry.id === id);
}
