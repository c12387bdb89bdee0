import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../pipeline/config.ts';
import type { PipelineQueues } from '../../pipeline/queues.ts';
import { buildServer } from '../../server/build-server.ts';
import { registerWebUi } from '../../server/web/register-web-ui.ts';
import { openMemoryDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { describeWithRedis, destroyTestQueues, openTestQueues } from '../setup/redis.ts';

describeWithRedis('the queue dashboard', () => {
  let database: DatabaseHandle;
  let queues: PipelineQueues;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await openMemoryDatabase();
    queues = openTestQueues();
    app = await buildServer({ config: loadConfig({}), db: database.db, queues, registerWebUi });
    // PGlite starts and migrates in several seconds, more on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    if (queues) await destroyTestQueues(queues);
    await database?.close();
  });

  it('is mounted under /admin/queues when the server has queues', async () => {
    const response = await app.inject({ method: 'GET', url: '/admin/queues' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });

  it('lists the crawl, process and reprocess queues', async () => {
    const response = await app.inject({ method: 'GET', url: '/admin/queues/api/queues' });
    expect(response.statusCode).toBe(200);
    const names = (response.json() as { queues: Array<{ name: string }> }).queues
      .map((queue) => queue.name)
      .sort();
    expect(names).toEqual(['crawl', 'process', 'reprocess']);
  });
});
