/**
 * Scores extraction on the labelled HTML pages of a corpus (`NAME.html` + `NAME.json`, LABELS.md
 * format, found by corpus.ts): title exact match after NFC and whitespace folding; date (the day in
 * Asia/Ho_Chi_Minh, and the minute where the gold has a time); author (case-insensitive, without
 * "(t/h)" notes and a leading "Theo"); body precision/recall/F1 on multisets of 4-word shingles
 * (words = runs of letters and digits after NFC, as the public article-extraction benchmark
 * tokenises), with the lenient multiset-of-words F1 beside it.
 *
 * Run it alone: `npx tsx test/eval/extraction-eval.ts ../shared/corpus [--no-profiles] [--json]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeBody } from '../../pipeline/article-body.ts';
import { extractArticle } from '../../pipeline/extract/index.ts';
import { loadCorpus, type LabelledDoc } from './corpus.ts';

/** Precision, recall and F1 of one comparison. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** How one page scored. */
export interface PageScore {
  id: string;
  method: string;
  error: string | null;
  /** null when the gold has no title. */
  titleOk: boolean | null;
  /** null when the gold has no date. */
  dateOk: boolean | null;
  /** null when the gold has no author. */
  authorOk: boolean | null;
  body: Prf;
  bodyWords: Prf;
  got: { title: string; published: string | null; author: string | null };
  gold: { title: string; published: string | null; author: string | null };
}

/** Means over pages of one run (with or without site profiles). */
export interface RunSummary {
  pages: number;
  titleAccuracy: number;
  dateAccuracy: number;
  authorAccuracy: number;
  bodyF1: number;
  bodyPrecision: number;
  bodyRecall: number;
  bodyWordsF1: number;
  minBodyF1: number;
  scores: PageScore[];
}

/** The extraction section of `vnnews eval`. */
export interface ExtractionReport {
  corpusDir: string;
  profiles: RunSummary;
  generic: RunSummary;
  /** The text report (what `vnnews eval` prints). */
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text as the benchmark sees them: runs of letters and digits after NFC. */
export function benchmarkWords(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

function counts<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const it of items) m.set(it, (m.get(it) ?? 0) + 1);
  return m;
}

