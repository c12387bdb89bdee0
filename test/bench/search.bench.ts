/**
 * Search and export benchmark (issue 6): `npm run bench:search`.
 *
 * 1. Generates BENCH_ARTICLES (default 300,000) articles from templates and the gazetteers
 *    (provinces of both eras, countries with Vietnamese names, activity cue phrases) into a
 *    PostgreSQL database, bulk-loaded with multi-row `insert … select from unnest(…)` batches; the
 *    search vectors come from the repository's own `searchVectors`, and the search indexes are
 *    built after the load.
 * 2. Runs BENCH_QUERIES (default 240) mixed searches through `searchArticles`, each with facets:
 *    text only, text + filters, filters only; prints p50/p95/max per kind and overall.
 * 3. Exports every relevant article to CSV and prints rows/s and the peak RSS during the export.
 *
 * The loaded database `vnnews_bench_search` is kept and reused by the next run when its article
 * count and generator version match; `--fresh` loads it again.
 *
 * Env: TEST_POSTGRES_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_ARTICLES, BENCH_QUERIES, BENCH_DATABASE (default vnnews_bench_search), BENCH_SLOWEST (print
 * that many of the slowest queries with their parameters).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ACTIVITIES } from '../../classifiers/data/activities.ts';
import { CURRENT_PROVINCES, FORMER_PROVINCES } from '../../classifiers/data/provinces.ts';
import { exportToFile } from '../../pipeline/export/export-articles.ts';
import { fingerprintText } from '../../pipeline/fingerprint.ts';
import { openDatabase } from '../../storage/database.ts';
import { searchArticles } from '../../storage/search/search-articles.ts';
import { searchVectors } from '../../storage/search/search-document.ts';
import { parseSearchParams } from '../../storage/search/search-request.ts';
import type { SearchParams } from '../../server/api-types.ts';
import { urlFor } from '../setup/postgres.ts';
import { seededRandom } from '../../pipeline/seeded-random.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 300_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 240);
const BATCH = 2_000;

// Re-seeded per batch, so the data does not depend on how the two loaders interleave.
let random = seededRandom(20261123);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Gazetteers: real names; templates: sentences written for this benchmark.
const PROVINCES = FORMER_PROVINCES.map((unit) => ({ slug: unit.slug, name: unit.name, current: unit.current }));
const COUNTRIES: Array<{ code: string; name: string }> = [
  ['IN', 'Ấn Độ'], ['LA', 'Lào'], ['KH', 'Campuchia'], ['JP', 'Nhật Bản'], ['KR', 'Hàn Quốc'], ['CN', 'Trung Quốc'],
  ['US', 'Hoa Kỳ'], ['FR', 'Pháp'], ['DE', 'Đức'], ['RU', 'Nga'], ['AU', 'Australia'], ['TH', 'Thái Lan'],
  ['SG', 'Singapore'], ['GB', 'Vương quốc Anh'], ['IT', 'Italy'], ['CU', 'Cuba'], ['NZ', 'New Zealand'], ['CA', 'Canada'],
].map(([code, name]) => ({ code: code!, name: name! }));
const ACTIVITY_CUES = ACTIVITIES.map((activity) => ({
  code: activity.code,
  cues: activity.cues.map((cue) => cue.phrase).filter((phrase) => phrase.split(' ').length >= 2).slice(0, 6),
})).filter((activity) => activity.cues.length > 0);
const SOURCES = [...CURRENT_PROVINCES.map((unit) => `bao${unit.slug.replace(/-/g, '')}`), 'thoidai', 'vnexpress', 'nhandan'];

const OPENINGS = [
  'Chiều {day}/{month}, lãnh đạo UBND tỉnh {province} đã tiếp đoàn công tác của {country}.',
  'Sáng {day}/{month}, tại {province} đã diễn ra {cue} với sự tham gia của đại diện {country}.',
  'Ngày {day}/{month}, Sở Ngoại vụ {province} phối hợp với Đại sứ quán {country} tổ chức {cue}.',
  'Thực hiện kế hoạch năm {year}, {province} tiếp tục đẩy mạnh {cue} với các đối tác {country}.',
];
const MIDDLES = [
  'Hai bên đã trao đổi về các lĩnh vực hợp tác tiềm năng như giáo dục, y tế, nông nghiệp và du lịch.',
  'Phát biểu tại buổi làm việc, đại diện {country} đánh giá cao tiềm năng phát triển của {province}.',
  'Chương trình nhằm tăng cường tình hữu nghị và sự hiểu biết lẫn nhau giữa nhân dân hai nước.',
  'Dịp này, các doanh nghiệp của {country} bày tỏ mong muốn mở rộng đầu tư vào các khu công nghiệp của tỉnh.',
  'Nhiều suất học bổng đã được trao cho sinh viên có hoàn cảnh khó khăn, góp phần thúc đẩy hợp tác giáo dục.',
  'Các đại biểu cũng thống nhất sẽ tổ chức thêm nhiều hoạt động giao lưu văn hóa, nghệ thuật trong thời gian tới.',
  'Tỉnh cam kết tạo điều kiện thuận lợi để các dự án viện trợ phi chính phủ nước ngoài được triển khai hiệu quả.',
  'Kết thúc chuyến thăm, hai bên đã ký kết biên bản ghi nhớ về hợp tác trong giai đoạn {year} - {year2}.',
];
const CLOSINGS = [
  'Hoạt động góp phần nâng cao vị thế và hình ảnh của {province} trong mắt bạn bè quốc tế.',
  'Đây là dịp để {province} quảng bá tiềm năng, thế mạnh của địa phương.',
  'Thời gian tới, hai bên sẽ tiếp tục phối hợp triển khai các nội dung đã thống nhất.',
];
const TITLES = [
  '{province} tiếp đoàn {country}',
  '{province} đẩy mạnh {cue} với {country}',
  'Tăng cường hợp tác giữa {province} và {country}',
  '{cue} {province} - {country} năm {year}',
  'Lãnh đạo {province} làm việc với Đại sứ {country}',
];
const IRRELEVANT_TITLES = ['Giải bóng đá thiếu niên {province} khai mạc', 'Thời tiết {province} chuyển lạnh', '{province} sửa chữa tuyến đường liên xã'];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

interface Generated {
  url: string;
  source: string;
  title: string;
  sapo: string;
  text: string;
  publishedAt: Date;
  relevant: boolean;
  relevance: number;
  fingerprint: string;
  tags: Array<{ kind: string; code: string; primary: boolean; confidence: number; current: string | null; evidence: string }>;
}

function generate(i: number): Generated {
  const province = pick(PROVINCES);
  const other = random() < 0.3 ? pick(PROVINCES) : undefined;
  const country = pick(COUNTRIES);
  const second = random() < 0.25 ? pick(COUNTRIES) : undefined;
  const activity = pick(ACTIVITY_CUES);
  const cue = pick(activity.cues);
  const published = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 8 * 365) * 86_400_000 + 3 * 3600_000);
  const year = String(published.getUTCFullYear());
  const values = {
    province: province.name,
    country: country.name,
    cue,
    day: String(published.getUTCDate()),
    month: String(published.getUTCMonth() + 1),
    year,
    year2: String(published.getUTCFullYear() + 5),
  };
  const relevant = random() < 0.8;
  const title = fill(pick(relevant ? TITLES : IRRELEVANT_TITLES), values);
  const sapo = fill(pick(OPENINGS), values);
  const middles = Array.from({ length: 3 + Math.floor(random() * 4) }, () => fill(pick(MIDDLES), values));
  if (second) middles.push(`Cùng tham dự còn có đại diện ${second.name}.`);
  if (other) middles.push(`Đoàn cũng đã đến thăm và làm việc tại ${other.name}.`);
  const text = [...middles, fill(pick(CLOSINGS), values)].join('\n');
  const evidence = (phrase: string) => JSON.stringify([{ field: 'title', start: 0, end: phrase.length, text: phrase }]);
  const tags: Generated['tags'] = [
    { kind: 'province', code: province.slug, primary: true, confidence: 0.9, current: province.current, evidence: evidence(province.name) },
  ];
  if (other && other.slug !== province.slug) {
    tags.push({ kind: 'province', code: other.slug, primary: false, confidence: 0.7, current: other.current, evidence: evidence(other.name) });
  }
  if (relevant) {
    tags.push({ kind: 'country', code: country.code, primary: false, confidence: 0.5 + random() / 2, current: null, evidence: evidence(country.name) });
    if (second && second.code !== country.code) {
      tags.push({ kind: 'country', code: second.code, primary: false, confidence: 0.6, current: null, evidence: evidence(second.name) });
    }
    tags.push({ kind: 'activity', code: activity.code, primary: false, confidence: 0.8, current: null, evidence: evidence(cue) });
  }
  const source = random() < 0.6 ? `bao${province.current.replace(/-/g, '')}` : pick(SOURCES);
  return {
    url: `https://${source}.example.vn/tin-${i}.html`,
    source,
    title,
    sapo,
    text,
    publishedAt: published,
    relevant,
    relevance: relevant ? 0.7 + random() * 0.3 : random() * 0.3,
    fingerprint: fingerprintText(`${sapo}\n${text}`),
    tags,
  };
}

const SEARCH_INDEXES = [
  ['articles_search_vector_idx', 'create index articles_search_vector_idx on articles using gin (search_vector)'],
  ['articles_search_vector_folded_idx', 'create index articles_search_vector_folded_idx on articles using gin (search_vector_folded)'],
  ['articles_province_codes_idx', 'create index articles_province_codes_idx on articles using gin (province_codes)'],
  ['articles_province_current_codes_idx', 'create index articles_province_current_codes_idx on articles using gin (province_current_codes)'],
  ['articles_country_codes_idx', 'create index articles_country_codes_idx on articles using gin (country_codes)'],
  ['articles_activity_codes_idx', 'create index articles_activity_codes_idx on articles using gin (activity_codes)'],
] as const;

const LOADERS = 2;

/** Distinct codes, sorted: what the repository stores in the tag arrays. */
const codesOf = (tags: Generated['tags'], kind: string, current = false): string[] =>
  [...new Set(tags.filter((t) => t.kind === kind).map((t) => (current ? t.current : t.code)).filter((c): c is string => c !== null))].sort();

