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
