import type { Selectable } from 'kysely';

export interface ProvincesTable {
  slug: string;
  /** Vietnamese name as written officially: `Đà Nẵng`, `Thừa Thiên Huế`. */
  name: string;
  /** `tinh` or `thanh-pho` (centrally-run city). */
  unit_type: string;
  /** `before-2025` for the 63 units, `current` for the 34 of today; a unit unchanged by the arrangement appears in both. */
  era: string;
  /** For a `before-2025` unit, the `current` unit it belongs to today; for a `current` unit, itself. */
  current_slug: string;
}

export interface CountriesTable {
  alpha2: string;
  alpha3: string;
  name_vi: string;
  name_en: string;
}

export type ProvinceRow = Selectable<ProvincesTable>;
export type CountryRow = Selectable<CountriesTable>;
