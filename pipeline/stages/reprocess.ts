import type { Kysely } from 'kysely';
import { countPagesToReprocess, listPagesToReprocess, type ReprocessFilter } from '../../storage/search/reprocess-query.ts';
import type { Database } from '../../storage/tables/database.ts';
import { enqueueReprocess, type PipelineQueues } from '../queues.ts';
import type { ProcessResult } from './process-page.ts';

export type { ReprocessFilter } from '../../storage/search/reprocess-query.ts';

/** What reprocessing needs: the database, and either the queues or a way to process one page here. */
export interface ReprocessDeps {
  db: Kysely<Database>;
  /** With Redis: pages go on the reprocess queue for the workers. */
  queues?: Pick<PipelineQueues, 'reprocess'>;
  /** Without Redis: extract and tag one page in this process (pipeline/stages/process-page.ts). */
  processOne?: (pageId: number) => Promise<ProcessResult>;
  /** Pages processed at once in this process. @defaultValue 2 */
  concurrency?: number;
  onProgress?: (progress: ReprocessProgress) => void;
  /** Names this reprocess request in job ids, so enqueueing twice under one key is a no-op. */
  requestKey?: string;
}

export interface ReprocessProgress {
  total: number;
  /** Pages queued (with Redis) or handled (in-process). */
  done: number;
  processed: number;
  skipped: number;
  failed: number;
}

export interface ReprocessSummary extends ReprocessProgress {
  mode: 'queued' | 'in-process';
  /** First failures (page id and reason), for the report. */
  failures: Array<{ pageId: number; reason: string }>;
}

const BATCH = 1_000;
const KEPT_FAILURES = 20;

/**
 * Extracts and tags stored pages again (after the extractor or the classifiers improve): through
 * the reprocess queue when `queues` is given, otherwise in this process with `processOne`. A page
 * that fails is counted and reported, and the run goes on.
 */
export async function reprocessPages(filter: ReprocessFilter, deps: ReprocessDeps): Promise<ReprocessSummary> {
  if (!deps.queues && !deps.processOne) throw new Error('reprocessPages needs queues or processOne');
  const total = await countPagesToReprocess(deps.db, filter);
  const summary: ReprocessSummary = {
    mode: deps.queues ? 'queued' : 'in-process',
    total,
    done: 0,
    processed: 0,
    skipped: 0,
    failed: 0,
    failures: [],
  };
  const report = () => deps.onProgress?.({ total, done: summary.done, processed: summary.processed, skipped: summary.skipped, failed: summary.failed });
  const requestKey = deps.requestKey ?? `reprocess-${Date.now().toString(36)}`;
  let afterId = 0;
  for (;;) {
    const pages = await listPagesToReprocess(deps.db, filter, { afterId, limit: BATCH });
    if (pages.length === 0) break;
    afterId = pages.at(-1)!.id;
    if (deps.queues) {
      await enqueueReprocess(deps.queues, pages.map((page) => ({ pageId: page.id, url: page.url })), { requestKey });
      summary.done += pages.length;
      report();
      continue;
    }
    await runLimited(pages, deps.concurrency ?? 2, async (page) => {
      try {
        const result = await deps.processOne!(page.id);
        if (result.status === 'processed') summary.processed++;
        else summary.skipped++;
      } catch (error) {
        summary.failed++;
        if (summary.failures.length < KEPT_FAILURES) {
          summary.failures.push({ pageId: page.id, reason: error instanceof Error ? error.message : String(error) });
        }
      }
      summary.done++;
      report();
    });
  }
  return summary;
}

async function runLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
