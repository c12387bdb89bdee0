import type { Queue } from 'bullmq';
import { DEFAULT_JOB_OPTIONS } from '../queues.ts';
import type { CrawlJobData } from '../types.ts';

/** Schedules are read in Vietnam's time: "crawl at 06:00" means 06:00 in Hà Nội. */
export const SCHEDULE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** What scheduling needs to know of a source. */
export interface ScheduledSource {
  id: string;
  /** Cron pattern (5 fields, or 6 with seconds first). */
  schedule: string;
  enabled: boolean;
}

/** What a sync changed. */
export interface ScheduleSyncResult {
  installed: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
}

/** Id of the BullMQ job scheduler of a source. Only schedulers with this prefix are ours to remove. */
export function schedulerIdOf(sourceId: string): string {
  return `source-${sourceId}`;
}

const SCHEDULER_PREFIX = 'source-';

/**
 * Makes the crawl queue's job schedulers match the sources: one scheduler per enabled source
 * (installed, or updated when its cron changed), none for disabled or deleted sources. Idempotent:
 * running it twice in a row changes nothing the second time.
 */
export async function syncCrawlSchedulers(
  queue: Queue<CrawlJobData>,
  sources: readonly ScheduledSource[],
  options: { timeZone?: string } = {},
): Promise<ScheduleSyncResult> {
  const tz = options.timeZone ?? SCHEDULE_TIME_ZONE;
  const result: ScheduleSyncResult = { installed: [], updated: [], unchanged: [], removed: [] };
  const existing = new Map((await queue.getJobSchedulers(0, -1)).map((s) => [s.key, s]));
  const wanted = new Set<string>();

  for (const source of sources) {
    if (!source.enabled) continue;
    const id = schedulerIdOf(source.id);
    wanted.add(id);
    const current = existing.get(id);
    if (current && current.pattern === source.schedule && current.tz === tz) {
      result.unchanged.push(source.id);
      continue;
    }
    await queue.upsertJobScheduler(
      id,
      { pattern: source.schedule, tz },
      {
        name: 'crawl',
        data: { sourceId: source.id, trigger: 'schedule' },
        opts: { attempts: DEFAULT_JOB_OPTIONS.crawl.attempts, backoff: DEFAULT_JOB_OPTIONS.crawl.backoff },
      },
    );
    (current ? result.updated : result.installed).push(source.id);
  }

  for (const key of existing.keys()) {
    if (!key.startsWith(SCHEDULER_PREFIX) || wanted.has(key)) continue;
    await queue.removeJobScheduler(key);
    result.removed.push(key.slice(SCHEDULER_PREFIX.length));
  }
  return result;
}
