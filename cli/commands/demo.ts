import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'Crawl the bundled sample site into the embedded database, print a summary, then serve the search page (needs no services)',
    )
    .option('--fresh', 'use a new temporary data folder instead of DATA_DIR')
    .option('--no-serve', 'exit after the summary')
    .option('--articles <n>', 'generated articles per sample outlet (three outlets)', '20')
    .action(
      runCommand('demo', async (options: { fresh?: boolean; serve: boolean; articles: string }) => {
        const articlesPerOutlet = Number(options.articles);
        if (!Number.isInteger(articlesPerOutlet) || articlesPerOutlet < 1 || articlesPerOutlet > 5_000) {
          throw new Error(`--articles takes a whole number from 1 to 5000, got "${options.articles}"`);
        }
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { createLogger } = await import('../../pipeline/logger.ts');
        const config = loadConfig();
        // The progress line is the demo's display; routine crawl logs would scroll it away.
        const logger = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }, 'demo');
        const { runDemo, formatDemoSummary } = await import('../../pipeline/runtime/demo.ts');
        process.stderr.write('vnnews demo: starting the sample site and the embedded database…\n');
        const demo = await runDemo(config, { fresh: Boolean(options.fresh), logger, articlesPerOutlet });
        process.stdout.write(`\n${demo.runsTable}\n\n${formatDemoSummary(demo.summary)}\n\ndata: ${demo.dataDir}\n`);
        if (!options.serve) {
          await demo.close();
          return;
        }
        const { startOptionalServer } = await import('../../pipeline/runtime/optional-server.ts');
        const server = await startOptionalServer({ config: demo.config, db: demo.database.db, database: demo.database, logger });
        if (!server) {
          process.stdout.write('The search page is not part of this build yet (server/ has no startServer); exiting.\n');
          await demo.close();
          return;
        }
        process.stdout.write(`Search page: ${server.url}  (Ctrl-C to stop)\n`);
        const { onShutdownSignal } = await import('../../pipeline/runtime/shutdown-signals.ts');
        onShutdownSignal(async () => {
          await server.close();
          await demo.close();
        }, logger);
      }),
    );
}
