/**
 * Storage throughput: article+tags upserts through `upsertArticles` on each backend.
 *
 *   npm run bench:storage [-- --count 10000 --batch 250 --backend both|postgres|pglite]
 *
 * Every upsert writes the search vectors and tag arrays too (see storage/search/search-document.ts).
 * Each backend gets a fresh database (a new PostgreSQL database on the test server, an in-memory
 * PGlite), the pages are inserted first (not timed), then the articles are upserted twice: once
 * as new rows and once as a re-processing that replaces every article and its tags. Peak memory is
 * the highest RSS sampled during the run. CPU time per article is printed for this process and, when
 * the PostgreSQL server runs on this machine, for its processes serving the bench: on a shared
 * machine those move less than the rates do, and they show which side bounds the rate.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Classification, ExtractedArticle } from '../../pipeline/types.ts';
import { upsertArticles, type ArticleInput } from '../../storage/articles-repository.ts';
import { openDatabase, openMemoryDatabase, type DatabaseHandle } from '../../storage/database.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import {
  createScratchDatabase,
  dropScratchDatabase,
  postgresUnavailableReason,
  urlFor,
} from '../setup/postgres.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '250' },
    backend: { type: 'string', default: 'both' },
  },
});
const count = Number(values.count);
const batchSize = Number(values.batch);
const migrate = (handle: DatabaseHandle) => migrateToLatest(handle.db);

async function openPostgres(): Promise<DatabaseHandle> {
  const name = await createScratchDatabase();
  const handle = await openDatabase({ databaseUrl: urlFor(name), dataDir: '' }, { migrate: false });
  await migrate(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropScratchDatabase(name);
    },
  };
}

async function openPglite(): Promise<DatabaseHandle> {
  const handle = await openMemoryDatabase({ migrate: false });
  await migrate(handle);
  return handle;
}

// Words of ordinary foreign-affairs reporting, to give the text realistic length and letters.
const WORDS = (
  'tỉnh thành phố hợp tác quốc tế đoàn công tác hữu nghị nhân dân đối ngoại kinh tế thương mại đầu tư ' +
  'giáo dục văn hóa du lịch biên giới cửa khẩu hội nghị ký kết thỏa thuận ghi nhớ lãnh đạo chủ tịch ủy ban ' +
  'phó bí thư sở ngoại vụ đại sứ quán tổng lãnh sự doanh nghiệp nông sản xuất khẩu lao động học bổng ' +
  'sinh viên viện trợ phát triển bền vững chuyển đổi số kết nối hạ tầng giao thông cảng biển sân bay ' +
  'liên hoan giao lưu kỷ niệm năm thiết lập quan hệ ngoại giao kiều bào người Việt Nam ở nước ngoài'
).split(' ');
const PROVINCES = [
  ['quang-nam', 'da-nang'],
  ['da-nang', 'da-nang'],
  ['quang-ninh', 'quang-ninh'],
  ['ha-giang', 'tuyen-quang'],
  ['thua-thien-hue', 'hue'],
  ['binh-dinh', 'gia-lai'],
] as const;
const COUNTRIES = ['LA', 'KH', 'CN', 'KR', 'JP', 'US', 'FR', 'DE', 'IN', 'AU'];
const ACTIVITIES = ['delegation', 'agreement', 'economic', 'education', 'culture_exchange', 'aid'] as const;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About 3,000 characters of text and eight tags, different for every index. */
function generate(index: number, pageId: number): ArticleInput {
  const next = random(index + 1);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 2800) {
    const paragraph = Array.from({ length: 3 }, () => sentence(next, 12 + Math.floor(next() * 14))).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  const article: ExtractedArticle = {
    isArticle: true,
    title: sentence(next, 14),
    sapo: sentence(next, 30),
    text: paragraphs.join('\n'),
    author: 'Phóng viên',
    publishedAt: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
    modifiedAt: null,
    canonicalUrl: `https://bench.example.vn/bai-${index}.html`,
    language: 'vi',
    section: 'Đối ngoại',
    keywords: ['hợp tác', 'đối ngoại'],
    captions: [],
    charset: 'utf-8',
    method: 'generic',
    extractorVersion: 'bench',
  };
  const evidence = (start: number) => [{ field: 'body' as const, start, end: start + 8, text: article.text.slice(start, start + 8) }];
  const [named, current] = PROVINCES[index % PROVINCES.length]!;
  const classification: Classification = {
    relevance: next(),
    relevant: next() > 0.4,
    provinces: [
      { code: named, current, via: 'name', primary: true, confidence: 0.9, method: 'gazetteer', evidence: evidence(10) },
      { code: 'ha-noi', current: 'ha-noi', via: 'name', primary: false, confidence: 0.5, method: 'gazetteer', evidence: evidence(90) },
    ],
    countries: [0, 1, 2].map((k) => ({
      code: COUNTRIES[(index + k * 3) % COUNTRIES.length]!,
      confidence: 0.8,
      method: 'gazetteer' as const,
      evidence: evidence(200 + k * 40),
    })),
    regions: [],
    activities: [0, 1, 2].map((k) => ({
      code: ACTIVITIES[(index + k) % ACTIVITIES.length]!,
      confidence: 0.7,
      method: 'rule' as const,
      evidence: evidence(400 + k * 50),
    })),
    classifierVersion: 'bench',
  };
  return { pageId, sourceId: 'bench', url: article.canonicalUrl!, article, classification };
}

