import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../storage/database.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import { migrations } from '../../storage/migrations/index.ts';
import { CURRENT_PROVINCES, FORMER_PROVINCES } from '../../classifiers/data/provinces.ts';
import countries from 'i18n-iso-countries';
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

    it('tells the planner that testing an article\'s text costs more than comparing a number', async () => {
      const { rows } = await sql<{ cost: number }>`select procost as cost from pg_proc where proname = 'ts_match_vq'`.execute(handle.db);
      expect(Number(rows[0]?.cost)).toBe(100);
    });

    it('compresses the long fields of an article with lz4 where the server has it', async () => {
      const { rows } = await sql<{ column: string; method: string }>`
        select attname as column, attcompression as method from pg_attribute
        where attrelid = 'articles'::regclass and attname in ('text', 'search_vector', 'search_vector_folded')
      `.execute(handle.db);
      const { rows: builtWith } = await sql<{ lz4: boolean }>`
        select exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) as lz4
      `.execute(handle.db);
      const expected = builtWith[0]?.lz4 ? 'l' : '';
      expect(rows.map((row) => row.method)).toEqual([expected, expected, expected]);
    });

    it('folds Vietnamese capitals to lower case', async () => {
      const { rows } = await sql<{ folded: string }>`select lower('ĐỒNG NAI, THỪA THIÊN HUẾ') as folded`.execute(handle.db);
      expect(rows[0]?.folded).toBe('đồng nai, thừa thiên huế');
    });
    it('holds the 63 former and 34 current provincial units, every former one mapped to a current one', async () => {
      const rows = await handle.db.selectFrom('provinces').selectAll().orderBy('slug').execute();
      const former = rows.filter((row) => row.era === 'before-2025');
      const current = rows.filter((row) => row.era === 'current');
      expect(former).toHaveLength(63);
      expect(current).toHaveLength(34);
      const currentSlugs = new Set(current.map((row) => row.slug));
      expect(former.filter((row) => !currentSlugs.has(row.current_slug))).toEqual([]);
      expect(current.filter((row) => row.current_slug !== row.slug)).toEqual([]);
      // Every unit of today is the successor of at least one former unit.
      expect(new Set(former.map((row) => row.current_slug))).toEqual(currentSlugs);
      expect(rows.find((row) => row.slug === 'quang-nam')).toMatchObject({ name: 'Quảng Nam', current_slug: 'da-nang' });
      expect(rows.find((row) => row.slug === 'hue')).toMatchObject({ name: 'Huế', era: 'current', unit_type: 'thanh-pho' });
      expect(former.map((row) => row.slug).sort()).toEqual(FORMER_PROVINCES.map((unit) => unit.slug).sort());
      expect(current.map((row) => row.slug).sort()).toEqual(CURRENT_PROVINCES.map((unit) => unit.slug).sort());
    });

    it('holds every ISO 3166-1 country with both codes and a Vietnamese and an English name', async () => {
      const rows = await handle.db.selectFrom('countries').selectAll().execute();
      const codes = Object.keys(countries.getAlpha2Codes());
      expect(codes.length).toBeGreaterThanOrEqual(249);
      expect(rows.map((row) => row.alpha2).sort()).toEqual(codes.sort());
      for (const row of rows) {
        expect(row.alpha3).toMatch(/^[A-Z]{3}$/);
        expect(row.name_vi.trim()).not.toBe(''); // Italy is just 'Ý'
        expect(row.name_en.trim()).not.toBe('');
      }
      expect(rows.find((row) => row.alpha2 === 'LA')).toMatchObject({ alpha3: 'LAO', name_vi: expect.stringContaining('Lào') });
      expect(rows.find((row) => row.alpha2 === 'KR')).toMatchObject({ alpha3: 'KOR', name_vi: 'Hàn Quốc' });
    });

    it('names partner countries as the Vietnamese press does, not by the library\'s long or English forms', async () => {
      const rows = await handle.db.selectFrom('countries').select(['alpha2', 'name_vi']).where('alpha2', 'in', ['MY', 'AT', 'US', 'LA', 'RU', 'JP']).execute();
      expect(Object.fromEntries(rows.map((row) => [row.alpha2, row.name_vi]))).toEqual({
        MY: 'Malaysia',
        AT: 'Áo',
        US: 'Hoa Kỳ',
        LA: 'Lào',
        RU: 'Nga',
        JP: 'Nhật Bản',
      });
    });
  });
}
