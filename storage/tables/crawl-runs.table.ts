import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type CrawlRunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface CrawlRunsTable {
  id: Generated<number>;
  source_id: string;
  trigger: string;
  started_at: Generated<Date>;
  finished_at: Date | null;
  status: CrawlRunStatus;
  discovered: Generated<number>;
  fetched: Generated<number>;
  unchanged: Generated<number>;
  failed: Generated<number>;
  articles_stored: Generated<number>;
  relevant: Generated<number>;
  error: string | null;
}

export type CrawlRunRow = Selectable<CrawlRunsTable>;
export type NewCrawlRunRow = Insertable<CrawlRunsTable>;
export type CrawlRunUpdate = Updateable<CrawlRunsTable>;
