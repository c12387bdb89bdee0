/**
 * Tagging speed: `npm run bench:tag`. Generates articles of about 3,000 characters from the
 * training templates and the province gazetteer (a seeded mix of foreign-affairs and domestic
 * news), tags each with `classify()` on one core, and prints articles per second, p50/p99 time
 * per article and peak memory. Target: ≥ 500 articles/s.
 *
 *   npm run bench:tag -- [--articles 5000] [--chars 3000]
 */
import { cpus, loadavg } from 'node:os';
import { classify } from '../../classifiers/classify.ts';
import { ACTIVITY_CODES } from '../../classifiers/data/activities.ts';
import { seededRandom } from '../../pipeline/seeded-random.ts';
import { fill, pick, slotsFor, type Rand } from '../../classifiers/training/generate.ts';
import {
  ACTIVITY_TEMPLATES,
  IRRELEVANT_SENTENCES,
  IRRELEVANT_TITLES,
} from '../../classifiers/training/templates.ts';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

/** One article: a title, then paragraphs of 2–4 sentences until the body reaches `chars`. */
function article(rand: Rand, chars: number): { title: string; body: string } {
  const relevant = rand() < 0.5;
  const main = pick(rand, ACTIVITY_CODES);
  const slots = slotsFor(rand, main === 'border');
  const title = fill(pick(rand, relevant ? ACTIVITY_TEMPLATES[main].titles : IRRELEVANT_TITLES), rand, slots);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < count; k++) {
      const pool =
        relevant && rand() < 0.7
          ? ACTIVITY_TEMPLATES[rand() < 0.6 ? main : pick(rand, ACTIVITY_CODES)].sentences
          : IRRELEVANT_SENTENCES;
      sentences.push(fill(pick(rand, pool), rand, rand() < 0.3 ? slotsFor(rand, false) : slots));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 1;
  }
  return { title, body: paragraphs.join('\n') };
}

const count = option('articles', 5000);
const chars = option('chars', 3000);
const rand = seededRandom(7);
const articles = Array.from({ length: count }, () => article(rand, chars));
const meanChars = articles.reduce((sum, a) => sum + a.title.length + a.body.length, 0) / count;

// Warm-up: load the model and compile the matchers outside the measurement.
for (const item of articles.slice(0, 50)) classify(item);

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const times = new Float64Array(count);
let relevant = 0;
const cpuStart = process.cpuUsage();
const started = performance.now();
articles.forEach((item, index) => {
  const t0 = performance.now();
  const result = classify(item);
  times[index] = performance.now() - t0;
  if (result.relevant) relevant += 1;
  if (index % 250 === 0) {
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  }
});
const elapsed = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const memory = process.memoryUsage();
peakRss = Math.max(peakRss, memory.rss);
peakHeap = Math.max(peakHeap, memory.heapUsed);
const sorted = [...times].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const perSecond = count / (elapsed / 1000);
// On a shared machine the wall clock also counts time other processes hold the core; CPU time does not.
const perCpuSecond = count / cpuSeconds;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

process.stdout.write(
  [
    `tag bench: ${count} articles, mean ${meanChars.toFixed(0)} characters, ${relevant} tagged relevant`,
    `  ${perSecond.toFixed(0)} articles/s by the wall clock (${(elapsed / 1000).toFixed(2)} s), ${perCpuSecond.toFixed(0)} per CPU second (target ≥ 500, one core)`,
    `  load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    `  per article: p50 ${quantile(0.5).toFixed(2)} ms, p99 ${quantile(0.99).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms`,
    `  peak memory: rss ${mb(peakRss)}, heap ${mb(peakHeap)}`,
    '',
  ].join('\n'),
);
if (Math.max(perSecond, perCpuSecond) < 500) process.exitCode = 1;
