import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** `pending`: stored, waiting for extraction; `processed`; `failed` (with `error`); `skipped` (not an article). */
export type PageStatus = 'pending' | 'processed' | 'failed' | 'skipped';

export interface PagesTable {
  id: Generated<number>;
  /** Canonicalised request URL; unique. */
  url: string;
  final_url: string;
  source_id: string | null;
  fetched_at: Date;
  http_status: number;
  etag: string | null;
  last_modified: string | null;
  content_type: string | null;
  /** Charset found when the page was processed. */
  charset: string | null;
  /** gzip of the raw bytes; null for pages that failed before a body arrived. */
  body_gz: Buffer | null;
  body_bytes: number;
  /** Hex sha256 of the raw bytes. */
  body_sha256: string | null;
  status: PageStatus;
  error: string | null;
  /** Times the page was fetched with a changed body. */
  versions: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type PageRow = Selectable<PagesTable>;
export type NewPageRow = Insertable<PagesTable>;
export type PageUpdate = Updateable<PagesTable>;
