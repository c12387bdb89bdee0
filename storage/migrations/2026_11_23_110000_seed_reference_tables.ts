import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Kysely } from 'kysely';
import { CURRENT_PROVINCES, FORMER_PROVINCES } from '../../classifiers/data/provinces.ts';

/*
 * Seeds the reference tables from the data modules as they stand when the migration runs.
 * A later correction to those modules needs a new migration, like any schema change.
 */

const require = createRequire(import.meta.url);

interface ProvinceSeed {
  slug: string;
  name: string;
  unit_type: string;
  era: 'before-2025' | 'current';
  current_slug: string;
}

interface CountrySeed {
  alpha2: string;
  alpha3: string;
  name_vi: string;
  name_en: string;
}

/** The 63 former units with the unit each belongs to today, then the 34 current units mapping to themselves. */
export function provinceSeeds(): ProvinceSeed[] {
  return [
    ...FORMER_PROVINCES.map((unit) => ({
      slug: unit.slug,
      name: unit.name,
      unit_type: unit.unitType,
      era: 'before-2025' as const,
      current_slug: unit.current,
    })),
    ...CURRENT_PROVINCES.map((unit) => ({
      slug: unit.slug,
      name: unit.name,
      unit_type: unit.unitType,
      era: 'current' as const,
      current_slug: unit.slug,
    })),
  ];
}

/** Every ISO 3166-1 code i18n-iso-countries knows, with its Vietnamese and English names. */
export function countrySeeds(): CountrySeed[] {
  countries.registerLocale(require('i18n-iso-countries/langs/vi.json') as countries.LocaleData);
  countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
  return Object.keys(countries.getAlpha2Codes())
    .sort()
    .map((alpha2) => {
      const alpha3 = countries.alpha2ToAlpha3(alpha2);
      const nameEn = countries.getName(alpha2, 'en');
      if (!alpha3 || !nameEn) throw new Error(`i18n-iso-countries has no alpha-3 or English name for ${alpha2}`);
      // Every code has a Vietnamese name in the library today; fall back rather than fail if one goes missing.
      return { alpha2, alpha3, name_vi: countries.getName(alpha2, 'vi') ?? nameEn, name_en: nameEn };
    });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('provinces').values(provinceSeeds()).execute();
  await db.insertInto('countries').values(countrySeeds()).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('provinces').execute();
  await db.deleteFrom('countries').execute();
}
