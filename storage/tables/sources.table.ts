import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { SourceKind } from '../../pipeline/types.ts';

export interface SourcesTable {
  /** Registry id, kebab-case: `baoquangnam`, `thoidai`. */
  id: string;
  name: string;
  homepage: string;
  kind: SourceKind;
  home_province: string | null;
  /** The whole validated registry entry (entry points, patterns, profile, politeness). */
  config: ColumnType<unknown, string, string>;
  /** Cron pattern, in Asia/Ho_Chi_Minh. */
  schedule: string;
  enabled: boolean;
  /** Why the source was disabled (by a person or by repeated failures). */
  disabled_reason: string | null;
  /** Health: per source and per entry point, see crawlers/source-health.ts. */
  health: ColumnType<unknown, string | undefined, string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type SourceRow = Selectable<SourcesTable>;
export type NewSourceRow = Insertable<SourcesTable>;
export type SourceUpdate = Updateable<SourcesTable>;
