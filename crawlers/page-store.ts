import type { Kysely } from 'kysely';
import { findPageValidators, findPageValidatorsOf, recordFetchFailure, storePage, touchStoredPage } from '../storage/pages-repository.ts';
import type { Database } from '../storage/tables/database.ts';
import type { PageStore } from './crawl-routes.ts';

/** The crawl's {@link PageStore} on the `pages` table. */
export function createPageStore(db: Kysely<Database>): PageStore {
  return {
    storePage: (page) => storePage(db, page),
    recordFetchFailure: (failure) => recordFetchFailure(db, failure),
    touchPage: (url, fetchedAt) => touchStoredPage(db, url, fetchedAt),
    findPageValidators: (url) => findPageValidators(db, url),
    findPageValidatorsOf: (urls) => findPageValidatorsOf(db, urls),
  };
}
