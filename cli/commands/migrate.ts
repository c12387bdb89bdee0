import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

/** `vnnews migrate`: brings the configured database (PostgreSQL or the embedded PGlite) to the latest schema. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL, or the embedded database under DATA_DIR)')
    .action(
      runCommand('migrate', async () => {
        const { loadConfig } = await import('../../pipeline/config.ts');
        const { describeTarget, openDatabase } = await import('../../storage/database.ts');
        const { migrateToLatest } = await import('../../storage/migrate.ts');
        const { resolve } = await import('node:path');
        const config = loadConfig();
        const handle = await openDatabase(config, { migrate: false });
        try {
          const where = config.databaseUrl
            ? `PostgreSQL at ${describeTarget(config.databaseUrl)}`
            : `PGlite at ${resolve(config.dataDir, 'pglite')}`;
          const applied = await migrateToLatest(handle.db);
          if (applied.length === 0) {
            process.stdout.write(`${where}: already up to date\n`);
          } else {
            process.stdout.write(`${where}: applied ${applied.length} migration(s)\n`);
            for (const name of applied) process.stdout.write(`  ${name}\n`);
          }
        } finally {
          await handle.close();
        }
      }),
    );
}
