import type { Command } from 'commander';
import type { DatabaseHandle } from '../../storage/database.ts';
import { runCommand } from '../run-command.ts';

interface ListOptions {
  json?: boolean;
}

type Db = DatabaseHandle['db'];

/** Opens the configured database (PostgreSQL or the embedded one), runs `action`, closes it. */
async function withDatabase(action: (db: Db) => Promise<void>): Promise<void> {
  const { loadConfig } = await import('../../pipeline/config.ts');
  const { openDatabase } = await import('../../storage/database.ts');
  const database = await openDatabase(loadConfig());
  try {
    await action(database.db);
  } finally {
    await database.close();
  }
}

export function register(program: Command): void {
  const sources = program.command('sources').description('The source registry: list, show, validate, sync into the database, enable or disable');

  sources
    .command('list')
    .description('Every source in the database: enabled or disabled (with the reason), health, last crawl')
    .option('--json', 'one JSON object per line instead of a table')
    .action(
      runCommand('sources list', async (options: ListOptions) => {
        const { formatSourceTable, sourceListRows } = await import('../../crawlers/sources/source-report.ts');
        await withDatabase(async (db) => {
          const rows = await sourceListRows(db);
          if (options.json) for (const row of rows) process.stdout.write(`${JSON.stringify(row)}\n`);
          else process.stdout.write(formatSourceTable(rows));
        });
      }),
    );

  sources
    .command('show')
    .description('One source: its registry entry, health per entry point, last crawl')
    .argument('<id>', 'source id')
    .action(
      runCommand('sources show', async (id: string) => {
        const { describeSource } = await import('../../crawlers/sources/source-report.ts');
        await withDatabase(async (db) => {
          process.stdout.write(`${JSON.stringify(await describeSource(db, id), null, 2)}\n`);
        });
      }),
    );

  sources
    .command('validate')
    .description('Check the shipped registry (schema, province slugs, cron patterns, regexes) without touching the database')
    .action(
      runCommand('sources validate', async () => {
        const { loadSourceRegistry } = await import('../../crawlers/sources/registry.ts');
        const entries = loadSourceRegistry();
        const verified = entries.filter((entry) => entry.verified).length;
        process.stdout.write(`${entries.length} sources valid (${verified} verified against the live site, ${entries.length - verified} not yet)\n`);
      }),
    );

  sources
    .command('sync')
    .description('Write the shipped registry into the sources table; --prune deletes sources no longer in it')
    .option('--prune', 'delete sources that are not in the registry (their pages and runs stay)')
    .action(
      runCommand('sources sync', async (options: { prune?: boolean }) => {
        const { loadSourceRegistry } = await import('../../crawlers/sources/registry.ts');
        const { syncSourcesToDatabase } = await import('../../crawlers/sources/sync-sources.ts');
        await withDatabase(async (db) => {
          const { written, removed } = await syncSourcesToDatabase(db, loadSourceRegistry(), { prune: options.prune ?? false });
          process.stdout.write(`${written} sources written${removed.length > 0 ? `, removed: ${removed.join(', ')}` : ''}\n`);
        });
      }),
    );

  for (const [name, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    sources
      .command(name)
      .description(enabled ? 'Enable a source again (clears the reason and its failure streak)' : 'Disable a source, with a reason')
      .argument('<id>', 'source id')
      .option('--reason <text>', 'why (shown by `sources list`)', 'disabled by a person')
      .action(
        runCommand(`sources ${name}`, async (id: string, options: { reason: string }) => {
            const { setSourceEnabledByPerson } = await import('../../crawlers/sources/source-report.ts');
          await withDatabase(async (db) => {
            await setSourceEnabledByPerson(db, id, enabled, options.reason);
            process.stdout.write(`${id} ${enabled ? 'enabled' : `disabled: ${options.reason}`}\n`);
          });
        }),
      );
  }
}
