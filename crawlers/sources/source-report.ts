import type { Kysely } from 'kysely';
import { latestCrawlRuns, type CrawlRunRow } from '../../storage/crawl-runs-repository.ts';
import { getSource, listSources, setSourceEnabled, updateSourceHealth } from '../../storage/sources-repository.ts';
import type { Database } from '../../storage/tables/database.ts';
import { parseHealth, type SourceHealth } from '../source-health.ts';

/** One line of `vnnews sources list`. */
export interface SourceListRow {
  id: string;
  name: string;
  kind: string;
  homeProvince: string | null;
  enabled: boolean;
  disabledReason: string | null;
  verified: boolean;
  health: Pick<SourceHealth, 'consecutiveFailures' | 'failureScore' | 'changeRate' | 'lastSuccessAt' | 'lastError' | 'backoffUntil'>;
  lastCrawl: {
    status: string;
    startedAt: string;
    discovered: number;
    fetched: number;
    unchanged: number;
    failed: number;
    articlesStored: number;
    error: string | null;
  } | null;
}

function configVerified(config: unknown): boolean {
  const value = typeof config === 'string' ? (JSON.parse(config) as unknown) : config;
  return typeof value === 'object' && value !== null && (value as { verified?: unknown }).verified === true;
}

function crawlView(run: CrawlRunRow | undefined): SourceListRow['lastCrawl'] {
  if (!run) return null;
  return {
    status: run.status,
    startedAt: new Date(run.started_at).toISOString(),
    discovered: run.discovered,
    fetched: run.fetched,
    unchanged: run.unchanged,
    failed: run.failed,
    articlesStored: run.articles_stored,
    error: run.error,
  };
}

/** Every source in the database with its state, health and latest crawl. */
export async function sourceListRows(db: Kysely<Database>): Promise<SourceListRow[]> {
  const [sources, runs] = await Promise.all([listSources(db), latestCrawlRuns(db)]);
  const runBySource = new Map(runs.map((run) => [run.source_id, run]));
  return sources.map((row) => {
    const health = parseHealth(row.health);
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      homeProvince: row.home_province,
      enabled: row.enabled,
      disabledReason: row.disabled_reason,
      verified: configVerified(row.config),
      health: {
        consecutiveFailures: health.consecutiveFailures,
        failureScore: health.failureScore,
        changeRate: health.changeRate,
        lastSuccessAt: health.lastSuccessAt,
        lastError: health.lastError,
        backoffUntil: health.backoffUntil,
      },
      lastCrawl: crawlView(runBySource.get(row.id)),
    };
  });
}

/** A plain-text table for a terminal: one source a line, the disable reason in full. */
export function formatSourceTable(rows: readonly SourceListRow[]): string {
  if (rows.length === 0) return 'no sources in the database: run `vnnews sources sync`\n';
  const lines = rows.map((row) => {
    const state = row.enabled ? 'enabled' : `DISABLED (${row.disabledReason ?? 'no reason recorded'})`;
    const health = row.health.consecutiveFailures > 0 ? `failing ×${row.health.consecutiveFailures} (${row.health.lastError ?? ''})` : row.health.lastSuccessAt ? 'ok' : 'never crawled';
    const crawl = row.lastCrawl
      ? `${row.lastCrawl.startedAt.slice(0, 16).replace('T', ' ')} ${row.lastCrawl.status}: ${row.lastCrawl.fetched} fetched, ${row.lastCrawl.unchanged} unchanged, ${row.lastCrawl.failed} failed, ${row.lastCrawl.articlesStored} stored`
      : '-';
    return [row.id.padEnd(22), (row.verified ? 'verified' : 'unverified').padEnd(11), state, `| health: ${health}`, `| last crawl: ${crawl}`].join(' ');
  });
  return `${lines.join('\n')}\n${rows.filter((row) => !row.enabled).length} of ${rows.length} disabled\n`;
}

/** Everything about one source, for `vnnews sources show`. Throws when the id is unknown. */
export async function describeSource(db: Kysely<Database>, id: string): Promise<Record<string, unknown>> {
  const row = await getSource(db, id);
  if (!row) throw new Error(`unknown source "${id}" (see \`vnnews sources list\`)`);
  const runs = await latestCrawlRuns(db);
  return {
    id: row.id,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    entry: typeof row.config === 'string' ? (JSON.parse(row.config) as unknown) : row.config,
    health: parseHealth(row.health),
    lastCrawl: crawlView(runs.find((run) => run.source_id === id)),
  };
}

/**
 * Enables or disables a source on a person's word. Enabling also clears the failure streak and
 * the backoff, so the health policy does not disable it again at the next failure.
 */
export async function setSourceEnabledByPerson(db: Kysely<Database>, id: string, enabled: boolean, reason: string): Promise<void> {
  const row = await getSource(db, id);
  if (!row) throw new Error(`unknown source "${id}" (see \`vnnews sources list\`)`);
  await setSourceEnabled(db, id, enabled, enabled ? null : reason);
  if (enabled) {
    const health = parseHealth(row.health);
    await updateSourceHealth(db, id, { ...health, consecutiveFailures: 0, backoffUntil: null });
  }
}
