import type { FastifyInstance } from 'fastify';
import type { PipelineQueues } from '../../pipeline/queues.ts';

/** Where the queue dashboard lives (the sources page links to it when it answers). */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Mounts bull-board for the crawl, process and reprocess queues under {@link QUEUE_DASHBOARD_PATH}.
 * Loaded lazily: without Redis the server never imports it.
 */
export async function registerQueueDashboard(app: FastifyInstance, queues: PipelineQueues): Promise<void> {
  const [{ createBullBoard }, { BullMQAdapter }, { FastifyAdapter }] = await Promise.all([
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/fastify'),
  ]);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: [
      new BullMQAdapter(queues.crawl),
      new BullMQAdapter(queues.process),
      new BullMQAdapter(queues.reprocess),
    ],
    serverAdapter,
    options: { uiConfig: { boardTitle: 'vnnews queues' } },
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
}
