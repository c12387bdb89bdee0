/**
 * `npm run bench:extract`: decode + parse + extract + tag on real-sized pages, one core, against
 * @mozilla/readability on linkedom (extraction only) on the same pages. Pages: the labelled pages of
 * ../shared/corpus/html when present (100–300 KB real pages, also scored for body F1), else the
 * team fixtures of test/fixtures/pages. Prints pages/s, p50/p99 per page and peak memory (peak RSS
 * is of the whole process, shared by the contenders: it bounds each from above), and beside the
 * ratio of pages/s the ratio of CPU time, which other processes on a busy machine sway less.
 *
 * Options: `--rounds N` (default 5), `--corpus DIR` (default ../shared/corpus).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { classify } from '../../classifiers/classify.ts';
import { composeBody } from '../../pipeline/article-body.ts';
import { extractArticle } from '../../pipeline/extract/index.ts';
import { shingleF1 } from '../eval/extraction-eval.ts';

interface BenchPage {
  id: string;
  url: string | undefined;
  bytes: Uint8Array;
  goldBody: string | null;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const rounds = Math.max(1, Number.parseInt(option('--rounds', '5'), 10));
const corpusHtml = join(resolve(repoRoot, option('--corpus', '../shared/corpus')), 'html');

function loadPages(): BenchPage[] {
  if (existsSync(corpusHtml)) {
    return readdirSync(corpusHtml)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => {
        const labelPath = join(corpusHtml, f.replace(/\.html$/, '.json'));
        const label = existsSync(labelPath) ? (JSON.parse(readFileSync(labelPath, 'utf8')) as { url?: string; body?: string }) : {};
        return { id: f, url: label.url ?? undefined, bytes: new Uint8Array(readFileSync(join(corpusHtml, f))), goldBody: label.body ?? null };
      });
  }
  const fixtures = join(repoRoot, 'test/fixtures/pages');
  const pages: BenchPage[] = [];
  for (const site of readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(fixtures, site.name)).filter((n) => n.endsWith('.html'))) {
      pages.push({ id: `${site.name}/${f}`, url: `https://${site.name}/`, bytes: new Uint8Array(readFileSync(join(fixtures, site.name, f))), goldBody: null });
    }
  }
  return pages;
}

interface RunResult {
  name: string;
  millis: number[];
  /** Process CPU time (all threads: GC and JIT helpers too) over the timed runs: less swayed by other load than wall time. */
  cpuMicros: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  bodies: Map<string, string>;
}

/**
 * Runs every contender on every page, interleaved (page by page, contender by contender), so a
 * busy machine slows them alike instead of whichever phase it hits.
 */
function runInterleaved(contenders: { name: string; work: (page: BenchPage) => string }[], pages: BenchPage[]): RunResult[] {
  const results: RunResult[] = contenders.map((c) => ({ name: c.name, millis: [], cpuMicros: 0, peakRssBytes: 0, peakHeapBytes: 0, bodies: new Map() }));
  for (const c of contenders) for (const page of pages) c.work(page); // warm-up: JIT and lazy imports
  for (let r = 0; r < rounds; r++) {
    for (const page of pages) {
      contenders.forEach((c, i) => {
        const result = results[i]!;
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const body = c.work(page);
        result.millis.push(performance.now() - t0);
        const cpu = process.cpuUsage(cpu0);
        result.cpuMicros += cpu.user + cpu.system;
        if (r === 0) result.bodies.set(page.id, body);
        const mem = process.memoryUsage();
        result.peakRssBytes = Math.max(result.peakRssBytes, mem.rss);
        result.peakHeapBytes = Math.max(result.peakHeapBytes, mem.heapUsed);
      });
    }
  }
  return results;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function vnnews(page: BenchPage): string {
  const outcome = extractArticle({ html: page.bytes, url: page.url });
  if (!outcome.ok) return '';
  const body = composeBody(outcome.article);
  classify({ title: outcome.article.title, body });
  return body;
}

function vnnewsGeneric(page: BenchPage): string {
  const outcome = extractArticle({ html: page.bytes, url: page.url, useProfiles: false });
  if (!outcome.ok) return '';
  const body = composeBody(outcome.article);
  classify({ title: outcome.article.title, body });
  return body;
}

function readability(page: BenchPage): string {
  const html = new TextDecoder('utf-8').decode(page.bytes);
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  return parsed?.textContent ?? '';
}

const pages = loadPages();
const totalKb = pages.reduce((n, p) => n + p.bytes.byteLength, 0) / 1024;
console.log(`${pages.length} pages, mean ${(totalKb / pages.length).toFixed(0)} KB, ${rounds} rounds, node ${process.version}`);
const results = runInterleaved(
  [
    { name: 'vnnews extract+tag (profiles)', work: vnnews },
    { name: 'vnnews extract+tag (generic)', work: vnnewsGeneric },
    { name: 'readability+linkedom (extract only)', work: readability },
  ],
  pages,
);
const base = results[2]!;
const baseRate = (1000 * base.millis.length) / base.millis.reduce((s, x) => s + x, 0);
for (const r of results) {
  const sorted = [...r.millis].sort((a, b) => a - b);
  const total = r.millis.reduce((s, x) => s + x, 0);
  const rate = (1000 * r.millis.length) / total;
  const scored = pages.filter((p) => p.goldBody !== null);
  const f1 = scored.length ? scored.reduce((s, p) => s + shingleF1(p.goldBody!, r.bodies.get(p.id) ?? '').f1, 0) / scored.length : NaN;
  console.log(
    `${r.name.padEnd(38)} ${rate.toFixed(1).padStart(7)} pages/s  p50 ${percentile(sorted, 50).toFixed(2)} ms  p99 ${percentile(sorted, 99).toFixed(2)} ms` +
      `  peak rss ${(r.peakRssBytes / 1048576).toFixed(0)} MB heap ${(r.peakHeapBytes / 1048576).toFixed(0)} MB` +
      `  body F1 ${Number.isNaN(f1) ? 'n/a' : f1.toFixed(3)}  ×${(rate / baseRate).toFixed(2)} readability (CPU time ×${(base.cpuMicros / r.cpuMicros).toFixed(2)})`,
  );
}
