import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addToCrawlRun,
  finishCrawlRun,
  latestCrawlRuns,
  startCrawlRun,
} from '../../storage/crawl-runs-repository.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import {
  deleteSourcesNotIn,
  getSource,
  listSources,
  setSourceEnabled,
  updateSourceHealth,
  upsertSources,
} from '../../storage/sources-repository.ts';
import type { NewSourceRow } from '../../storage/tables/sources.table.ts';
import { backends, truncateAll } from '../setup/postgres.ts';

function source(id: string, overrides: Partial<NewSourceRow> = {}): NewSourceRow {
  return {
    id,
    name: `Báo ${id}`,
    homepage: `https://${id}.vn/`,
    kind: 'provincial_paper',
    home_province: 'quang-ninh',
    config: JSON.stringify({ feeds: [`https://${id}.vn/rss`] }),
    schedule: '0 */2 * * *',
    enabled: true,
    disabled_reason: null,
    ...overrides,
  };
}

for (const backend of await backends()) {
  describe.skipIf(backend.skip)(`sources and crawl runs (${backend.name})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await backend.open();
    });
    afterAll(() => handle?.close());
    beforeEach(() => truncateAll(handle.db));

    it('writes the registry and updates it in place', async () => {
      expect(await upsertSources(handle.db, [source('baoquangninh'), source('baodanang')])).toBe(2);
      await upsertSources(handle.db, [source('baoquangninh', { name: 'Báo Quảng Ninh điện tử', schedule: '*/30 * * * *' })]);
      const rows = await listSources(handle.db);
      expect(rows.map((row) => row.id)).toEqual(['baodanang', 'baoquangninh']);
      const quangNinh = await getSource(handle.db, 'baoquangninh');
      expect(quangNinh).toMatchObject({ name: 'Báo Quảng Ninh điện tử', schedule: '*/30 * * * *', enabled: true });
      expect(quangNinh?.config).toEqual({ feeds: ['https://baoquangninh.vn/rss'] });
      expect(quangNinh?.health).toEqual({});
      expect(await getSource(handle.db, 'missing')).toBeUndefined();
    });

    it('does not re-enable a source disabled with a reason when the registry is synced again', async () => {
      await upsertSources(handle.db, [source('baoquangninh')]);
      expect(await setSourceEnabled(handle.db, 'baoquangninh', false, '5 failed crawls in a row')).toBe(true);
      await upsertSources(handle.db, [source('baoquangninh')]);
      expect(await getSource(handle.db, 'baoquangninh')).toMatchObject({
        enabled: false,
        disabled_reason: '5 failed crawls in a row',
      });
      await setSourceEnabled(handle.db, 'baoquangninh', true, null);
      expect(await getSource(handle.db, 'baoquangninh')).toMatchObject({ enabled: true, disabled_reason: null });
      await upsertSources(handle.db, [source('baoquangninh', { enabled: false })]);
      expect((await getSource(handle.db, 'baoquangninh'))?.enabled).toBe(false);
      expect(await setSourceEnabled(handle.db, 'missing', false, 'x')).toBe(false);
    });

    it('keeps a health record as JSON', async () => {
      await upsertSources(handle.db, [source('baodanang')]);
      const health = { consecutiveFailures: 2, entryPoints: { 'https://baodanang.vn/rss': { lastStatus: 503 } } };
      expect(await updateSourceHealth(handle.db, 'baodanang', health)).toBe(true);
      expect((await getSource(handle.db, 'baodanang'))?.health).toEqual(health);
    });

    it('deletes the sources that left the registry and keeps their runs', async () => {
      await upsertSources(handle.db, [source('a'), source('b'), source('c')]);
      const runId = await startCrawlRun(handle.db, 'c', 'schedule');
      expect(await deleteSourcesNotIn(handle.db, ['a'])).toEqual(['b', 'c']);
      expect((await listSources(handle.db)).map((row) => row.id)).toEqual(['a']);
      expect((await latestCrawlRuns(handle.db)).map((run) => run.id)).toEqual([runId]);
    });

    it('counts a run up atomically under concurrent reports and closes it', async () => {
      const runId = await startCrawlRun(handle.db, 'baodanang', 'cli');
      await Promise.all(
        Array.from({ length: 20 }, () => addToCrawlRun(handle.db, runId, { fetched: 1, discovered: 2, relevant: 0 })),
      );
      await addToCrawlRun(handle.db, runId, { articles_stored: 3, failed: 1 });
      await addToCrawlRun(handle.db, runId, {});
      await finishCrawlRun(handle.db, runId, 'failed', 'feed returned HTTP 500');
      const [run] = await latestCrawlRuns(handle.db);
      expect(run).toMatchObject({
        id: runId,
        source_id: 'baodanang',
        trigger: 'cli',
        status: 'failed',
        error: 'feed returned HTTP 500',
        fetched: 20,
        discovered: 40,
        articles_stored: 3,
        failed: 1,
        relevant: 0,
        unchanged: 0,
      });
      expect(run?.finished_at).toBeInstanceOf(Date);
    });

    it('gives the latest run of each source', async () => {
      const older = await startCrawlRun(handle.db, 'a', 'schedule');
      await finishCrawlRun(handle.db, older, 'succeeded');
      const newer = await startCrawlRun(handle.db, 'a', 'api');
      const other = await startCrawlRun(handle.db, 'b', 'schedule');
      const latest = await latestCrawlRuns(handle.db);
      expect(latest.map((run) => [run.source_id, run.id, run.status])).toEqual([
        ['a', newer, 'running'],
        ['b', other, 'running'],
      ]);
    });
  });
}
