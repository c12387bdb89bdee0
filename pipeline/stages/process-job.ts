import type { Logger } from '../logger.ts';
import { isBatchJob, type ProcessQueueJobData } from '../queues.ts';
import { processPage, processPages, type ProcessPageDeps, type ProcessResult } from './process-page.ts';

/** What a batch job returns: counts, and the pages that failed with their reasons (also on the pages). */
export interface ProcessBatchResult {
  pages: number;
  processed: number;
  relevant: number;
  skipped: number;
  failed: Array<{ pageId: number; reason: string }>;
}

/**
 * The `process` queue's stage: one page as {@link processPage} (a page that cannot be processed
 * fails the job for good, with its reason), or a batch of pages as {@link processPages}, where a
 * page that cannot be processed is marked `failed` with its reason, logged and listed in the job's
 * result while the others are stored. A database error fails (and retries) the whole job.
 */
export async function processJob(
  data: ProcessQueueJobData,
  deps: ProcessPageDeps & { logger: Logger },
): Promise<ProcessResult | ProcessBatchResult> {
  if (!isBatchJob(data)) return processPage(data.pageId, deps, data.runId !== undefined ? { runId: data.runId } : {});
  const results = await processPages(
    data.pages.map((page) => page.pageId),
    deps,
    data.runId !== undefined ? { runId: data.runId } : {},
  );
  const summary: ProcessBatchResult = { pages: results.length, processed: 0, relevant: 0, skipped: 0, failed: [] };
  for (const result of results) {
    if (result.status === 'processed') {
      summary.processed += 1;
      if (result.relevant) summary.relevant += 1;
    } else if (result.status === 'skipped') {
      summary.skipped += 1;
    } else {
      summary.failed.push({ pageId: result.pageId, reason: result.reason });
      const url = data.pages.find((page) => page.pageId === result.pageId)?.url;
      deps.logger.warn({ pageId: result.pageId, url }, `page failed: ${result.reason}`);
    }
  }
  return summary;
}
