import { provinceName } from '../../classifiers/data/provinces.ts';
import type { ExportBatch, ExportTag } from '../../storage/search/export-query.ts';

/** A cell: text, number, boolean or empty. Lists are joined with `; ` in every format. */
export type Cell = string | number | boolean | null;
export type ExportRow = Record<string, Cell>;
export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

/** Names of tag codes, for the `*_names` columns. */
export interface ExportLabels {
  country(code: string): string;
  activity(code: string): string;
  source(id: string): string;
}

/** Columns of the wide layout: one row per article. */
export const WIDE_COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
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
export const LONG_COLUMNS: ReadonlyArray<readonly [string, ColumnType]> = [
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

const join = (values: string[]): string => values.join('; ');
const unique = (values: string[]): string[] => [...new Set(values)];

function iso(value: Date | string | null): string | null {
  return value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();
}

function tagName(tag: Pick<ExportTag, 'kind' | 'code'>, labels: ExportLabels): string {
  if (tag.kind === 'province') return provinceName(tag.code) ?? tag.code;
  if (tag.kind === 'country') return labels.country(tag.code);
  if (tag.kind === 'activity') return labels.activity(tag.code);
  return tag.code;
}

function evidenceOf(tag: ExportTag): Array<{ text?: string }> {
  const value = typeof tag.evidence === 'string' ? JSON.parse(tag.evidence) : tag.evidence;
  return Array.isArray(value) ? value : [];
}

/** Rows of one batch in the wide layout. */
export function wideRows(batch: ExportBatch, labels: ExportLabels): ExportRow[] {
  return batch.articles.map((article) => {
    const tags = batch.tags.get(article.id) ?? [];
    const provinces = tags.filter((tag) => tag.kind === 'province');
    const current = unique(provinces.map((tag) => tag.current_code ?? tag.code));
    const primary = provinces.find((tag) => tag.is_primary);
    const countries = tags.filter((tag) => tag.kind === 'country');
    const activities = tags.filter((tag) => tag.kind === 'activity');
    return {
      id: article.id,
      url: article.url,
      published_at: iso(article.published_at),
      source_id: article.source_id,
      source_name: article.source_id ? labels.source(article.source_id) : null,
      title: article.title,
      sapo: article.sapo,
      text: article.text,
      author: article.author,
      section: article.section,
      relevant: article.relevant,
      relevance: article.relevance,
      primary_province: primary?.code ?? null,
      primary_province_name: primary ? tagName(primary, labels) : null,
      provinces: join(provinces.map((tag) => tag.code)),
      province_names: join(provinces.map((tag) => tagName(tag, labels))),
      provinces_current: join(current),
      provinces_current_names: join(current.map((code) => provinceName(code) ?? code)),
      countries: join(countries.map((tag) => tag.code)),
      country_names: join(countries.map((tag) => tagName(tag, labels))),
      activities: join(activities.map((tag) => tag.code)),
      activity_names: join(activities.map((tag) => tagName(tag, labels))),
      fingerprint: article.fingerprint,
      extractor_version: article.extractor_version,
      classifier_version: article.classifier_version,
    };
  });
}

/** Rows of one batch in the long layout (articles without tags give no row). */
export function longRows(batch: ExportBatch, labels: ExportLabels): ExportRow[] {
  return batch.articles.flatMap((article) =>
    (batch.tags.get(article.id) ?? []).map((tag) => {
      const evidence = evidenceOf(tag);
      return {
        article_id: article.id,
        url: article.url,
        published_at: iso(article.published_at),
        source_id: article.source_id,
        title: article.title,
        kind: tag.kind,
        code: tag.code,
        name: tagName(tag, labels),
        current_code: tag.current_code,
        current_name: tag.current_code ? (provinceName(tag.current_code) ?? tag.current_code) : null,
        is_primary: tag.is_primary,
        via: tag.via,
        confidence: tag.confidence,
        method: tag.method,
        evidence_text: join(evidence.map((span) => span.text ?? '')),
        evidence: JSON.stringify(evidence),
      };
    }),
  );
}