/**
 * Loads the generated articles, two connections at a time, with the search indexes dropped until
 * the end. The vectors are computed by `searchVectors`, as the repository does.
 */
async function load(clients: pg.Client[]): Promise<void> {
  const client = clients[0]!;
  for (const [name] of SEARCH_INDEXES) await client.query(`drop index ${name}`);
  const started = performance.now();
  let loaded = 0;
  const spent = { generate: 0, pages: 0, articles: 0, tags: 0 };
  let mark = performance.now();
  const lap = (key: keyof typeof spent) => {
    const now = performance.now();
    spent[key] += now - mark;
    mark = now;
  };
  const loadBatch = async (client: pg.Client, offset: number) => {
    mark = performance.now();
    random = seededRandom(20261123 + offset);
    const batch = Array.from({ length: Math.min(BATCH, ARTICLES - offset) }, (_, k) => generate(offset + k));
    const vectors = batch.map(searchVectors);
    lap('generate');
    const pages = await client.query<{ id: string }>(
      `insert into pages (url, final_url, source_id, fetched_at, http_status, status, body_bytes)
       select u, u, s, f, 200, 'processed', 0 from unnest($1::text[], $2::text[], $3::timestamptz[]) as t(u, s, f)
       returning id`,
      [batch.map((a) => a.url), batch.map((a) => a.source), batch.map((a) => a.publishedAt)],
    );
    lap('pages');
    // Arrays of arrays cannot go through unnest with differing lengths: each is sent as a '{…}' literal.
    const arrayLiteral = (codes: string[]) => `{${codes.join(',')}}`;
    const articles = await client.query<{ id: string }>(
      `insert into articles (page_id, source_id, url, title, sapo, text, published_at, fingerprint, relevance, relevant, extractor_version, classifier_version, language,
         province_codes, province_current_codes, country_codes, activity_codes, search_vector, search_vector_folded)
       select p, s, u, ti, sa, te, pub, fp, r, rel, 'bench-extract', 'bench-classify', 'vi', pc::text[], pcc::text[], cc::text[], ac::text[],
         sv::tsvector, svf::tsvector
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[], $8::text[], $9::float8[], $10::bool[],
         $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
         as t(p, s, u, ti, sa, te, pub, fp, r, rel, pc, pcc, cc, ac, sv, svf)
       returning id`,
      [
        pages.rows.map((row) => row.id),
        batch.map((a) => a.source),
        batch.map((a) => a.url),
        batch.map((a) => a.title),
        batch.map((a) => a.sapo),
        batch.map((a) => a.text),
        batch.map((a) => a.publishedAt),
        batch.map((a) => a.fingerprint),
        batch.map((a) => a.relevance),
        batch.map((a) => a.relevant),
        batch.map((a) => arrayLiteral(codesOf(a.tags, 'province'))),
        batch.map((a) => arrayLiteral(codesOf(a.tags, 'province', true))),
        batch.map((a) => arrayLiteral(codesOf(a.tags, 'country'))),
        batch.map((a) => arrayLiteral(codesOf(a.tags, 'activity'))),
        vectors.map((v) => v.accented),
        vectors.map((v) => v.folded),
      ],
    );
    lap('articles');
    const tags = batch.flatMap((article, k) => article.tags.map((tag) => ({ ...tag, articleId: articles.rows[k]!.id })));
    await client.query(
      `insert into article_tags (article_id, kind, code, is_primary, confidence, method, evidence, current_code, via)
       select a, k, c, p, conf, 'gazetteer', e::jsonb, cur, case when k = 'province' then 'name' end
       from unnest($1::bigint[], $2::text[], $3::text[], $4::bool[], $5::float8[], $6::text[], $7::text[]) as t(a, k, c, p, conf, e, cur)`,
      [
        tags.map((t) => t.articleId),
        tags.map((t) => t.kind),
        tags.map((t) => t.code),
        tags.map((t) => t.primary),
        tags.map((t) => t.confidence),
        tags.map((t) => t.evidence),
        tags.map((t) => t.current),
      ],
    );
    lap('tags');
    loaded += batch.length;
    if ((offset / BATCH) % 10 === 0) {
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`\rloaded ${loaded}/${ARTICLES} articles (${Math.round(loaded / seconds)}/s)   `);
    }
  };
  await Promise.all(
    clients.map(async (loader, w) => {
      for (let offset = w * BATCH; offset < ARTICLES; offset += clients.length * BATCH) await loadBatch(loader, offset);
    }),
  );
  process.stderr.write(`\nload time by step (s, both loaders): ${Object.entries(spent).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ')}`);
  process.stderr.write(`\nloaded ${ARTICLES} articles in ${((performance.now() - started) / 1000).toFixed(0)} s; building indexes…\n`);
  const indexStarted = performance.now();
  await client.query(`vacuum articles`);
  await client.query(`set maintenance_work_mem = '256MB'`);
  // Two index builds at a time, one per connection.
  const ddl = SEARCH_INDEXES.map(([, statement]) => statement);
  await Promise.all(
    clients.map(async (loader, w) => {
      await loader.query(`set maintenance_work_mem = '128MB'`);
      for (let i = w; i < ddl.length; i += clients.length) await loader.query(ddl[i]!);
    }),
  );
  await client.query('vacuum analyze articles');
  await client.query('vacuum analyze article_tags');
  await client.query(`create table bench_meta (generator text not null, articles int not null)`);
  await client.query(`insert into bench_meta values ($1, $2)`, [GENERATOR_VERSION, ARTICLES]);
  process.stderr.write(`indexes and analyze: ${((performance.now() - indexStarted) / 1000).toFixed(0)} s\n`);
}

