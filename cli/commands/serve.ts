import type { Command } from 'commander';
import type { PipelineQueues } from '../../pipeline/queues.ts';
import { runCommand } from '../run-command.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (and the search page) on HOST:PORT; crawl-now uses the queues when REDIS_URL is set')
    .option('--port <n>', 'port (overrides PORT)')
    .option('--host <host>', 'host (overrides HOST)')
    .action(
      runCommand('serve', async (options: { port?: string; host?: string }) => {
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const config = loadConfig({
          ...process.env,
          ...(options.port !== undefined ? { PORT: options.port } : {}),
          ...(options.host !== undefined ? { HOST: options.host } : {}),
        });
        const logger = createLogger(config, 'serve');
        const { openDatabase } = await import('../../storage/database.ts');
        const { startServer } = await import('../../server/start-server.ts');
        const database = await openDatabase(config);
        let queues: PipelineQueues | undefined;
        if (config.redisUrl) {
          const { createQueues } = await import('../../pipeline/queues.ts');
          queues = createQueues({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
        }
        const server = await startServer({ config, db: database.db, backend: database.backend, logger, ...(queues ? { queues } : {}) });
        process.stdout.write(`vnnews API on ${server.url}  (OpenAPI: ${server.url}/openapi.json; Ctrl-C to stop)\n`);
        const { onShutdownSignal } = await import('../../pipeline/runtime/shutdown-signals.ts');
        onShutdownSignal(async () => {
          await server.close();
          await queues?.close();
          await database.close();
        }, logger);
      }),
    );
}
