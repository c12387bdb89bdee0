import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface ArticlesTable {
  id: Generated<number>;
  page_id: number;
  source_id: string | null;
  url: string;
  canonical_url: string | null;
  title: string;
  sapo: string;
  text: string;
  author: string | null;
  section: string | null;
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  published_at: Date | null;
  modified_at: Date | null;
  language: string | null;
  /** SimHash (hex) of the body's shingles: syndicated copies of one story share it or are a few bits apart. */
  fingerprint: string;
  relevance: number;
  relevant: boolean;
  extractor_version: string;
  classifier_version: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
