import { existsSync } from 'node:fs';
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

type EvaluateExtraction = (corpusDir: string, options: Record<string, unknown>) => unknown;

/** H3's extraction report, when test/eval/extraction-eval.ts exists. */
async function extractionSection(corpusDir: string, json: boolean): Promise<unknown> {
  const path = resolve(repoRoot, 'test/eval/extraction-eval.ts');
  if (!existsSync(path)) return null;
  const module = (await import(path)) as { evaluateExtraction?: EvaluateExtraction };
  if (!module.evaluateExtraction) return 'test/eval/extraction-eval.ts does not export evaluateExtraction';
  const result = await module.evaluateExtraction(corpusDir, { json });
  return result;
}

function printable(section: unknown): string {
  if (typeof section === 'string') return section;
  if (section && typeof section === 'object') {
    const record = section as Record<string, unknown>;
    if (typeof record.report === 'string') return record.report;
    if (typeof record.text === 'string') return record.text;
  }
  return JSON.stringify(section, null, 2);
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'Score tagging (and extraction) against the gold labels of a corpus folder (LABELS.md format)',
    )
    .option('--corpus <dir>', 'corpus folder holding text/ and html/', resolve(repoRoot, '../shared/corpus'))
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
        const extraction = options.extraction
          ? await extractionSection(corpusDir, Boolean(options.json))
          : null;
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
        if (extraction !== null) process.stdout.write(`\nExtraction\n${printable(extraction)}\n`);
      }),
    );
}
