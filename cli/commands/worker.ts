import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

const ALL_QUEUES = ['crawl', 'process', 'reprocess'] as const;

/** `crawl,process` → the queue names, refusing unknown ones. */
export function parseQueueList(value: string): Array<(typeof ALL_QUEUES)[number]> {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(ALL_QUEUES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`--queues takes a comma-separated list of ${ALL_QUEUES.join(', ')}; got "${value}"`);
  }
  return [...new Set(names)] as Array<(typeof ALL_QUEUES)[number]>;
}

/** `--concurrency 8` → 8, refusing anything but a positive whole number. */
export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency must be a positive whole number, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('Process queue jobs (crawl, process, reprocess) until SIGTERM/SIGINT; needs REDIS_URL')
    .option('--queues <list>', 'comma-separated queues to listen on', ALL_QUEUES.join(','))
    .option('--concurrency <n>', 'jobs at once per queue (default: WORKER_CONCURRENCY; crawl gets half)')
    .action(
      runCommand('worker', async (options: { queues: string; concurrency?: string }) => {
        const queues = parseQueueList(options.queues);
        const concurrency = parseConcurrency(options.concurrency);
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const config = loadConfig();
        if (!config.redisUrl) {
          throw new Error('REDIS_URL is not set: workers take jobs from Redis. Without Redis, use `vnnews crawl` or `vnnews start`.');
        }
        const logger = createLogger(config, 'worker');
        const { startWorkerProcess } = await import('../../pipeline/main.ts');
        const { onShutdownSignal } = await import('../../pipeline/runtime/shutdown-signals.ts');
        const running = await startWorkerProcess(config, {
          queues,
          logger,
          ...(concurrency !== undefined ? { concurrency } : {}),
        });
        onShutdownSignal(() => running.stop(), logger);
        logger.info({ queues, pid: process.pid }, 'worker ready');
        // Tests and supervisors wait for this line on stderr before sending work or signals.
        process.stderr.write(`vnnews worker: ready (pid ${process.pid}, queues ${queues.join(',')})\n`);
      }),
    );
}
