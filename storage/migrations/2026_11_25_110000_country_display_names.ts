import type { Kysely } from 'kysely';
import { countrySeeds } from './2026_11_23_110000_seed_reference_tables.ts';

/*
 * The Vietnamese names that facets, the search page and exports show. The seed took them from
 * i18n-iso-countries, whose Vietnamese list calls Malaysia the Malay Peninsula, leaves Austria in
 * English and gives several partners their long formal names; these are the names the Vietnamese
 * press uses.
 */
export const COUNTRY_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  AE: 'Các Tiểu vương quốc Ả Rập Thống nhất',
  AT: 'Áo',
  BN: 'Brunei',
  CI: "Côte d'Ivoire",
  CV: 'Cabo Verde',
  CZ: 'Séc',
  IR: 'Iran',
  LA: 'Lào',
  MD: 'Moldova',
  MY: 'Malaysia',
  PS: 'Palestine',
  RO: 'Romania',
  RU: 'Nga',
  SA: 'Ả Rập Xê-út',
  SY: 'Syria',
  TZ: 'Tanzania',
  US: 'Hoa Kỳ',
  VA: 'Tòa thánh Vatican',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  for (const [alpha2, name] of Object.entries(COUNTRY_DISPLAY_NAMES)) {
    await db.updateTable('countries').set({ name_vi: name }).where('alpha2', '=', alpha2).execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  const seeded = new Map(countrySeeds().map((seed) => [seed.alpha2, seed.name_vi]));
  for (const alpha2 of Object.keys(COUNTRY_DISPLAY_NAMES)) {
    const name = seeded.get(alpha2);
    if (name) await db.updateTable('countries').set({ name_vi: name }).where('alpha2', '=', alpha2).execute();
  }
}
