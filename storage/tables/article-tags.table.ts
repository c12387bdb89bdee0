import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Evidence, TagKind, TagMethod } from '../../pipeline/types.ts';

export interface ArticleTagsTable {
  id: Generated<number>;
  article_id: number;
  kind: TagKind;
  /** Province slug as named, ISO alpha-2, activity code or region code. */
  code: string;
  is_primary: boolean;
  confidence: number;
  method: TagMethod;
  evidence: ColumnType<Evidence[], string, string>;
  /** Provinces only: the unit the named one belongs to today. */
  current_code: string | null;
  /** Provinces only: `name` or `place`. */
  via: string | null;
}

export type ArticleTagRow = Selectable<ArticleTagsTable>;
export type NewArticleTagRow = Insertable<ArticleTagsTable>;
