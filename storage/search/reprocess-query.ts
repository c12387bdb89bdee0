import type { Kysely } from 'kysely';
import type { PageStatus } from '../tables/pages.table.ts';
import type { Database } from '../tables/database.ts';

/** Which stored pages to extract and tag again. No field set: every page. */
export interface ReprocessFilter {
  sourceIds?: readonly string[];
  /** Pages fetched on or after this day (`YYYY-MM-DD`, Asia/Ho_Chi_Minh). */
  since?: string;
  statuses?: readonly PageStatus[];
}

function filtered(db: Kysely<Database>, filter: ReprocessFilter) {
  let query = db.selectFrom('pages').where('body_gz', 'is not', null);
  if (filter.sourceIds?.length) query = query.where('source_id', 'in', [...filter.sourceIds]);
  if (filter.statuses?.length) query = query.where('status', 'in', [...filter.statuses]);
  if (filter.since) query = query.where('fetched_at', '>=', new Date(`${filter.since}T00:00:00+07:00`));
  return query;
}

/** How many pages the filter selects. */
export async function countPagesToReprocess(db: Kysely<Database>, filter: ReprocessFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The next `limit` pages after `afterId`, in id order (keyset, so pages may be updated meanwhile). */
export async function listPagesToReprocess(
  db: Kysely<Database>,
  filter: ReprocessFilter,
  options: { afterId: number; limit: number },
): Promise<Array<{ id: number; url: string }>> {
  const rows = await filtered(db, filter)
    .select(['id', 'url'])
    .where('id', '>', options.afterId)
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({ id: Number(row.id), url: row.url }));
}