async function insertPages(handle: DatabaseHandle): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, k) => ({
      url: `https://bench.example.vn/bai-${start + k}.html`,
      final_url: `https://bench.example.vn/bai-${start + k}.html`,
      source_id: 'bench',
      fetched_at: new Date(),
      http_status: 200,
      etag: null,
      last_modified: null,
      content_type: 'text/html',
      body_gz: null,
      body_bytes: 0,
      body_sha256: null,
      status: 'processed' as const,
      error: null,
    }));
    const inserted = await handle.db.insertInto('pages').values(rows).returning('id').execute();
    ids.push(...inserted.map((row) => row.id));
  }
  return ids;
}

let peakRss = 0;
function sampleMemory(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

/**
 * CPU seconds used so far by the server processes serving this database, read from /proc: known
 * only when the server runs on this machine and /proc shows its processes (else undefined).
 */
async function serverCpuSeconds(handle: DatabaseHandle): Promise<number | undefined> {
  if (handle.backend !== 'postgres') return undefined;
  const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(handle.db);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      // Fields after the command name: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  }
  return ticks / CLOCK_TICKS;
}

// /proc/PID/stat counts in USER_HZ ticks, 100 a second on x86-64 and arm64 Linux.
const CLOCK_TICKS = 100;

interface UpsertRun {
  perSecond: number;
  /** CPU milliseconds per article: this process, and the database server when it can be read. */
  clientMs: number;
  serverMs: number | undefined;
}

/** Upserts every article batch by batch (generated on the fly, so memory shows the storage path, not the fixtures). */
async function timeUpserts(handle: DatabaseHandle, pageIds: number[]): Promise<UpsertRun> {
  const serverBefore = await serverCpuSeconds(handle);
  let seconds = 0;
  let cpuSeconds = 0;
  for (let start = 0; start < pageIds.length; start += batchSize) {
    // Generating the fixtures is not part of the measurement.
    const batch = pageIds.slice(start, start + batchSize).map((pageId, k) => generate(start + k, pageId));
    const started = performance.now();
    const cpu = process.cpuUsage();
    await upsertArticles(handle.db, batch);
    const used = process.cpuUsage(cpu);
    seconds += (performance.now() - started) / 1000;
    cpuSeconds += (used.user + used.system) / 1e6;
    sampleMemory();
  }
  const serverAfter = await serverCpuSeconds(handle);
  const perArticle = (cpu: number) => (cpu * 1000) / pageIds.length;
  return {
    perSecond: pageIds.length / seconds,
    clientMs: perArticle(cpuSeconds),
    serverMs: serverBefore === undefined || serverAfter === undefined ? undefined : perArticle(serverAfter - serverBefore),
  };
}

function cpuNote(run: UpsertRun): string {
  const server = run.serverMs === undefined ? '' : ` + server ${run.serverMs.toFixed(2)} ms`;
  return `this process ${run.clientMs.toFixed(2)} ms${server}`;
}

async function bench(name: string, open: () => Promise<DatabaseHandle>): Promise<void> {
  peakRss = 0;
  const sampler = setInterval(sampleMemory, 20);
  const handle = await open();
  try {
    const pageIds = await insertPages(handle);
    const sample = pageIds.slice(0, 100).map((pageId, index) => generate(index, pageId));
    const averageChars = sample.reduce((sum, input) => sum + input.article.text.length, 0) / sample.length;
    const tagsPerArticle = 8;
    const inserted = await timeUpserts(handle, pageIds);
    const replaced = await timeUpserts(handle, pageIds);
    const tags = await handle.db.selectFrom('article_tags').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    console.log(
      `${name.padEnd(8)} ${count} articles (~${Math.round(averageChars)} chars, ${tagsPerArticle} tags each; ${Number(tags.n)} tag rows), batches of ${batchSize}: ` +
        `new ${Math.round(inserted.perSecond)} upserts/s, re-process ${Math.round(replaced.perSecond)} upserts/s, ` +
        `peak RSS ${Math.round(peakRss / 1048576)} MiB`,
    );
    console.log(`${''.padEnd(8)} CPU per article, new: ${cpuNote(inserted)}; re-process: ${cpuNote(replaced)}`);
  } finally {
    clearInterval(sampler);
    await handle.close();
  }
}

if (values.backend === 'both' || values.backend === 'postgres') {
  const reason = await postgresUnavailableReason();
  if (reason) console.log(`postgres   skipped: ${reason}`);
  else await bench('postgres', openPostgres);
}
if (values.backend === 'both' || values.backend === 'pglite') {
  await bench('pglite', openPglite);
}
