import type { Command } from 'commander';
import type { SearchParams, SearchResponse } from '../../server/api-types.ts';
import { runCommand } from '../run-command.ts';

/** Search filters as CLI options, shared by `search` and `export`. */
export interface SearchFilterOptions {
  province?: string[];
  current?: boolean;
  primary?: boolean;
  country?: string[];
  activity?: string[];
  source?: string[];
  all?: boolean;
  from?: string;
  to?: string;
  minConfidence?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Adds the search filter options to a command. */
export function addSearchFilterOptions(command: Command): Command {
  return command
    .option('-p, --province <slug>', 'province slug, as the article names it (repeatable)', collect)
    .option('--current', 'read --province as today\'s unit (a 2022 article about Quảng Nam counts for da-nang)')
    .option('--primary', 'only the article\'s primary province')
    .option('-c, --country <code>', 'ISO alpha-2 country code (repeatable)', collect)
    .option('-a, --activity <code>', 'activity code (repeatable)', collect)
    .option('-s, --source <id>', 'source id (repeatable)', collect)
    .option('--all', 'include articles judged not relevant')
    .option('--from <day>', 'published on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'published on or before this day (YYYY-MM-DD)')
    .option('--min-confidence <n>', 'minimum confidence (0–1) of the matched tags');
}

/** CLI options → the API's parameters, validated later by parseSearchParams like a query string. */
export function searchParamsFromOptions(query: string | undefined, options: SearchFilterOptions): SearchParams {
  return {
    ...(query ? { q: query } : {}),
    ...(options.province ? { province: options.province } : {}),
    provinceMode: options.current ? 'current' : 'named',
    primaryOnly: Boolean(options.primary),
    ...(options.country ? { country: options.country } : {}),
    ...(options.activity ? { activity: options.activity } : {}),
    ...(options.source ? { source: options.source } : {}),
    relevantOnly: !options.all,
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
  };
}

function truncate(text: string, width: number): string {
  const chars = [...text.normalize('NFC')];
  if (chars.length <= width) return chars.join('').padEnd(width);
  return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** A day in Asia/Ho_Chi_Minh (UTC+7). */
function vietnamDay(iso: string | null): string {
  if (!iso) return '—';
  return new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Results as a plain-text table: date, source, primary province, countries, title cut to the
 * terminal width. @defaultValue width 120
 */
export function formatSearchTable(response: SearchResponse, width = 120): string {
  const columns: Array<[string, number]> = [
    ['date', 10],
    ['source', 16],
    ['province', 14],
    ['countries', 12],
  ];
  const fixed = columns.reduce((sum, [, w]) => sum + w + 2, 0);
  const titleWidth = Math.max(20, width - fixed);
  const lines = [
    [...columns.map(([name, w]) => truncate(name, w)), 'title'].join('  '),
    [...columns.map(([, w]) => '─'.repeat(w)), '─'.repeat(Math.min(titleWidth, 40))].join('  '),
  ];
  for (const item of response.items) {
    const primary = item.tags.provinces.find((p) => p.primary) ?? item.tags.provinces[0];
    lines.push(
      [
        truncate(vietnamDay(item.publishedAt), 10),
        truncate(item.source?.name ?? item.source?.id ?? '—', 16),
        truncate(primary?.label ?? '—', 14),
        truncate(item.tags.countries.map((c) => c.code).join(',') || '—', 12),
        truncate(item.title, titleWidth).trimEnd(),
      ].join('  '),
    );
  }
  const shown = response.items.length;
  const total = response.approximate ? `about ${response.total}` : String(response.total);
  lines.push('', `${shown} of ${total} article${response.total === 1 ? '' : 's'}${response.query ? ` for ${response.query.description}` : ''}`);
  if (response.approximate) lines.push('Counts are estimated from a 1-in-64 sample of the archive.');
  if (response.ranking !== 'all') {
    lines.push(`Relevance ranked ${response.ranking === 'sample' ? 'a 1-in-256 sample of the matches' : 'the 1,000 most recent matches'}; --sort date pages through every match.`);
  }
  return lines.join('\n');
}

export function register(program: Command): void {
  addSearchFilterOptions(
    program
      .command('search')
      .description('Search stored articles and print a table (see the query language in `vnnews search --help`)')
      .argument('[query]', 'words (all must occur), "quoted phrase", OR, -exclude; without diacritics matches any')
      .option('-n, --limit <n>', 'rows to show (1–100)', '20')
      .option('--sort <order>', 'relevance or date')
      .option('--json', 'print the API response as JSON instead of a table'),
  ).action(
    runCommand('search', async (query: string | undefined, options: SearchFilterOptions & { limit: string; sort?: string; json?: boolean }) => {
      const { loadConfig } = await import('../../pipeline/config.ts');
      const { openDatabase } = await import('../../storage/database.ts');
      const { parseSearchParams } = await import('../../storage/search/search-request.ts');
      const { searchArticles } = await import('../../storage/search/search-articles.ts');
      const request = parseSearchParams({
        ...searchParamsFromOptions(query, options),
        limit: options.limit,
        ...(options.sort ? { sort: options.sort } : {}),
        facets: Boolean(options.json),
      });
      const config = loadConfig();
      const database = await openDatabase(config);
      try {
        const response = await searchArticles(database.db, request);
        if (options.json) process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
        else process.stdout.write(`${formatSearchTable(response, process.stdout.columns ?? 120)}\n`);
      } finally {
        await database.close();
      }
    }),
  );
}
