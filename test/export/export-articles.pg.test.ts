import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportArticles,
  exportToFile,
  streamSink,
  type ExportManifest,
  type ExportOptions,
} from '../../pipeline/export/export-articles.ts';
import { WIDE_COLUMNS } from '../../pipeline/export/export-rows.ts';
import { createCsvWriter, csvField } from '../../pipeline/export/format-writers.ts';
import { createParquetWriter } from '../../pipeline/export/parquet-writer.ts';
import type { DatabaseHandle } from '../../storage/database.ts';
import { parseSearchParams } from '../../storage/search/search-request.ts';
import { backends } from '../setup/postgres.ts';
import { fillerArticles, SEED_ARTICLES, seedArticles } from '../search/seed-articles.ts';

/** Minimal RFC 4180 reader for checking what the writer produced. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    [null, ''],
    [true, 'true'],
  ])('quotes %j as RFC 4180 asks', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

/** Everything an export writes, as one buffer. */
async function exportBytes(
  handle: DatabaseHandle,
  params: Record<string, string>,
  options: ExportOptions,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await exportArticles(handle, parseSearchParams(params), async (chunk) => void chunks.push(chunk), options);
  return Buffer.concat(chunks);
}

describe('CSV writer', () => {
  it('keeps a cell of half a million Vietnamese characters whole', async () => {
    const long = 'Đà Nẵng hợp tác, "giáo dục"\n'.repeat(20_000);
    const chunks: Uint8Array[] = [];
    const writer = createCsvWriter(WIDE_COLUMNS, async (chunk) => void chunks.push(chunk));
    const row = WIDE_COLUMNS.map(([name]) => (name === 'text' ? long : name === 'id' ? 1 : 'ô'));
    writer.writeRow(row);
    writer.writeRow(row);
    await writer.finish();
    const rows = parseCsv(Buffer.concat(chunks).toString('utf8').slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[2]![WIDE_COLUMNS.findIndex(([name]) => name === 'text')]).toBe(long);
  });
});

describe('stream sink', () => {
  it('fails a write that waits for room when the reader goes away', async () => {
    const download = new PassThrough({ highWaterMark: 1 });
    const write = streamSink(download)(new Uint8Array(64));
    download.destroy();
    await expect(write).rejects.toThrow('closed before the export finished');
    await expect(streamSink(download)(new Uint8Array(1))).rejects.toThrow(
      'closed before the export finished',
    );
  });
});

describe('Parquet writer', () => {
  it('gathers database batches into row groups of the size asked for', async () => {
    const chunks: Uint8Array[] = [];
    const writer = createParquetWriter(WIDE_COLUMNS, async (chunk) => void chunks.push(chunk), 3);
    for (let id = 1; id <= 7; id++) {
      writer.writeRow(
        WIDE_COLUMNS.map(([name, type]) => (name === 'id' ? id : type === 'string' ? `Huế ${id}` : null)),
      );
      await writer.endBatch();
    }
    await writer.finish();
    const bytes = Buffer.concat(chunks);
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(parquetMetadata(file).row_groups.map((group) => Number(group.num_rows))).toEqual([3, 3, 1]);
    const rows = await parquetReadObjects({ file });
    expect(rows.map((row) => Number(row.id))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[6]!.text).toBe('Huế 7');
  });
});

