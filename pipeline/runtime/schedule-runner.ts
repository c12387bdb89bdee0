import type { Queue } from 'bullmq';
import { loadSourceRegistry } from '../../crawlers/sources/registry.ts';
import { syncSourcesToDatabase } from '../../crawlers/sources/sync-sources.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { listSources } from '../../storage/sources-repository.ts';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { CrawlJobData } from '../types.ts';
import { syncCrawlSchedulers, type ScheduledSource, type ScheduleSyncResult } from './crawl-schedules.ts';

/**
 * The sources to schedule, from the `sources` table (where health may have disabled some).
 * An empty table is filled from the shipped registry first, so a fresh install has schedules.
 */
export async function scheduledSources(db: DatabaseHandle['db'], logger?: Logger): Promise<ScheduledSource[]> {
  let rows = await listSources(db);
  if (rows.length === 0) {
    const { written } = await syncSourcesToDatabase(db, loadSourceRegistry());
    logger?.info({ written }, 'sources table was empty: loaded the shipped registry');
    rows = await listSources(db);
  }
  return rows.map((row) => ({ id: row.id, schedule: row.schedule, enabled: row.enabled }));
}

/** Reads the sources and makes the queue's job schedulers match them. */
export async function syncSchedulesFromDatabase(
  db: DatabaseHandle['db'],
  queue: Queue<CrawlJobData>,
  logger?: Logger,
): Promise<ScheduleSyncResult> {
  return syncCrawlSchedulers(queue, await scheduledSources(db, logger));
}

/**
 * Re-syncs every `intervalMillis` (a source disabled by its health, or edited, takes effect
 * within a minute). Errors are logged and the next round tries again.
 */
export function watchSchedules(
  sync: () => Promise<unknown>,
  options: { intervalMillis?: number; logger: Logger },
): { stop(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const round = async () => {
    try {
      await sync();
    } catch (error) {
      options.logger.error(`schedule sync failed: ${describeError(error)}`);
    }
    if (!stopped) timer = setTimeout(round, options.intervalMillis ?? 60_000);
  };
  timer = setTimeout(round, options.intervalMillis ?? 60_000);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** One line per change, for the CLI. */
export function describeSync(result: ScheduleSyncResult): string {
  const shown = (ids: string[]) => (ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, …` : ids.join(', '));
  const part = (label: string, ids: string[]) => (ids.length > 0 ? `${label} ${ids.length} (${shown(ids)})` : `${label} 0`);
  return [
    part('installed', result.installed),
    part('updated', result.updated),
    `unchanged ${result.unchanged.length}`,
    part('removed', result.removed),
  ].join(' · ');
}
