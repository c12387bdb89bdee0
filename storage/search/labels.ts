import type { Kysely } from 'kysely';
import { ACTIVITIES } from '../../classifiers/data/activities.ts';
import { provinceName } from '../../classifiers/data/provinces.ts';
import type { Database } from '../tables/database.ts';

/** Display names of tag codes: provinces and activities from the classifier data, countries and sources from the database. */
export interface Labels {
  province(code: string): string;
  country(code: string): string;
  activity(code: string): string;
  source(id: string): string;
  /** Any tag kind. */
  tag(kind: string, code: string): string;
}

const activityNames = new Map<string, string>(ACTIVITIES.map((activity) => [activity.code, activity.nameVi]));
const countryCache = new WeakMap<object, Promise<Map<string, string>>>();

async function countryNames(db: Kysely<Database>): Promise<Map<string, string>> {
  let cached = countryCache.get(db);
  if (!cached) {
    cached = db
      .selectFrom('countries')
      .select(['alpha2', 'name_vi'])
      .execute()
      .then((rows) => new Map(rows.map((row) => [row.alpha2, row.name_vi])));
    countryCache.set(db, cached);
    // A failed load must not stick.
    cached.catch(() => countryCache.delete(db));
  }
  return cached;
}

/** Loads the labels a response needs; country names are read once per database handle. */
export async function loadLabels(db: Kysely<Database>): Promise<Labels> {
  const [countries, sources] = await Promise.all([
    countryNames(db),
    db
      .selectFrom('sources')
      .select(['id', 'name'])
      .execute()
      .then((rows) => new Map(rows.map((row) => [row.id, row.name]))),
  ]);
  const labels: Labels = {
    province: (code) => provinceName(code) ?? code,
    country: (code) => countries.get(code) ?? code,
    activity: (code) => activityNames.get(code) ?? code,
    source: (id) => sources.get(id) ?? id,
    tag: (kind, code) =>
      kind === 'province'
        ? labels.province(code)
        : kind === 'country'
          ? labels.country(code)
          : kind === 'activity'
            ? labels.activity(code)
            : code,
  };
  return labels;
}
