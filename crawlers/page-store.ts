import type { Kysely } from 'kysely';
import {
  findPageValidators,
  findPageValidatorsOf,
  recordFetchFailure,
  storePages,
  touchStoredPage,
  type StorePageResult,
} from '../storage/pages-repository.ts';
import type { Database } from '../storage/tables/database.ts';
import type { PageStore } from './crawl-routes.ts';

/** Pages stored in one statement at most. */
const MAX_PAGES_PER_STORE = 32;

/** The crawl's {@link PageStore} on the `pages` table. */
export function createPageStore(db: Kysely<Database>): PageStore {
  const storePage = groupedStore(db);
  return {
    storePage,
    recordFetchFailure: (failure) => recordFetchFailure(db, failure),
    touchPage: (url, fetchedAt) => touchStoredPage(db, url, fetchedAt),
    findPageValidators: (url) => findPageValidators(db, url),
    findPageValidatorsOf: (urls) => findPageValidatorsOf(db, urls),
  };
}

type PageToStore = Parameters<PageStore['storePage']>[0];
interface Waiting {
  page: PageToStore;
  resolve(result: StorePageResult): void;
  reject(error: unknown): void;
}

/**
 * Stores pages as the crawl's request handlers hand them in, several per statement: pages that
 * arrive while a store is under way wait for it and go together in the next one (group commit).
 * A lone page goes at the next turn of the event loop, so a slow crawl waits for nothing. A crawl
 * of many pages at once makes one statement and one commit for every few pages instead of one per
 * page. If a grouped store fails, its pages are stored one by one, so one bad page fails alone.
 */
function groupedStore(db: Kysely<Database>): (page: PageToStore) => Promise<StorePageResult> {
  let waiting: Waiting[] = [];
  let storing = false;
  let scheduled = false;

  const schedule = () => {
    if (scheduled || storing) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      void storeWaiting();
    });
  };

  async function storeWaiting(): Promise<void> {
    if (waiting.length === 0) return;
    storing = true;
    const batch: Waiting[] = [];
    const later: Waiting[] = [];
    const urls = new Set<string>();
    for (const item of waiting) {
      if (batch.length < MAX_PAGES_PER_STORE && !urls.has(item.page.url)) {
        batch.push(item);
        urls.add(item.page.url);
      } else {
        later.push(item);
      }
    }
    waiting = later;
    try {
      const results = await storePages(db, batch.map((item) => item.page));
      batch.forEach((item, index) => item.resolve(results[index] as StorePageResult));
    } catch (error) {
      if (batch.length === 1) (batch[0] as Waiting).reject(error);
      else await Promise.all(batch.map((item) => storePages(db, [item.page]).then(([result]) => item.resolve(result as StorePageResult), item.reject)));
    } finally {
      storing = false;
      schedule();
    }
  }

  return (page) =>
    new Promise<StorePageResult>((resolve, reject) => {
      waiting.push({ page, resolve, reject });
      schedule();
    });
}