function queries(): Array<{ kind: string; params: SearchParams }> {
  const texts = [
    'hợp tác giáo dục', 'hop tac giao duc', 'học bổng', 'hoc bong sinh vien', '"biên bản ghi nhớ"', 'đầu tư khu công nghiệp',
    'giao lưu văn hóa', 'giao luu van hoa', 'viện trợ phi chính phủ', 'đại sứ quán', 'dai su', 'hữu nghị -"du lịch"',
    'Nhật Bản OR "Hàn Quốc"', 'quảng bá hình ảnh', 'y tế nông nghiệp', 'Đà Nẵng', 'Quang Nam', 'Khánh Hòa', 'tiep doan',
    'kỷ niệm năm', 'ký kết', 'Campuchia', 'Ấn Độ',
  ];
  const filterSets: SearchParams[] = [];
  for (const unit of CURRENT_PROVINCES) filterSets.push({ province: unit.slug, provinceMode: 'current' });
  for (const unit of FORMER_PROVINCES.slice(0, 30)) filterSets.push({ province: unit.slug });
  for (const country of COUNTRIES) filterSets.push({ country: country.code });
  for (const activity of ACTIVITY_CUES) filterSets.push({ activity: activity.code });
  filterSets.push({ country: 'IN', province: 'da-nang', provinceMode: 'current', from: '2022-01-01', to: '2022-12-31' });
  filterSets.push({ from: '2024-01-01', to: '2024-03-31' });
  filterSets.push({ country: 'JP', minConfidence: 0.8 });
  filterSets.push({ relevantOnly: false });
  filterSets.push({});
  const out: Array<{ kind: string; params: SearchParams }> = [];
  for (let i = 0; out.length < QUERIES; i++) {
    const kind = ['text', 'text+filters', 'filters'][i % 3]!;
    const q = pick(texts);
    const filters = pick(filterSets);
    const params: SearchParams = kind === 'text' ? { q } : kind === 'filters' ? { ...filters } : { q, ...filters };
    if (random() < 0.3) params.sort = 'date';
    out.push({ kind, params });
  }
  return out;
}

