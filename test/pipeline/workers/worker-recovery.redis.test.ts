import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueProcessBatch, enqueueProcessBulk, type PipelineQueues } from '../../../pipeline/queues.ts';
import { startCrawlRun } from '../../../storage/crawl-runs-repository.ts';
import { countPagesByStatus } from '../../../storage/pages-repository.ts';
import { createTestPostgres, postgresUnavailableReason, type TestPostgres } from '../../setup/postgres.ts';
import { destroyTestQueues, openTestQueues, redisAvailable, testRedisUrl } from '../../setup/redis.ts';
import { seedArticlePages } from './seed-pages.ts';
import { spawnWorker, waitUntil, type SpawnedWorker } from './spawn-worker.ts';

const pgProblem = await postgresUnavailableReason();
if (pgProblem && process.env.CI === 'true') throw new Error(`${pgProblem}; CI requires PostgreSQL`);
if (pgProblem) console.warn(`skipping worker recovery tests: ${pgProblem}`);

const PAGES = 500;

describe.skipIf(!redisAvailable || Boolean(pgProblem))('worker processes', () => {
  let pg: TestPostgres;
  let queues: PipelineQueues;
  const spawned: SpawnedWorker[] = [];

  beforeEach(async () => {
    pg = await createTestPostgres();
    queues = openTestQueues();
  });
  afterEach(async () => {
    for (const worker of spawned.splice(0)) {
      if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await destroyTestQueues(queues);
    await pg.close();
  });

  const env = () => ({
    DATABASE_URL: pg.url,
    REDIS_URL: testRedisUrl,
    QUEUE_PREFIX: queues.prefix,
    // Short locks so the test sees a dead worker's jobs come back within seconds, not a minute.
    WORKER_LOCK_MILLIS: '3000',
    WORKER_STALLED_INTERVAL_MILLIS: '1000',
    SHUTDOWN_GRACE_MILLIS: '8000',
  });
  const start = async (extra: Record<string, string> = {}) => {
    const worker = await spawnWorker(['--queues', 'process', '--concurrency', '8'], { ...env(), ...extra });
    spawned.push(worker);
    return worker;
  };
  const articleCounts = async () => {
    const { rows } = await sql<{ rows: number; pages: number }>`
      select count(*)::int as rows, count(distinct page_id)::int as pages from articles`.execute(pg.db);
    return rows[0] ?? { rows: 0, pages: 0 };
  };

  it('stores all 500 articles exactly once after a worker is killed with SIGKILL mid-way', async () => {
    const jobs = await seedArticlePages(pg.db, PAGES);
    await enqueueProcessBulk(queues, jobs);

    const first = await start();
    await waitUntil('the first worker to process some pages', async () => (await queues.process.getCompletedCount()) >= 40, 60_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const leftBehind = await queues.process.getJobCounts('active', 'waiting');
    // The kill really happened in the middle: work was left, some of it locked by the dead worker.
    expect((leftBehind.active ?? 0) + (leftBehind.waiting ?? 0)).toBeGreaterThan(0);

    await start();
    await waitUntil('every job to complete', async () => (await queues.process.getCompletedCount()) === PAGES, 120_000);

    expect(await articleCounts()).toEqual({ rows: PAGES, pages: PAGES });
    expect(await queues.process.getFailedCount()).toBe(0);
    expect((await countPagesByStatus(pg.db)).processed).toBe(PAGES);
  }, 240_000);

  it('stores all 500 pages handed on in batches exactly once, and counts them once in their crawl run, after a SIGKILL', async () => {
    const pages = await seedArticlePages(pg.db, PAGES);
    const runId = await startCrawlRun(pg.db, 'baomau-a', 'cli');
    const BATCH = 25;
    for (let start = 0; start < PAGES; start += BATCH) {
      const batch = pages.slice(start, start + BATCH).map(({ pageId, url }) => ({ pageId, url }));
      await enqueueProcessBatch(queues, { pages: batch, runId, version: `r${runId}` });
    }
    const batches = PAGES / BATCH;

    const first = await start();
    await waitUntil('the first worker to process some batches', async () => (await queues.process.getCompletedCount()) >= 3, 60_000);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const leftBehind = await queues.process.getJobCounts('active', 'waiting');
    expect((leftBehind.active ?? 0) + (leftBehind.waiting ?? 0)).toBeGreaterThan(0);

    await start();
    await waitUntil('every batch to complete', async () => (await queues.process.getCompletedCount()) === batches, 120_000);

    expect(await articleCounts()).toEqual({ rows: PAGES, pages: PAGES });
    expect(await queues.process.getFailedCount()).toBe(0);
    expect((await countPagesByStatus(pg.db)).processed).toBe(PAGES);
    const { rows } = await sql<{ articles_stored: number }>`select articles_stored from crawl_runs where id = ${runId}`.execute(pg.db);
    expect(rows[0]?.articles_stored).toBe(PAGES);
  }, 240_000);

  it('exits cleanly on SIGTERM within its grace period, and loses no job', async () => {
    const jobs = await seedArticlePages(pg.db, PAGES);
    await enqueueProcessBulk(queues, jobs);

    const first = await start();
    await waitUntil('the worker to be busy', async () => (await queues.process.getCompletedCount()) >= 40, 60_000);
    const signalledAt = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(8_000 + 2_000);

    // Nothing is left locked by the stopped worker: every job is done or waiting for the next one.
    const counts = await queues.process.getJobCounts('active', 'waiting', 'completed', 'failed', 'delayed');
    expect(counts.active).toBe(0);
    expect(counts.failed).toBe(0);
    expect((counts.completed ?? 0) + (counts.waiting ?? 0) + (counts.delayed ?? 0)).toBe(PAGES);
    expect(counts.waiting).toBeGreaterThan(0);

    await start();
    await waitUntil('every job to complete', async () => (await queues.process.getCompletedCount()) === PAGES, 120_000);
    expect(await articleCounts()).toEqual({ rows: PAGES, pages: PAGES });
  }, 240_000);
});
