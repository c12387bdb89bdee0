import type { DatabaseHandle } from '../../storage/database.ts';
import { latestCrawlRuns, type CrawlRunRow } from '../../storage/crawl-runs-repository.ts';

/** The latest crawl run of each of these sources. */
export async function latestRunsOf(db: DatabaseHandle['db'], sourceIds: readonly string[]): Promise<CrawlRunRow[]> {
  const wanted = new Set(sourceIds);
  return (await latestCrawlRuns(db)).filter((run) => wanted.has(run.source_id));
}

/** A small table: one line per crawl run with its counters. */
export function formatCrawlRuns(runs: readonly CrawlRunRow[]): string {
  const header = ['source', 'run', 'status', 'discovered', 'fetched', 'unchanged', 'failed', 'stored', 'relevant'];
  const rows = runs.map((run) => [
    run.source_id,
    String(run.id),
    run.status,
    String(run.discovered),
    String(run.fetched),
    String(run.unchanged),
    String(run.failed),
    String(run.articles_stored),
    String(run.relevant),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const errors = runs.filter((run) => run.error).map((run) => `  ${run.source_id}: ${run.error}`);
  return [line(header), ...rows.map(line), ...(errors.length > 0 ? ['errors:', ...errors] : [])].join('\n');
}
