import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';
import { addSearchFilterOptions, searchParamsFromOptions, type SearchFilterOptions } from './search.ts';

interface ExportCliOptions extends SearchFilterOptions {
  format: string;
  out: string;
  long?: boolean;
  query?: string;
}

export function register(program: Command): void {
  addSearchFilterOptions(
    program
      .command('export')
      .description('Export matching articles to CSV (UTF-8 with BOM), JSONL or Parquet, with FILE.manifest.json beside it')
      .requiredOption('-f, --format <format>', 'csv, jsonl or parquet')
      .requiredOption('-o, --out <file>', 'file to write')
      .option('--long', 'one row per tag with its evidence, instead of one row per article')
      .option('-q, --query <text>', 'search text, as for `vnnews search`'),
  ).action(
    runCommand('export', async (options: ExportCliOptions) => {
      if (!['csv', 'jsonl', 'parquet'].includes(options.format)) {
        throw new Error(`--format takes csv, jsonl or parquet, got "${options.format}"`);
      }
      const format = options.format as 'csv' | 'jsonl' | 'parquet';
      const { loadConfig } = await import('../../pipeline/config.ts');
      const { openDatabase } = await import('../../storage/database.ts');
      const { parseSearchParams } = await import('../../storage/search/search-request.ts');
      const { exportToFile } = await import('../../pipeline/export/export-articles.ts');
      const { createProgressLine } = await import('../../pipeline/runtime/progress-line.ts');
      const request = parseSearchParams(searchParamsFromOptions(options.query, options));
      const config = loadConfig();
      const database = await openDatabase(config);
      const progress = createProgressLine();
      const started = Date.now();
      try {
        const { manifest, manifestPath } = await exportToFile(database, request, options.out, {
          format,
          long: Boolean(options.long),
          onProgress: ({ articles, rows }) => {
            const seconds = (Date.now() - started) / 1000;
            progress.update(`export: ${articles} articles, ${rows} rows (${Math.round(rows / Math.max(seconds, 0.001))} rows/s)`);
          },
        });
        progress.done(`export: ${manifest.rows} rows, ${manifest.bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        process.stdout.write(`${options.out}\n${manifestPath}\n`);
      } finally {
        await database.close();
      }
    }),
  );
}
