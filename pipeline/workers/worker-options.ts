import type { WorkerOptions } from 'bullmq';
import type { Config } from '../config.ts';

/** The worker settings every queue shares: lock, stalled-job recovery, concurrency. */
export function workerOptions(
  config: Pick<Config, 'redisUrl' | 'queuePrefix' | 'workerLockMillis' | 'workerStalledIntervalMillis' | 'workerMaxStalledCount'>,
  options: { concurrency: number; prefix?: string; name?: string },
): WorkerOptions {
  if (!config.redisUrl) throw new Error('workers need REDIS_URL');
  const url = new URL(config.redisUrl);
  return {
    // Each worker opens its own connections (BullMQ needs a blocking one per worker).
    connection: {
      host: url.hostname,
      port: Number(url.port || 6379),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(url.pathname.length > 1 ? { db: Number(url.pathname.slice(1)) } : {}),
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      maxRetriesPerRequest: null,
    },
    prefix: options.prefix ?? config.queuePrefix,
    concurrency: options.concurrency,
    ...(options.name ? { name: options.name } : {}),
    // A dead worker's jobs go back to `wait` once its lock expires and a live worker's stalled
    // check runs: at most lock + interval later. A job that kills its worker again and again
    // (say, a page that exhausts memory) is failed after maxStalledCount instead of looping.
    lockDuration: config.workerLockMillis,
    stalledInterval: config.workerStalledIntervalMillis,
    maxStalledCount: config.workerMaxStalledCount,
  };
}
