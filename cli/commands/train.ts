import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

export function register(program: Command): void {
  program
    .command('train')
    .description(
      'Train the activity and relevance model from classifiers/training/*.jsonl into classifiers/models/',
    )
    .option('--out <file>', 'where to write the model (default classifiers/models/activities-model.json)')
    .action(
      runCommand('train', async (options: { out?: string }) => {
        const { readTrainingSet, trainingVersion } = await import('../../classifiers/model/training-set.ts');
        const { trainModel, DEFAULT_SETTINGS } = await import('../../classifiers/model/train.ts');
        const { MODEL_PATH } = await import('../../classifiers/model/load.ts');
        const examples = readTrainingSet();
        const version = trainingVersion(DEFAULT_SETTINGS);
        process.stderr.write(`training on ${examples.length} examples (version ${version})\n`);
        const model = trainModel(examples, version, DEFAULT_SETTINGS, (label, millis) => {
          process.stderr.write(`  ${label.padEnd(20)} ${(millis / 1000).toFixed(1)} s\n`);
        });
        const out = options.out ?? MODEL_PATH;
        writeFileSync(out, `${JSON.stringify(model)}\n`);
        process.stderr.write(`wrote ${out}\n`);
      }),
    );
}
