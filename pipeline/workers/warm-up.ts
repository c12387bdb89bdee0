import { classify } from '../../classifiers/classify.ts';
import type { QueueName } from '../queues.ts';

/**
 * Does before a worker says it is ready what its first jobs would otherwise do on the clock: load
 * the crawl stage (crawlee and its dependencies: about half a second of CPU) for a worker that takes
 * crawl jobs, and build the classifiers' phrase matcher and load the activity model for one that
 * processes pages. A broken install then fails at start rather than on the first job.
 */
export async function warmUpStages(queues: readonly QueueName[]): Promise<void> {
  if (queues.includes('crawl')) await import('../stages/crawl-stage.ts');
  if (queues.includes('process') || queues.includes('reprocess')) {
    classify({ title: 'Đà Nẵng hợp tác với Nhật Bản', body: 'Đà Nẵng và Nhật Bản ký kết thỏa thuận hợp tác.', homeProvince: null, publishedAt: null });
  }
}
