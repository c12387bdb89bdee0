import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertArticle } from '../../storage/articles-repository.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { migrations } from '../../storage/migrations/index.ts';
import { storePage } from '../../storage/pages-repository.ts';
import { searchVectors } from '../../storage/search/search-document.ts';
import { backends } from '../setup/postgres.ts';
import { classified, extracted, rawPage } from './article-fixtures.ts';

/**
 * A database that stored articles while PostgreSQL triggers still computed the search vectors and
 * tag arrays: moving to 2026_11_24_100000 recomputes the vectors the way the repository now does,
 * removes the triggers, and keeps the tag arrays.
 */
for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`search vectors move from triggers to the repository (${backend.name})`, () => {
    let handle: DatabaseHandle;
    const migrator = () => new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const article = extracted({ title: 'Đà Nẵng hỗ trợ Lào phòng chống COVID-19', text: 'Thành phố trao tặng vật tư y tế cho tỉnh Sê Kông.' });

    beforeAll(async () => {
      handle = await backend.open();
      const { error } = await migrator().migrateTo('2026_11_23_200000_search');
      if (error) throw error;
      const { pageId } = await storePage(handle.db, rawPage('https://baodanang.vn/covid.html'));
      await upsertArticle(handle.db, { pageId, sourceId: 'baodanang', url: 'https://baodanang.vn/covid.html', article, classification: classified() });
    });
    afterAll(() => handle?.close());

    it('recomputes the stored vectors with the TypeScript tokeniser and keeps the tag arrays', async () => {
      // PostgreSQL's parser read `COVID-19` as `covid` and the signed number `-19`; ours reads `covid` and `19`.
      const before = await sql<{ found: boolean }>`select search_vector @@ '19'::tsquery as found from articles`.execute(handle.db);
      expect(before.rows[0]?.found).toBe(false);

      const { error } = await migrator().migrateToLatest();
      if (error) throw error;

      const expected = searchVectors(article);
      const { rows } = await sql<{ accented: boolean; folded: boolean; found: boolean; provinces: string[]; countries: string[] }>`
        select search_vector = ${expected.accented}::tsvector as accented,
          search_vector_folded = ${expected.folded}::tsvector as folded,
          search_vector @@ '19'::tsquery as found,
          province_codes as provinces, country_codes as countries
        from articles`.execute(handle.db);
      expect(rows[0]).toEqual({ accented: true, folded: true, found: true, provinces: ['da-nang', 'quang-nam'], countries: ['LA'] });
    });

    it('leaves no trigger on articles or their tags', async () => {
      const triggers = await sql<{ name: string }>`
        select tgname as name from pg_trigger where not tgisinternal and tgrelid in ('articles'::regclass, 'article_tags'::regclass)`.execute(handle.db);
      expect(triggers.rows).toEqual([]);
    });

    it('can be rolled back to the trigger version', async () => {
      const { error } = await migrator().migrateTo('2026_11_23_200000_search');
      if (error) throw error;
      const { rows } = await sql<{ found: boolean }>`select search_vector @@ '19'::tsquery as found from articles`.execute(handle.db);
      expect(rows[0]?.found).toBe(false);
    });
  });
}