const engines = await backends();
for (const backend of engines) {
  describe.skipIf(backend.skip)(`export (${backend.name})`, () => {
    let handle: DatabaseHandle;
    let dir: string;
    const relevantCount = SEED_ARTICLES.filter((seed) => seed.relevant).length + 25;
    beforeAll(async () => {
      handle = await backend.open();
      await seedArticles(handle.db, [...SEED_ARTICLES, ...fillerArticles(25)]);
      dir = await mkdtemp(join(tmpdir(), 'vnnews-export-'));
    });
    afterAll(async () => {
      await handle?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('writes CSV with a BOM, intact Vietnamese, one row per article and a matching manifest', async () => {
      const out = join(dir, 'articles.csv');
      const { manifest } = await exportToFile(handle, parseSearchParams({}), out, {
        format: 'csv',
        batchSize: 7,
      });
      const bytes = await readFile(out);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      const header = rows[0]!;
      expect(header.slice(0, 3)).toEqual(['id', 'url', 'published_at']);
      expect(rows.length - 1).toBe(relevantCount);
      expect(manifest.rows).toBe(rows.length - 1);
      const quangNam = rows.find(
        (row) => row[header.indexOf('title')] === 'Quảng Nam tiếp đoàn doanh nghiệp Ấn Độ',
      )!;
      expect(quangNam[header.indexOf('provinces_current')]).toBe('da-nang');
      expect(quangNam[header.indexOf('primary_province_name')]).toBe('Quảng Nam');
      expect(quangNam[header.indexOf('country_names')]).toBe('Ấn Độ');
      expect(quangNam[header.indexOf('text')]).toContain('\n');
      const written: ExportManifest = JSON.parse(await readFile(`${out}.manifest.json`, 'utf8'));
      expect(written.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(written.classifierVersions).toEqual(['classify-test-1']);
      expect(written.extractorVersions).toEqual(['extract-test-1']);
      expect(written.filters.relevantOnly).toBe(true);
    });

    it('writes JSONL lines that each parse, filtered like a search', async () => {
      const out = join(dir, 'india.jsonl');
      const { manifest } = await exportToFile(handle, parseSearchParams({ country: 'IN', q: 'Ấn Độ' }), out, {
        format: 'jsonl',
      });
      const lines = (await readFile(out, 'utf8')).trimEnd().split('\n');
      const objects = lines.map((line) => JSON.parse(line));
      expect(objects.map((o) => o.countries)).toEqual(['IN', 'IN']);
      expect(manifest.rows).toBe(2);
      expect(manifest.filters.countries).toEqual(['IN']);
    });

    it('writes Parquet that a Parquet reader reads back', async () => {
      const out = join(dir, 'articles.parquet');
      const { manifest } = await exportToFile(handle, parseSearchParams({}), out, {
        format: 'parquet',
        batchSize: 10,
      });
      const buffer = await readFile(out);
      const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
      const rows = await parquetReadObjects({ file });
      expect(rows.length).toBe(manifest.rows);
      expect(rows.map((row) => row.title)).toContain('Lễ hội giao lưu văn hóa Khánh Hoà - Hàn Quốc');
      const hue = rows.find((row) => row.title === 'Thừa Thiên Huế đón đoàn tình nguyện viên Nhật Bản')!;
      expect(hue.published_at).toBeNull();
      expect(hue.provinces_current).toBe('hue');
      expect(typeof hue.relevant).toBe('boolean');
    });

    it('writes one row per tag with its evidence in the long layout', async () => {
      const chunks: Uint8Array[] = [];
      const summary = await exportArticles(
        handle,
        parseSearchParams({ q: '"Hàn Quốc"' }),
        async (chunk) => {
          chunks.push(chunk);
        },
        { format: 'jsonl', long: true },
      );
      const rows = Buffer.concat(chunks)
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(summary.rows).toBe(rows.length);
      expect(rows.map((row) => `${row.kind}:${row.code}`).sort()).toEqual([
        'activity:culture_exchange',
        'country:KR',
        'province:khanh-hoa',
      ]);
      const country = rows.find((row) => row.kind === 'country');
      expect(country.evidence_text).toBe('Hàn Quốc');
      expect(JSON.parse(country.evidence)[0]).toMatchObject({ field: 'title', text: 'Hàn Quốc' });
    });

    it('writes the same rows whatever the batch size, in both layouts', async () => {
      for (const long of [false, true]) {
        const small = await exportBytes(handle, {}, { format: 'jsonl', long, batchSize: 2 });
        const large = await exportBytes(handle, {}, { format: 'jsonl', long, batchSize: 1000 });
        expect(small.toString('utf8')).toBe(large.toString('utf8'));
        const ids = small
          .toString('utf8')
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line)[long ? 'article_id' : 'id']);
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
      }
    });

    it('gives the database back when the download is cut half-way', async () => {
      // A client that reads the first chunk and goes away; nothing drains the stream after that.
      const download = new PassThrough({ highWaterMark: 1 });
      download.once('data', () => download.destroy());
      const cut = exportArticles(handle, parseSearchParams({}), streamSink(download), {
        format: 'csv',
        batchSize: 3,
      });
      await expect(cut).rejects.toThrow('closed before the export finished');
      // PGlite has one connection: a transaction left open would make this query wait forever.
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from articles`.execute(handle.db);
      expect(rows[0]!.n).toBeGreaterThan(0);
      if (handle.backend === 'postgres') {
        const open = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(
          handle.db,
        );
        expect(open.rows[0]!.n).toBe(0);
      }
    });

    it('writes only a header for an empty result', async () => {
      const out = join(dir, 'empty.csv');
      const { manifest } = await exportToFile(handle, parseSearchParams({ q: 'zzzkhongco' }), out, {
        format: 'csv',
      });
      expect(manifest.rows).toBe(0);
      expect(parseCsv((await readFile(out, 'utf8')).slice(1))).toHaveLength(1);
    });
  });
}

const postgres = engines.find((engine) => engine.name === 'postgres')!;
describe.skipIf(postgres.skip)('export on PostgreSQL and on PGlite', () => {
  const handles: DatabaseHandle[] = [];
  beforeAll(async () => {
    for (const engine of engines) {
      const handle = await engine.open();
      handles.push(handle);
      await seedArticles(handle.db, [...SEED_ARTICLES, ...fillerArticles(12)]);
    }
  });
  afterAll(async () => {
    for (const handle of handles) await handle.close();
  });

  it.each([
    ['csv', false],
    ['csv', true],
    ['jsonl', false],
    ['jsonl', true],
    ['parquet', false],
    ['parquet', true],
  ] as const)('writes the same %s bytes from both engines (long layout: %s)', async (format, long) => {
    const [pglite, pg] = await Promise.all(
      handles.map((handle) => exportBytes(handle, { relevantOnly: 'false' }, { format, long, batchSize: 4 })),
    );
    expect(pglite!.byteLength).toBeGreaterThan(0);
    expect(pg!.equals(pglite!)).toBe(true);
  });
});
