/**
 * Loads the trained model once (on first use) and keeps it. The file is small: a few hundred
 * weights per label.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseModelFile, type ModelFile } from './model-file.ts';

export const MODEL_PATH = fileURLToPath(new URL('../models/activities-model.json', import.meta.url));

let cached: ModelFile | null = null;

/** The trained model of classifiers/models/activities-model.json; throws a clear error when it is missing. */
export function activityModel(): ModelFile {
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(MODEL_PATH, 'utf8');
  } catch {
    throw new Error(`the activity model ${MODEL_PATH} is missing: run "npm run train"`);
  }
  cached = parseModelFile(JSON.parse(text), MODEL_PATH);
  return cached;
}

/** The model with its weights turned around: feature → one weight per label, for one pass over a document. */
export interface CompiledModel {
  version: string;
  labels: string[];
  bodySyllables: number;
  weights: Map<string, Float64Array>;
}

let compiled: CompiledModel | null = null;

/** The loaded model compiled for scoring (built once). */
export function compiledActivityModel(): CompiledModel {
  if (compiled) return compiled;
  const model = activityModel();
  const labels = Object.keys(model.labels);
  const weights = new Map<string, Float64Array>();
  labels.forEach((label, index) => {
    for (const [feature, weight] of Object.entries(model.labels[label]!.weights)) {
      let row = weights.get(feature);
      if (!row) {
        row = new Float64Array(labels.length);
        weights.set(feature, row);
      }
      row[index] = weight;
    }
  });
  compiled = { version: model.version, labels, bodySyllables: model.settings.bodySyllables, weights };
  return compiled;
}

/** Probability of every label for a document's distinct features (the same sigmoid of a sum as natural's). */
export function scoreAllLabels(model: CompiledModel, features: Iterable<string>): Map<string, number> {
  const sums = new Float64Array(model.labels.length);
  for (const feature of features) {
    const row = model.weights.get(feature);
    if (!row) continue;
    for (let i = 0; i < row.length; i++) sums[i]! += row[i]!;
  }
  const out = new Map<string, number>();
  model.labels.forEach((label, index) => out.set(label, 1 / (1 + Math.exp(-sums[index]!))));
  return out;
}
