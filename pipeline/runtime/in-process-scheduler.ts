import { Cron } from 'croner';
import { SCHEDULE_TIME_ZONE, type ScheduledSource } from './crawl-schedules.ts';

/** Cron timers for the embedded mode, where no Redis holds the schedules. */
export interface InProcessScheduler {
  /** Makes the timers match the sources (same rules as the queue's schedulers). */
  sync(sources: readonly ScheduledSource[]): void;
  /** Ids of the sources with a timer. */
  scheduled(): string[];
  stop(): void;
}

/**
 * Keeps one croner timer per enabled source and calls `onDue(sourceId)` when it fires. A source
 * whose previous crawl is still running is not started again (croner's `protect`).
 */
export function createInProcessScheduler(
  onDue: (sourceId: string) => Promise<void>,
  options: { timeZone?: string; onError?: (sourceId: string, error: unknown) => void } = {},
): InProcessScheduler {
  const timers = new Map<string, { pattern: string; cron: Cron }>();
  const timezone = options.timeZone ?? SCHEDULE_TIME_ZONE;

  const stopOne = (id: string) => {
    timers.get(id)?.cron.stop();
    timers.delete(id);
  };

  return {
    sync(sources) {
      const wanted = new Map(sources.filter((s) => s.enabled).map((s) => [s.id, s.schedule]));
      for (const id of [...timers.keys()]) {
        if (wanted.get(id) !== timers.get(id)?.pattern) stopOne(id);
      }
      for (const [id, pattern] of wanted) {
        if (timers.has(id)) continue;
        const cron = new Cron(pattern, { timezone, protect: true }, async () => {
          try {
            await onDue(id);
          } catch (error) {
            options.onError?.(id, error);
          }
        });
        timers.set(id, { pattern, cron });
      }
    },
    scheduled: () => [...timers.keys()].sort(),
    stop() {
      for (const id of [...timers.keys()]) stopOne(id);
    },
  };
}
