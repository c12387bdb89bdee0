import { Cron } from 'croner';
import { isBackedOff, nextCrawlDelay, type SourceHealth } from '../../crawlers/source-health.ts';
import { SCHEDULE_TIME_ZONE } from '../runtime/crawl-schedules.ts';

/** A scheduled crawl fires up to this share of its spacing early and still runs: cron ticks are not exact. */
const EARLY_TOLERANCE = 0.1;

/** Milliseconds between two runs of a cron pattern (its next two), or undefined when it has no next run. */
export function cronIntervalMillis(pattern: string, from: Date): number | undefined {
  const [first, second] = new Cron(pattern, { paused: true, timezone: SCHEDULE_TIME_ZONE }).nextRuns(2, from);
  return first && second ? second.getTime() - first.getTime() : undefined;
}

/**
 * Whether a crawl fired by the source's cron should run: not while the source is backed off after
 * failures, and not before its adaptive spacing has passed (a source whose pages rarely change is
 * crawled up to 4× less often than its cron says). Crawls asked for by a person always run.
 */
export function scheduledCrawlDecision(
  health: SourceHealth,
  schedule: string,
  now: Date,
): { run: true } | { run: false; reason: string } {
  if (isBackedOff(health, now)) return { run: false, reason: `backed off after failures until ${health.backoffUntil}` };
  if (!health.lastCrawlAt) return { run: true };
  const interval = cronIntervalMillis(schedule, now);
  if (interval === undefined) return { run: true };
  const spacing = nextCrawlDelay(health, interval, now);
  const since = now.getTime() - Date.parse(health.lastCrawlAt);
  if (since >= spacing * (1 - EARLY_TOLERANCE)) return { run: true };
  const next = new Date(Date.parse(health.lastCrawlAt) + spacing).toISOString();
  return { run: false, reason: `spaced out: its pages change rarely, next crawl after ${next}` };
}
