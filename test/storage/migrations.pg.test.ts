import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../storage/database.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import { migrations } from '../../storage/migrations/index.ts';
import { backends } from '../setup/postgres.ts';

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`migrations (${backend.name})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await backend.open();
    });
    afterAll(() => handle?.close());

    it('brings an empty database to the latest schema and records every migration', async () => {
      const applied = await handle.db
        .selectFrom('kysely_migration' as never)
        .select(sql<string>`name`.as('name'))
        .orderBy(sql`name`)
        .execute();
      expect(applied.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public'
      `.execute(handle.db);
      expect(tables.rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(['sources', 'crawl_runs', 'pages', 'articles', 'article_tags', 'provinces', 'countries']),
      );
    });

    it('runs nothing the second time', async () => {
      expect(await migrateToLatest(handle.db)).toEqual([]);
    });

    it('installs the extensions search relies on', async () => {
      const { rows } = await sql<{ plain: string; similar: number }>`
        select unaccent('Đồng Nai') as plain, similarity('Đà Nẵng', 'Đà Nẵng') as similar
      `.execute(handle.db);
      expect(rows[0]).toEqual({ plain: 'Dong Nai', similar: 1 });
    });

    it('folds Vietnamese capitals to lower case', async () => {
      const { rows } = await sql<{ folded: string }>`select lower('ĐỒNG NAI, THỪA THIÊN HUẾ') as folded`.execute(handle.db);
      expect(rows[0]?.folded).toBe('đồng nai, thừa thiên huế');
    });
  });
}
