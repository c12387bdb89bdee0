import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables/database.ts';
import { parseQuery } from './parse-query.ts';
import type { SearchRequest } from './search-request.ts';
import { whereClause } from './search-sql.ts';

/** One article as exported (text fields included). */
export interface ExportArticle {
  id: number;
  url: string;
  title: string;
  sapo: string;
  text: string;
  author: string | null;
  section: string | null;
  published_at: Date | null;
  source_id: string | null;
  relevance: number;
  relevant: boolean;
  fingerprint: string;
  extractor_version: string;
  classifier_version: string;
}

/** One tag of an exported article, evidence as stored (JSON). */
export interface ExportTag {
  article_id: number;
  kind: string;
  code: string;
  is_primary: boolean;
  confidence: number;
  method: string;
  current_code: string | null;
  via: string | null;
  evidence: unknown;
}

export interface ExportBatch {
  articles: ExportArticle[];
  /** Tags of these articles, grouped by article id. */
  tags: Map<number, ExportTag[]>;
}

/** Articles per batch. @defaultValue 1000 */
export const EXPORT_BATCH_SIZE = 1_000;

/**
 * Every article matching the search filters, in id order, in batches read by keyset
 * (`id > last`): memory stays constant whatever the size of the export, on PostgreSQL and PGlite.
 */
export async function* iterateExportBatches(
  db: Kysely<Database>,
  request: SearchRequest,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportBatch> {
  const where = whereClause(request, parseQuery(request.q));
  let lastId = 0;
  for (;;) {
    const { rows } = await sql<ExportArticle>`
      select a.id, a.url, a.title, a.sapo, a.text, a.author, a.section, a.published_at, a.source_id,
        a.relevance, a.relevant, a.fingerprint, a.extractor_version, a.classifier_version
      from articles a
      where ${where} and a.id > ${lastId}
      order by a.id
      limit ${batchSize}`.execute(db);
    if (rows.length === 0) return;
    const ids = rows.map((row) => Number(row.id));
    const { rows: tagRows } = await sql<ExportTag>`
      select article_id, kind, code, is_primary, confidence, method, current_code, via, evidence
      from article_tags where article_id = any(${ids}::bigint[])
      order by article_id, kind, is_primary desc, confidence desc, code`.execute(db);
    const tags = new Map<number, ExportTag[]>();
    for (const tag of tagRows) {
      const id = Number(tag.article_id);
      const list = tags.get(id) ?? [];
      list.push(tag);
      tags.set(id, list);
    }
    // Ids arrive as strings (bigint); fixed in place rather than copying every row.
    for (const row of rows) row.id = Number(row.id);
    yield { articles: rows, tags };
    lastId = ids.at(-1)!;
    if (rows.length < batchSize) return;
  }
}