interface ExportResult {
  rows: number;
  bytes: number;
  seconds: number;
  maxRssBytes: number;
}

/** The export runs in its own process so its peak RSS is not the loader's. */
function exportInChild(url: string, out: string): Promise<ExportResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_EXPORT_URL: url, BENCH_EXPORT_OUT: out },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`export process exited with ${code}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1)!) as ExportResult);
    });
  });
}

async function exportOnly(url: string, out: string): Promise<void> {
  const database = await openDatabase({ databaseUrl: url, dataDir: '' }, { migrate: false });
  try {
    const started = performance.now();
    const { manifest } = await exportToFile(database, parseSearchParams({}), out, { format: 'csv' });
    const result: ExportResult = {
      rows: manifest.rows,
      bytes: manifest.bytes,
      seconds: (performance.now() - started) / 1000,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await database.close();
  }
}

/** Bump when the generator or the load changes what a kept database holds. */
const GENERATOR_VERSION = 'g3';
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'vnnews_bench_search';
if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_DATABASE)) throw new Error(`BENCH_DATABASE: expected a plain database name, got ${BENCH_DATABASE}`);

/**
 * The bench database: kept between runs and reused when it holds BENCH_ARTICLES articles of this
 * generator version; otherwise (or with `--fresh`) dropped and made again, migrated and empty.
 */
async function benchDatabase(): Promise<{ name: string; reuse: boolean }> {
  const admin = new pg.Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    const exists = (await admin.query(`select 1 from pg_database where datname = $1`, [BENCH_DATABASE])).rowCount === 1;
    if (exists && !process.argv.includes('--fresh')) {
      const client = new pg.Client({ connectionString: urlFor(BENCH_DATABASE) });
      await client.connect();
      try {
        const meta = await client
          .query<{ generator: string; articles: number }>(`select generator, articles from bench_meta`)
          .catch(() => ({ rows: [] as Array<{ generator: string; articles: number }> }));
        const row = meta.rows[0];
        if (row && row.generator === GENERATOR_VERSION && Number(row.articles) === ARTICLES) return { name: BENCH_DATABASE, reuse: true };
      } finally {
        await client.end();
      }
    }
    await admin.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await admin.query(`create database ${BENCH_DATABASE} encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8' template template0`);
    return { name: BENCH_DATABASE, reuse: false };
  } finally {
    await admin.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const { name, reuse } = await benchDatabase();
  const url = urlFor(name);
  process.stderr.write(`database ${name} (${reuse ? 'reused' : 'loading'})\n`);
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  const clients = Array.from({ length: LOADERS }, () => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((client) => client.connect()));
  const dir = await mkdtemp(join(tmpdir(), 'vnnews-bench-'));
  try {
    if (!reuse) await load(clients);
    const list = queries();
    // Warm the caches as a running server would be.
    for (const { params } of list.slice(0, 10)) await searchArticles(database.db, parseSearchParams(params));
    const timings = new Map<string, number[]>();
    const slowest: Array<{ millis: number; kind: string; params: SearchParams }> = [];
    for (const { kind, params } of list) {
      const started = performance.now();
      await searchArticles(database.db, parseSearchParams(params));
      const millis = performance.now() - started;
      slowest.push({ millis, kind, params });
      timings.set(kind, [...(timings.get(kind) ?? []), millis]);
      timings.set('all', [...(timings.get('all') ?? []), millis]);
    }
    process.stdout.write(`\nsearch with facets over ${ARTICLES} articles, ${list.length} queries (ms):\n`);
    for (const [kind, values] of timings) {
      const sorted = [...values].sort((a, b) => a - b);
      process.stdout.write(
        `  ${kind.padEnd(13)} n=${String(sorted.length).padStart(3)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)}  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)}  max ${sorted.at(-1)!.toFixed(1).padStart(7)}\n`,
      );
    }

    const showSlowest = Number(process.env.BENCH_SLOWEST ?? 0);
    for (const { millis, kind, params } of slowest.sort((a, b) => b.millis - a.millis).slice(0, showSlowest)) {
      process.stdout.write(`  slow: ${millis.toFixed(1).padStart(7)} ms  ${kind.padEnd(13)} ${JSON.stringify(params)}\n`);
    }

    const result = await exportInChild(url, join(dir, 'export.csv'));
    process.stdout.write(
      `\nexport CSV (separate process): ${result.rows} rows, ${(result.bytes / 1e6).toFixed(0)} MB in ${result.seconds.toFixed(1)} s = ` +
        `${Math.round(result.rows / result.seconds)} rows/s; peak RSS ${(result.maxRssBytes / 1e6).toFixed(0)} MB\n`,
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_EXPORT_URL) await exportOnly(process.env.BENCH_EXPORT_URL, process.env.BENCH_EXPORT_OUT ?? 'export.csv');
else await main();
