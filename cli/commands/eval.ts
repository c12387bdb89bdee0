import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { runCommand } from '../run-command.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface EvalOptions {
  corpus: string;
  json?: boolean;
  worst: string;
  extraction: boolean;
  writeBaseline?: string;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'Score tagging (and extraction) against the gold labels of a corpus folder (LABELS.md format)',
    )
    .option('--corpus <dir>', 'corpus folder holding text/ and html/ (subfolders too)', resolve(repoRoot, '../shared/corpus'))
    .option('--json', 'print one JSON object instead of the text report')
    .option('--worst <n>', 'how many of the worst documents to list', '10')
    .option('--no-extraction', 'leave out the extraction section')
    .option(
      '--write-baseline <margin>',
      'write test/eval/baseline.json: floors = measured metrics minus MARGIN',
    )
    .action(
      runCommand('eval', async (options: EvalOptions) => {
        const worst = Number.parseInt(options.worst, 10);
        if (!Number.isInteger(worst) || worst < 0)
          throw new Error(`--worst must be a whole number, got "${options.worst}"`);
        const corpusDir = resolve(options.corpus);
        const { evaluateTags } = await import('../../test/eval/run-eval.ts');
        const { formatTagReport } = await import('../../test/eval/report.ts');
        const { metricsOf, writeBaseline } = await import('../../test/eval/eval-gate.ts');
        const result = await evaluateTags(corpusDir);
        const { evaluateExtraction } = await import('../../test/eval/extraction-eval.ts');
        const extraction = options.extraction ? await evaluateExtraction(corpusDir) : null;
        if (options.writeBaseline !== undefined) {
          const margin = Number.parseFloat(options.writeBaseline);
          if (!Number.isFinite(margin) || margin < 0)
            throw new Error('--write-baseline needs a margin ≥ 0, e.g. 0.02');
          writeBaseline(corpusDir, metricsOf(result), margin);
          process.stderr.write('wrote test/eval/baseline.json\n');
        }
        if (options.json) {
          process.stdout.write(
            `${JSON.stringify({ tags: result, metrics: metricsOf(result), extraction })}\n`,
          );
          return;
        }
        process.stdout.write(`${formatTagReport(result, worst)}\n`);
        if (extraction !== null) process.stdout.write(`\nExtraction\n${extraction.text}\n`);
      }),
    );
}
