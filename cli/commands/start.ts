import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';
import { parseConcurrency } from './worker.ts';

export function register(program: Command): void {
  program
    .command('start')
    .description(
      'Run scheduler, workers and the API in one process: queues and job schedulers with REDIS_URL, in-process cron and stages without',
    )
    .option('--no-api', 'do not start the HTTP API')
    .option('--concurrency <n>', 'pages processed at once (default: WORKER_CONCURRENCY)')
    .action(
      runCommand('start', async (options: { api: boolean; concurrency?: string }) => {
        const concurrency = parseConcurrency(options.concurrency);
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const config = loadConfig();
        const logger = createLogger(config, 'start');
        const { startAllInOne } = await import('../../pipeline/runtime/all-in-one.ts');
        const { onShutdownSignal } = await import('../../pipeline/runtime/shutdown-signals.ts');
        const running = await startAllInOne(config, {
          logger,
          api: options.api,
          ...(concurrency !== undefined ? { concurrency } : {}),
        });
        onShutdownSignal(async () => {
          // Past the grace period the process exits anyway; queued jobs wait in Redis, and
          // embedded pages left pending are picked up by the next start.
          const grace = new Promise<void>((resolve) => setTimeout(resolve, config.shutdownGraceMillis + 1_000).unref());
          await Promise.race([running.stop(), grace]);
        }, logger);
        process.stderr.write(
          `vnnews start: running (${running.mode === 'queues' ? 'Redis queues' : 'embedded, no Redis'})` +
            `${running.server ? `, API at ${running.server.url}` : ''}\n`,
        );
      }),
    );
}
