import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusHash } from './corpus.ts';
import type { TagEvalResult } from './run-eval.ts';

/** `test/eval/baseline.json`: a floor per metric and the hash of the corpus the floors were measured on. */
export interface Baseline {
  corpusSha256: string;
  /** Metric name (see `metricsOf`) → the lowest value the gate accepts. */
  floors: Record<string, number>;
  measuredAt?: string;
}

export const BASELINE_PATH = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** The gated metrics of a tag evaluation, over all documents, by name. */
export function metricsOf(result: TagEvalResult): Record<string, number> {
  const all = result.groups.all;
  const text = result.groups.text;
  const metrics: Record<string, number> = {
    'all.relevance.f1': all.relevance.f1,
    'all.primary.accuracy': all.primaryAccuracy,
    'all.provinces.f1': all.provinces.f1,
    'all.provincesCurrent.f1': all.provincesCurrent.f1,
    'all.countries.f1': all.countries.f1,
    'all.activities.microF1': all.activitiesMicro.f1,
    'all.activities.macroF1': all.activitiesMacroF1,
    'text.relevance.f1': text.relevance.f1,
    'text.activities.microF1': text.activitiesMicro.f1,
  };
  if (result.groups.html) {
    metrics['html.relevance.f1'] = result.groups.html.relevance.f1;
    metrics['html.activities.microF1'] = result.groups.html.activitiesMicro.f1;
  }
  return metrics;
}

export function readBaseline(path = BASELINE_PATH): Baseline {
  return JSON.parse(readFileSync(path, 'utf8')) as Baseline;
}

/** One metric below its floor. */
export interface GateFailure {
  metric: string;
  floor: number;
  measured: number | undefined;
}

/** Compares measured metrics with the floors; a floored metric that was not measured fails too. */
export function checkGate(measured: Record<string, number>, baseline: Baseline): GateFailure[] {
  return Object.entries(baseline.floors)
    .filter(([metric, floor]) => !(metric in measured) || measured[metric]! < floor)
    .map(([metric, floor]) => ({ metric, floor, measured: measured[metric] }));
}

/**
 * Writes a baseline of the measured metrics minus `margin` (floored to 3 decimals) and the corpus hash.
 * Raising floors is a normal commit; lowering one needs a sentence in the commit saying why.
 */
export function writeBaseline(
  corpusDir: string,
  measured: Record<string, number>,
  margin: number,
  path = BASELINE_PATH,
): Baseline {
  const floors: Record<string, number> = {};
  for (const [metric, value] of Object.entries(measured)) {
    floors[metric] = Math.max(0, Math.floor((value - margin) * 1000) / 1000);
  }
  const baseline: Baseline = {
    corpusSha256: corpusHash(corpusDir),
    floors,
    measuredAt: new Date().toISOString(),
  };
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}
