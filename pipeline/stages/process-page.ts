import type { DatabaseHandle } from '../../storage/database.ts';
import { addToCrawlRun } from '../../storage/crawl-runs-repository.ts';
import { upsertArticle } from '../../storage/articles-repository.ts';
import { loadPage, markPageFailed, markPageProcessed } from '../../storage/pages-repository.ts';
import { PermanentError } from '../errors.ts';
import type { ProvinceSlug } from '../types.ts';
import { processRawPage } from './process-raw-page.ts';

/** What the process stage needs; tests hand it an in-memory database. */
export interface ProcessPageDeps {
  db: DatabaseHandle['db'];
  now?: () => Date;
  /** Home province of a source (a prior for the primary province); absent: none. */
  homeProvinceOf?: (sourceId: string) => ProvinceSlug | null | Promise<ProvinceSlug | null>;
}

/** Outcome of processing one stored page. Ids and flags only: bodies stay in the database. */
export type ProcessResult =
  | { pageId: number; status: 'processed'; articleId: number; relevant: boolean }
  | { pageId: number; status: 'skipped'; reason: string };

/**
 * The process stage: load a stored page, extract its article, tag it, upsert it, and mark the page.
 * - Not an article (a listing, a home page): the page is marked `skipped`; a return value.
 * - Cannot be extracted (binary, undecodable): the page is marked `failed` with the reason and a
 *   `PermanentError` is thrown, so the queue does not retry it.
 * - Database errors propagate as they are, so the queue retries them.
 * Idempotent: processing a page twice leaves one article row (upserted by page).
 */
export async function processPage(
  pageId: number,
  deps: ProcessPageDeps,
  options: { runId?: number } = {},
): Promise<ProcessResult> {
  const { db } = deps;
  const page = await loadPage(db, pageId);
  if (!page) throw new PermanentError(`page ${pageId} is not stored`, { stage: 'process' });
  if (page.body.byteLength === 0) {
    const reason = `page has no stored body (HTTP ${page.httpStatus})`;
    await markPageFailed(db, pageId, reason);
    throw new PermanentError(`page ${pageId}: ${reason}`, { stage: 'process', url: page.url });
  }
  const homeProvince = page.sourceId && deps.homeProvinceOf ? await deps.homeProvinceOf(page.sourceId) : null;
  const result = processRawPage(
    { url: page.finalUrl || page.url, body: page.body, contentType: page.contentType, fetchedAt: page.fetchedAt },
    { homeProvince },
  );

  if (result.kind === 'error') {
    await markPageFailed(db, pageId, result.reason);
    throw new PermanentError(`page ${pageId}: ${result.reason}`, { stage: 'extract', url: page.url });
  }
  if (result.kind === 'skip') {
    await markPageProcessed(db, pageId, 'skipped', result.charset ?? undefined);
    return { pageId, status: 'skipped', reason: result.reason };
  }

  const articleId = await upsertArticle(db, {
    pageId,
    sourceId: page.sourceId,
    url: page.url,
    article: result.article,
    classification: result.classification,
  });
  await markPageProcessed(db, pageId, 'processed', result.article.charset);
  if (options.runId !== undefined) {
    await addToCrawlRun(db, options.runId, {
      articles_stored: 1,
      relevant: result.classification.relevant ? 1 : 0,
    });
  }
  return { pageId, status: 'processed', articleId, relevant: result.classification.relevant };
}
