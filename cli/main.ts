import { readdirSync } from 'node:fs';
import { Command } from 'commander';

/**
 * Every file in cli/commands/ exports `register(program)`. Commands import their heavy
 * libraries inside their action, so `vnnews --help` stays fast.
 */
const program = new Command('vnnews')
  .description('Crawl, extract, tag, search and export Vietnamese provincial news on foreign affairs')
  .showHelpAfterError();

const commandsDir = new URL('./commands/', import.meta.url);
const files = readdirSync(commandsDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .sort();
for (const file of files) {
  const module = (await import(new URL(file, commandsDir).href)) as { register?: (program: Command) => void };
  module.register?.(program);
}

await program.parseAsync(process.argv);
