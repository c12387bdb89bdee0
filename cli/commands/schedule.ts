import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

export function register(program: Command): void {
  program
    .command('schedule')
    .description(
      'Install or update one crawl job scheduler per enabled source (its cron, Asia/Ho_Chi_Minh) and remove those of disabled or deleted sources; needs REDIS_URL',
    )
    .option('--watch', 'keep running and re-sync every minute')
    .action(
      runCommand('schedule', async (options: { watch?: boolean }) => {
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const config = loadConfig();
        if (!config.redisUrl) {
          throw new Error('REDIS_URL is not set: job schedulers live in Redis. Without Redis, `vnnews start` keeps the schedules in-process.');
        }
        const logger = createLogger(config, 'schedule');
        const { openDatabase } = await import('../../storage/database.ts');
        const { createQueues } = await import('../../pipeline/queues.ts');
        const { syncSchedulesFromDatabase, watchSchedules, describeSync } = await import('../../pipeline/runtime/schedule-runner.ts');
        const database = await openDatabase(config);
        const queues = createQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
        const syncOnce = async () => {
          const result = await syncSchedulesFromDatabase(database.db, queues.crawl, logger);
          process.stdout.write(`schedules: ${describeSync(result)}\n`);
        };
        try {
          await syncOnce();
        } catch (error) {
          await Promise.all([queues.close(), database.close()]);
          throw error;
        }
        if (!options.watch) {
          await Promise.all([queues.close(), database.close()]);
          return;
        }
        const watcher = watchSchedules(syncOnce, { logger });
        const { onShutdownSignal } = await import('../../pipeline/runtime/shutdown-signals.ts');
        onShutdownSignal(async () => {
          watcher.stop();
          await Promise.all([queues.close(), database.close()]);
        }, logger);
      }),
    );
}