/** P/R/F1 of two multisets; two empty sides score 1, one empty side scores 0. */
export function multisetPrf<T>(gold: Map<T, number>, got: Map<T, number>): Prf {
  let tp = 0;
  let goldN = 0;
  let gotN = 0;
  for (const n of gold.values()) goldN += n;
  for (const [k, n] of got) {
    gotN += n;
    tp += Math.min(n, gold.get(k) ?? 0);
  }
  if (goldN === 0 && gotN === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = gotN === 0 ? 0 : tp / gotN;
  const recall = goldN === 0 ? 0 : tp / goldN;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function shingles(words: string[], n = 4): string[] {
  if (words.length === 0) return [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, words.length - n + 1); i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/** Body score of the benchmark: 4-word shingles, multiset precision/recall/F1. */
export function shingleF1(gold: string, got: string): Prf {
  return multisetPrf(counts(shingles(benchmarkWords(gold))), counts(shingles(benchmarkWords(got))));
}

/** The lenient score: multisets of single words. */
export function wordF1(gold: string, got: string): Prf {
  return multisetPrf(counts(benchmarkWords(gold)), counts(benchmarkWords(got)));
}

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Title comparison of LABELS.md. */
export function titleMatches(gold: string, got: string): boolean {
  return fold(gold) === fold(got);
}

/** Author comparison of LABELS.md: case-insensitive, without "(t/h)" notes and a leading "Theo". */
export function normalizeAuthorForScore(author: string): string {
  return fold(author)
    .replace(/\((?:t\/h|th|tổng hợp)\)/giu, '')
    .replace(/^theo\s+/iu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Date comparison of LABELS.md: the day in Vietnam time, and the minute when the gold has a time. */
export function dateMatches(gold: string, got: string | null): boolean {
  if (!got) return false;
  const g = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(gold);
  const p = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(got) ?? /^(\d{4}-\d{2}-\d{2})/.exec(got);
  if (!g || !p) return false;
  if (g[1] !== p[1]) return false;
  return g[2] === undefined || g[2] === p[2];
}

function scorePage(gold: LabelledDoc, html: Buffer, useProfiles: boolean): PageScore {
  const outcome = extractArticle({ html: new Uint8Array(html), url: gold.url ?? undefined, useProfiles });
  const a = outcome.ok ? outcome.article : null;
  const body = a ? composeBody(a) : '';
  const got = { title: a?.title ?? '', published: a?.publishedAt ?? null, author: a?.author ?? null };
  return {
    id: gold.id,
    method: a?.method ?? 'error',
    error: outcome.ok ? null : outcome.error,
    titleOk: gold.title ? titleMatches(gold.title, got.title) : null,
    dateOk: gold.published ? dateMatches(gold.published, got.published) : null,
    authorOk: gold.author ? !!got.author && normalizeAuthorForScore(gold.author) === normalizeAuthorForScore(got.author) : null,
    body: shingleF1(gold.body, body),
    bodyWords: wordF1(gold.body, body),
    got,
    gold: { title: gold.title, published: gold.published, author: gold.author },
  };
}

const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const share = (xs: (boolean | null)[]): number => {
  const known = xs.filter((x): x is boolean => x !== null);
  return known.length === 0 ? 1 : known.filter(Boolean).length / known.length;
};

function summarise(scores: PageScore[]): RunSummary {
  return {
    pages: scores.length,
    titleAccuracy: share(scores.map((s) => s.titleOk)),
    dateAccuracy: share(scores.map((s) => s.dateOk)),
    authorAccuracy: share(scores.map((s) => s.authorOk)),
    bodyF1: mean(scores.map((s) => s.body.f1)),
    bodyPrecision: mean(scores.map((s) => s.body.precision)),
    bodyRecall: mean(scores.map((s) => s.body.recall)),
    bodyWordsF1: mean(scores.map((s) => s.bodyWords.f1)),
    minBodyF1: scores.length === 0 ? 0 : Math.min(...scores.map((s) => s.body.f1)),
    scores,
  };
}

/** Scores extraction on `corpusDir/html`, with site profiles and with the generic extractor alone. */
export async function evaluateExtraction(corpusDir: string, options: { useProfiles?: boolean; worst?: number } = {}): Promise<ExtractionReport> {
  const pages = loadCorpus(corpusDir)
    .docs.filter((doc) => doc.htmlPath !== null)
    .map((gold) => ({ gold, html: readFileSync(gold.htmlPath as string) }));
  const profiles = summarise(pages.map(({ gold, html }) => scorePage(gold, html, options.useProfiles !== false)));
  const generic = summarise(pages.map(({ gold, html }) => scorePage(gold, html, false)));
  const report: ExtractionReport = { corpusDir, profiles, generic, text: '' };
  report.text = formatExtractionReport(report, options.worst);
  return report;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number): string => x.toFixed(3);

function formatRun(name: string, r: RunSummary): string {
  return (
    `${name.padEnd(18)} pages=${r.pages}  body F1=${f3(r.bodyF1)} (P ${f3(r.bodyPrecision)} R ${f3(r.bodyRecall)}, min ${f3(r.minBodyF1)})` +
    `  words F1=${f3(r.bodyWordsF1)}  title=${pct(r.titleAccuracy)}  date=${pct(r.dateAccuracy)}  author=${pct(r.authorAccuracy)}`
  );
}

/** The text report: both runs, then the worst pages of the profile run with what went wrong. */
export function formatExtractionReport(report: ExtractionReport, worst = 8): string {
  const lines = [formatRun('with profiles', report.profiles), formatRun('generic only', report.generic), '', 'worst pages (with profiles):'];
  const ranked = [...report.profiles.scores].sort((a, b) => a.body.f1 - b.body.f1);
  const flagged = ranked.filter((s, i) => i < worst || s.titleOk === false || s.dateOk === false || s.authorOk === false);
  for (const s of flagged) {
    const notes: string[] = [];
    if (s.error) notes.push(`error: ${s.error}`);
    if (s.titleOk === false) notes.push(`title ${JSON.stringify(s.got.title)} ≠ ${JSON.stringify(s.gold.title)}`);
    if (s.dateOk === false) notes.push(`date ${s.got.published} ≠ ${s.gold.published}`);
    if (s.authorOk === false) notes.push(`author ${JSON.stringify(s.got.author)} ≠ ${JSON.stringify(s.gold.author)}`);
    lines.push(
      `  ${s.id.padEnd(14)} ${s.method.padEnd(20)} F1=${f3(s.body.f1)} P=${f3(s.body.precision)} R=${f3(s.body.recall)} words=${f3(s.bodyWords.f1)}${notes.length ? '  ' + notes.join('; ') : ''}`,
    );
  }
  const genericRanked = [...report.generic.scores].sort((a, b) => a.body.f1 - b.body.f1).slice(0, Math.min(worst, 5));
  lines.push('', 'worst pages (generic only):');
  for (const s of genericRanked) lines.push(`  ${s.id.padEnd(14)} F1=${f3(s.body.f1)} P=${f3(s.body.precision)} R=${f3(s.body.recall)}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');
  const report = await evaluateExtraction(dir, { useProfiles: !args.includes('--no-profiles') });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${report.text}\n`);
}
