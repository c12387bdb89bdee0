import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

interface ReprocessCliOptions {
  source?: string[];
  since?: string;
  status?: string[];
  all?: boolean;
}

const STATUSES = ['pending', 'processed', 'failed', 'skipped'] as const;
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function register(program: Command): void {
  program
    .command('reprocess')
    .description('Extract and tag stored pages again (after the classifiers improve): through the queue with REDIS_URL, in this process otherwise')
    .option('-s, --source <id>', 'only pages of this source (repeatable)', collect)
    .option('--since <day>', 'only pages fetched on or after this day (YYYY-MM-DD)')
    .option('--status <status>', `only pages with this status: ${STATUSES.join(', ')} (repeatable)`, collect)
    .option('--all', 'every stored page')
    .action(
      runCommand('reprocess', async (options: ReprocessCliOptions) => {
        const filtered = Boolean(options.source?.length || options.since || options.status?.length);
        if (!filtered && !options.all) throw new Error('give --source, --since or --status, or --all for every stored page');
        const badStatus = (options.status ?? []).filter((status) => !(STATUSES as readonly string[]).includes(status));
        if (badStatus.length) throw new Error(`--status takes ${STATUSES.join(', ')}; got ${badStatus.join(', ')}`);
        const { parseSinceDate } = await import('./crawl.ts');
        const since = parseSinceDate(options.since);
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const { openDatabase } = await import('../../storage/database.ts');
        const { reprocessPages } = await import('../../pipeline/stages/reprocess.ts');
        const { createProgressLine } = await import('../../pipeline/runtime/progress-line.ts');
        const config = loadConfig();
        const logger = createLogger(config, 'reprocess');
        const database = await openDatabase(config);
        const progress = createProgressLine();
        const filter = {
          ...(options.source?.length ? { sourceIds: options.source } : {}),
          ...(since ? { since } : {}),
          ...(options.status?.length ? { statuses: options.status as (typeof STATUSES)[number][] } : {}),
        };
        const onProgress = (p: { total: number; done: number; failed: number }) =>
          progress.update(`reprocess: ${p.done}/${p.total} pages${p.failed ? `, ${p.failed} failed` : ''}`);
        try {
          let summary;
          if (config.redisUrl) {
            const { createQueues } = await import('../../pipeline/queues.ts');
            const queues = createQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
            try {
              summary = await reprocessPages(filter, { db: database.db, queues, onProgress });
            } finally {
              await queues.close();
            }
          } else {
            const { processPage } = await import('../../pipeline/stages/process-page.ts');
            const { createHomeProvinceLookup } = await import('../../pipeline/stages/source-lookup.ts');
            const homeProvinceOf = createHomeProvinceLookup(database.db);
            summary = await reprocessPages(filter, {
              db: database.db,
              processOne: (pageId) => processPage(pageId, { db: database.db, homeProvinceOf }),
              concurrency: config.workerConcurrency,
              onProgress,
            });
          }
          progress.done();
          if (summary.mode === 'queued') {
            process.stdout.write(`queued ${summary.done} of ${summary.total} pages on the reprocess queue\n`);
          } else {
            process.stdout.write(
              `reprocessed ${summary.total} pages: ${summary.processed} articles, ${summary.skipped} not articles, ${summary.failed} failed\n`,
            );
            for (const failure of summary.failures) process.stdout.write(`  page ${failure.pageId}: ${failure.reason}\n`);
            if (summary.failed) logger.warn({ failed: summary.failed }, 'some pages failed');
          }
        } finally {
          await database.close();
        }
      }),
    );
}
