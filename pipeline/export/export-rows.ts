import { provinceName } from '../../classifiers/data/provinces.ts';
import type { LongRecord, WideRecord } from '../../storage/search/export-query.ts';
import { boundedMemo } from '../bounded-memo.ts';

/** A cell: text, number, boolean or empty. Lists are joined with `; ` in every format. */
export type Cell = string | number | boolean | null;
/** One row's cells, in the order of its layout's columns. */
export type ExportRow = Cell[];
export type ColumnType = 'string' | 'int' | 'double' | 'boolean';
export type Columns = ReadonlyArray<readonly [string, ColumnType]>;

/** Names of tag codes, for the `*_names` columns. */
export interface ExportLabels {
  country(code: string): string;
  activity(code: string): string;
  source(id: string): string;
}

/** Columns of the wide layout: one row per article. */
export const WIDE_COLUMNS: Columns = [
  ['id', 'int'],
  ['url', 'string'],
  ['published_at', 'string'],
  ['source_id', 'string'],
  ['source_name', 'string'],
  ['title', 'string'],
  ['sapo', 'string'],
  ['text', 'string'],
  ['author', 'string'],
  ['section', 'string'],
  ['relevant', 'boolean'],
  ['relevance', 'double'],
  ['primary_province', 'string'],
  ['primary_province_name', 'string'],
  ['provinces', 'string'],
  ['province_names', 'string'],
  ['provinces_current', 'string'],
  ['provinces_current_names', 'string'],
  ['countries', 'string'],
  ['country_names', 'string'],
  ['activities', 'string'],
  ['activity_names', 'string'],
  ['fingerprint', 'string'],
  ['extractor_version', 'string'],
  ['classifier_version', 'string'],
];

/** Columns of the long layout: one row per tag, with its evidence. */
export const LONG_COLUMNS: Columns = [
  ['article_id', 'int'],
  ['url', 'string'],
  ['published_at', 'string'],
  ['source_id', 'string'],
  ['title', 'string'],
  ['kind', 'string'],
  ['code', 'string'],
  ['name', 'string'],
  ['current_code', 'string'],
  ['current_name', 'string'],
  ['is_primary', 'boolean'],
  ['via', 'string'],
  ['confidence', 'double'],
  ['method', 'string'],
  ['evidence_text', 'string'],
  ['evidence', 'string'],
];

const SEPARATOR = '; ';

// A dataset repeats the same few tag lists over and over: each list is named once per export.
// Bounded so that an export of endlessly varied lists cannot grow it without limit.
const MAX_CACHED_LISTS = 10_000;

const provinceLabel = (code: string): string => provinceName(code) ?? code;

/**
 * Turns export records into rows. Made once per export: it keeps the names of the tag lists it
 * has seen, which is what makes the name columns cheap.
 */
export function createRowBuilder(labels: ExportLabels): {
  wideRow(record: WideRecord): ExportRow;
  longRow(record: LongRecord): ExportRow | undefined;
} {
  const namesOf = (name: (code: string) => string) =>
    boundedMemo((list) => list.split(SEPARATOR).map(name).join(SEPARATOR), MAX_CACHED_LISTS);
  const provinceNames = namesOf(provinceLabel);
  const countryNames = namesOf((code) => labels.country(code));
  const activityNames = namesOf((code) => labels.activity(code));
  // Two named provinces may belong to one unit today: listed once, at its first place.
  const currentUnits = boundedMemo((list) => {
    const codes = [...new Set(list.split(SEPARATOR))];
    return [codes.join(SEPARATOR), codes.map(provinceLabel).join(SEPARATOR)] as const;
  }, MAX_CACHED_LISTS);
  const sourceName = (id: string | null) => (id === null ? null : labels.source(id));

  return {
    wideRow(r) {
      const current = r.provinces_current === null ? null : currentUnits(r.provinces_current);
      return [
        r.id,
        r.url,
        r.published_at,
        r.source_id,
        sourceName(r.source_id),
        r.title,
        r.sapo,
        r.text,
        r.author,
        r.section,
        r.relevant,
        r.relevance,
        r.primary_province,
        r.primary_province === null ? null : provinceLabel(r.primary_province),
        r.provinces ?? '',
        r.provinces === null ? '' : provinceNames(r.provinces),
        current?.[0] ?? '',
        current?.[1] ?? '',
        r.countries ?? '',
        r.countries === null ? '' : countryNames(r.countries),
        r.activities ?? '',
        r.activities === null ? '' : activityNames(r.activities),
        r.fingerprint,
        r.extractor_version,
        r.classifier_version,
      ];
    },
    longRow(r) {
      if (r.kind === null || r.code === null) return undefined;
      const name =
        r.kind === 'province'
          ? provinceLabel(r.code)
          : r.kind === 'country'
            ? labels.country(r.code)
            : r.kind === 'activity'
              ? labels.activity(r.code)
              : r.code;
      return [
        r.id,
        r.url,
        r.published_at,
        r.source_id,
        r.title,
        r.kind,
        r.code,
        name,
        r.current_code,
        r.current_code === null ? null : provinceLabel(r.current_code),
        r.is_primary,
        r.via,
        r.confidence,
        r.method,
        r.evidence_text,
        r.evidence,
      ];
    },
  };
}
