import { createHash } from 'node:crypto';
import { OUTLETS, generateArticles } from '../../../sample-site/catalog.ts';
import { renderArticle } from '../../../sample-site/render.ts';
import type { DatabaseHandle } from '../../../storage/database.ts';
import { storePage } from '../../../storage/pages-repository.ts';
import type { ProcessJobData } from '../../../pipeline/types.ts';

const SITE = 'http://127.0.0.1:9/';

/**
 * Stores `count` article pages of the sample site's first outlet straight into the database, as a
 * crawl would have, and returns the process jobs for them.
 */
export async function seedArticlePages(db: DatabaseHandle['db'], count: number): Promise<ProcessJobData[]> {
  const outlet = OUTLETS[0];
  if (!outlet) throw new Error('the sample site has no outlet');
  const articles = generateArticles(outlet, count, new Date('2026-11-20T01:00:00Z'));
  const jobs: ProcessJobData[] = [];
  for (const article of articles) {
    const url = new URL(article.path, SITE).toString();
    const body = new TextEncoder().encode(renderArticle(outlet, article, [], SITE.replace(/\/$/, '')));
    const { pageId } = await storePage(db, {
      url,
      finalUrl: url,
      fetchedAt: new Date(),
      httpStatus: 200,
      contentType: 'text/html; charset=utf-8',
      etag: null,
      lastModified: null,
      body,
      sourceId: null,
    });
    jobs.push({ pageId, url, version: createHash('sha256').update(body).digest('hex') });
  }
  return jobs;
}
