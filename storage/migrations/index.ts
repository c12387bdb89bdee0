import type { Migration } from 'kysely';
import * as createCoreTables from './2026_11_23_100000_create_core_tables.ts';
import * as seedReferenceTables from './2026_11_23_110000_seed_reference_tables.ts';
import * as search from './2026_11_23_200000_search.ts';
import * as searchVectorsInApp from './2026_11_24_100000_search_vectors_in_app.ts';
import * as searchSample from './2026_11_24_110000_search_sample.ts';
import * as lz4LongFields from './2026_11_25_100000_lz4_long_fields.ts';
import * as countryDisplayNames from './2026_11_25_110000_country_display_names.ts';

/**
 * Every migration, keyed by its file name without extension; Kysely runs them in name order.
 * Add a new migration here in the same commit as its file.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_23_100000_create_core_tables': createCoreTables,
  '2026_11_23_110000_seed_reference_tables': seedReferenceTables,
  '2026_11_23_200000_search': search,
  '2026_11_24_100000_search_vectors_in_app': searchVectorsInApp,
  '2026_11_24_110000_search_sample': searchSample,
  '2026_11_25_100000_lz4_long_fields': lz4LongFields,
  '2026_11_25_110000_country_display_names': countryDisplayNames,
};
