import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { describe } from 'vitest';
import { createQueues, type PipelineQueues } from '../../pipeline/queues.ts';

/** Redis the queue tests use: `REDIS_URL`, or the service on this machine. */
export const testRedisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

async function probe(url: string): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    client.disconnect();
  }
}

const problem = await probe(testRedisUrl);
if (problem) {
  // In CI a missing service is a failure, never a silent skip; on a laptop the tests skip and say why.
  if (process.env.CI === 'true') throw new Error(`Redis at ${testRedisUrl} is required in CI: ${problem}`);
  process.stderr.write(`skipping Redis tests: Redis at ${testRedisUrl} is unreachable (${problem})\n`);
}

/** True when Redis answered. */
export const redisAvailable = problem === null;

/** `describe` that runs only when Redis is reachable (and fails the file in CI when it is not). */
export const describeWithRedis = describe.skipIf(!redisAvailable);

/** A fresh key prefix for one test: `test-<uuid>`. */
export function testQueuePrefix(): string {
  return `test-${randomUUID()}`;
}

/** Opens the pipeline queues under a fresh `test-<uuid>` prefix. */
export function openTestQueues(prefix = testQueuePrefix()): PipelineQueues {
  return createQueues({ redisUrl: testRedisUrl, prefix });
}

/** Removes every key of the test's queues (jobs, schedulers, locks) and closes the connections. */
export async function destroyTestQueues(queues: PipelineQueues): Promise<void> {
  for (const queue of [queues.crawl, queues.process, queues.reprocess]) {
    await queue.obliterate({ force: true });
  }
  // obliterate leaves the scheduler and meta keys of some versions behind; sweep the prefix.
  const keys = await queues.connection.keys(`${queues.prefix}:*`);
  if (keys.length > 0) await queues.connection.del(...keys);
  await queues.close();
}
