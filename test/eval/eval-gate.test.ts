import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusHash } from './corpus.ts';
import { checkGate, metricsOf, readBaseline, BASELINE_PATH } from './eval-gate.ts';
import { evaluateTags } from './run-eval.ts';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const corpusPresent = existsSync(corpusDir);
const ready =
  existsSync(BASELINE_PATH) &&
  existsSync(fileURLToPath(new URL('../../classifiers/classify.ts', import.meta.url)));

if (!corpusPresent)
  console.warn(`eval gate: ${corpusDir} is absent, so the gate checks nothing on this machine`);

describe.runIf(corpusPresent && ready)('eval gate on the shared corpus', () => {
  it('keeps every metric at or above its floor in baseline.json', { timeout: 120_000 }, async () => {
    const baseline = readBaseline();
    const result = await evaluateTags(corpusDir);
    const failures = checkGate(metricsOf(result), baseline);
    const hashNote =
      corpusHash(corpusDir) === baseline.corpusSha256
        ? ''
        : ' (the corpus changed since the baseline was measured: re-measure and commit a new baseline)';
    expect(failures, `metrics below their floors${hashNote}`).toEqual([]);
  });
});

describe('eval gate rules', () => {
  it('fails a metric below its floor and one that was not measured', () => {
    const failures = checkGate(
      { 'all.relevance.f1': 0.9, 'all.countries.f1': 0.99 },
      {
        corpusSha256: 'x',
        floors: { 'all.relevance.f1': 0.95, 'all.countries.f1': 0.95, 'html.relevance.f1': 0.5 },
      },
    );
    expect(failures.map((failure) => failure.metric)).toEqual(['all.relevance.f1', 'html.relevance.f1']);
  });

  it('passes metrics at their floor exactly', () => {
    expect(
      checkGate({ 'all.relevance.f1': 0.95 }, { corpusSha256: 'x', floors: { 'all.relevance.f1': 0.95 } }),
    ).toEqual([]);
  });
});
