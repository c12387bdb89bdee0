import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

interface CrawlOptions {
  all?: boolean;
  since?: string;
  wait: boolean;
}

/** `--since 2025-01-01` → the same string, after checking it is a real day and not in the future. */
export function parseSinceDate(value: string | undefined, now: Date = new Date()): string | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  // Date rolls 2025-02-30 over to March: a real day prints back as itself.
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new Error(`--since takes a day as YYYY-MM-DD, got "${value}"`);
  }
  if (day.getTime() > now.getTime()) throw new Error(`--since ${value} is in the future`);
  return value;
}

export function register(program: Command): void {
  program
    .command('crawl')
    .description('Crawl sources now: through the queues when REDIS_URL is set (and wait for the workers), in this process otherwise')
    .argument('[sources...]', 'source ids (see `vnnews sources list`)')
    .option('--all', 'every enabled source')
    .option('--since <date>', 'backfill: follow listings and sitemaps back to this day (YYYY-MM-DD)')
    .option('--no-wait', 'with Redis: enqueue and return without waiting for the workers')
    .action(
      runCommand('crawl', async (sourceIds: string[], options: CrawlOptions) => {
        if (options.all && sourceIds.length > 0) throw new Error('give source ids or --all, not both');
        if (!options.all && sourceIds.length === 0) throw new Error('give at least one source id, or --all');
        const since = parseSinceDate(options.since);
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const config = loadConfig();
        const logger = createLogger(config, 'crawl');
        const { openDatabase } = await import('../../storage/database.ts');
        const { resolveCrawlSources } = await import('../../pipeline/runtime/resolve-sources.ts');
        const { createProgressLine } = await import('../../pipeline/runtime/progress-line.ts');
        const { formatCrawlRuns, latestRunsOf } = await import('../../pipeline/runtime/crawl-report.ts');
        const database = await openDatabase(config);
        try {
          const ids = await resolveCrawlSources(database.db, options.all ? 'all' : sourceIds);
          const jobs = ids.map((sourceId) => ({ sourceId, trigger: 'cli' as const, ...(since ? { since } : {}) }));
          const progress = createProgressLine();
          if (config.redisUrl) {
            const { createQueues } = await import('../../pipeline/queues.ts');
            const { crawlThroughQueues } = await import('../../pipeline/runtime/queued-crawl.ts');
            const queues = createQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
            try {
              const outcomes = await crawlThroughQueues(queues, jobs, { wait: options.wait, onProgress: progress.update });
              progress.done();
              if (!options.wait) {
                for (const outcome of outcomes) process.stdout.write(`queued ${outcome.sourceId}: job ${outcome.jobId}\n`);
                return;
              }
              for (const outcome of outcomes.filter((o) => o.state === 'failed')) {
                process.stdout.write(`${outcome.sourceId}: crawl failed: ${outcome.failedReason ?? 'unknown reason'}\n`);
                process.exitCode = 1;
              }
            } finally {
              await queues.close();
            }
          } else {
            const { createInProcessPipeline } = await import('../../pipeline/runtime/in-process.ts');
            const pipeline = createInProcessPipeline({
              db: database.db,
              config,
              logger,
              onProgress: (p) =>
                progress.update(
                  `crawling: ${p.crawling.join(', ') || '-'} · pages queued ${p.queued} · processed ${p.processed} (relevant ${p.relevant}) · skipped ${p.skipped} · failed ${p.failed}`,
                ),
            });
            const results = await pipeline.crawlMany(jobs);
            progress.done();
            for (const result of results) {
              if (result.status === 'failed') {
                process.stdout.write(`${result.sourceId}: crawl failed: ${result.error}\n`);
                process.exitCode = 1;
              } else if (result.status === 'skipped') {
                process.stdout.write(`${result.sourceId}: skipped (${result.reason ?? 'disabled'})\n`);
              }
            }
          }
          process.stdout.write(`${formatCrawlRuns(await latestRunsOf(database.db, ids))}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
