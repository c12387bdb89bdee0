import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DatabaseHandle } from '../../storage/database.ts';
import { upsertArticles, type ArticleInput } from '../../storage/articles-repository.ts';
import { loadPages, recordProcessOutcomes, type PageProcessOutcome } from '../../storage/pages-repository.ts';
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

/** Outcome of one page of a batch: as {@link ProcessResult}, or a failure with its reason (already recorded on the page). */
export type BatchPageResult = ProcessResult | { pageId: number; status: 'failed'; reason: string };

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
  const [result] = await processPages([pageId], deps, options);
  if (!result) throw new Error(`page ${pageId} gave no result`);
  if (result.status === 'failed') throw new PermanentError(`page ${pageId}: ${result.reason}`, { stage: 'process' });
  return result;
}

/**
 * The process stage for many pages at once, with the database work of the whole batch in a few
 * statements: one read of the pages, one upsert of their articles (storage/articles-repository.ts),
 * and one statement for the pages' statuses and the crawl run's counters. On a busy machine each
 * round trip to PostgreSQL costs as much CPU as a fifth of a page's extraction, so a page processed
 * alone spends more on its nine statements than on its tagging.
 *
 * Per page, as {@link processPage}: a page that is not stored, has no body or cannot be extracted
 * is `failed` with its reason (recorded on the page when it exists) and the others go on; a listing
 * is `skipped`. An article the database refuses for its content (an invalid value: SQLSTATE class
 * 22 or 23) fails that page alone. Any other database error is thrown for the whole batch, which
 * can then be retried as a whole: every write is idempotent. Results are in input order.
 *
 * Crash safety: articles are written before the pages are marked, so a batch cut short leaves its
 * pages `pending` with their articles maybe written, and running it again completes it; the crawl
 * run counts a page only when it goes from `pending` to `processed` (pages-repository
 * `recordProcessOutcomes`), so a re-run does not count twice.
 */
export async function processPages(
  pageIds: readonly number[],
  deps: ProcessPageDeps,
  options: { runId?: number } = {},
): Promise<BatchPageResult[]> {
  const { db } = deps;
  const pages = await loadPages(db, pageIds);
  const results = new Map<number, BatchPageResult>();
  const outcomes = new Map<number, PageProcessOutcome>();
  const articles: ArticleInput[] = [];
  const fail = (pageId: number, reason: string, recorded = true) => {
    results.set(pageId, { pageId, status: 'failed', reason });
    if (recorded) outcomes.set(pageId, { pageId, status: 'failed', error: reason });
  };

  let first = true;
  for (const pageId of new Set(pageIds)) {
    const page = pages.get(pageId);
    if (!page) {
      fail(pageId, 'page is not stored', false);
      continue;
    }
    if (page.body.byteLength === 0) {
      fail(pageId, `page has no stored body (HTTP ${page.httpStatus})`);
      continue;
    }
    // Extraction is a few milliseconds of CPU per page: let the event loop breathe between pages
    // (lock renewals, a crawl running in the same worker) instead of holding it for a whole batch.
    if (!first) await nextTurn();
    first = false;
    const homeProvince = page.sourceId && deps.homeProvinceOf ? await deps.homeProvinceOf(page.sourceId) : null;
    const result = processRawPage(
      { url: page.finalUrl || page.url, body: page.body, contentType: page.contentType, fetchedAt: page.fetchedAt },
      { homeProvince },
    );
    if (result.kind === 'error') {
      fail(pageId, result.reason);
    } else if (result.kind === 'skip') {
      results.set(pageId, { pageId, status: 'skipped', reason: result.reason });
      outcomes.set(pageId, { pageId, status: 'skipped', charset: result.charset });
    } else {
      articles.push({ pageId, sourceId: page.sourceId, url: page.url, article: result.article, classification: result.classification });
      outcomes.set(pageId, {
        pageId,
        status: 'processed',
        charset: result.article.charset,
        relevant: result.classification.relevant,
      });
    }
  }

  const stored = await storeArticles(db, articles);
  for (const input of articles) {
    const outcome = stored.get(input.pageId);
    if (outcome === undefined) continue;
    if (typeof outcome === 'string') fail(input.pageId, outcome);
    else results.set(input.pageId, { pageId: input.pageId, status: 'processed', articleId: outcome, relevant: input.classification.relevant });
  }
  await recordProcessOutcomes(db, [...outcomes.values()], options);
  return pageIds.map((pageId) => results.get(pageId) as BatchPageResult);
}

/**
 * Upserts the articles in one call; if the database refuses the batch, one by one, so that an
 * article whose content the database rejects fails alone. Gives per page the article id, or the
 * reason the article was refused.
 */
async function storeArticles(db: DatabaseHandle['db'], articles: readonly ArticleInput[]): Promise<Map<number, number | string>> {
  const stored = new Map<number, number | string>();
  if (articles.length === 0) return stored;
  try {
    const ids = await upsertArticles(db, articles);
    articles.forEach((input, index) => stored.set(input.pageId, ids[index] as number));
    return stored;
  } catch (error) {
    if (!isRefusedContent(error)) throw error;
    if (articles.length === 1) {
      stored.set((articles[0] as ArticleInput).pageId, refusal(error));
      return stored;
    }
  }
  for (const input of articles) {
    try {
      const [id] = await upsertArticles(db, [input]);
      stored.set(input.pageId, id as number);
    } catch (error) {
      if (!isRefusedContent(error)) throw error;
      stored.set(input.pageId, refusal(error));
    }
  }
  return stored;
}

function refusal(error: unknown): string {
  return `the database refused the article: ${error instanceof Error ? error.message : String(error)}`;
}

/** SQLSTATE class 22 (data exception) or 23 (integrity constraint violation): the row, not the server, is the problem. */
function isRefusedContent(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
