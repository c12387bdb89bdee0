/**
 * The labelled training set: every `classifiers/training/*.jsonl` file, one example a line
 * (`{"id","title","body","relevant","activities"}`). Examples are written for this project,
 * never copied from the evaluation corpus.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActivityCode } from '../../pipeline/types.ts';
import { ACTIVITY_CODES } from '../data/activities.ts';

export interface TrainingExample {
  id: string;
  title: string;
  body: string;
  relevant: boolean;
  activities: ActivityCode[];
}

export const TRAINING_DIR = fileURLToPath(new URL('../training/', import.meta.url));

const KNOWN = new Set<string>(ACTIVITY_CODES);

/** Checks one parsed line; the error names the file and line so a bad example is easy to fix. */
export function parseExample(value: unknown, where: string): TrainingExample {
  if (!value || typeof value !== 'object') throw new Error(`${where}: not a JSON object`);
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '')
    throw new Error(`${where}: "id" must be a non-empty string`);
  if (typeof record.title !== 'string' || typeof record.body !== 'string') {
    throw new Error(`${where}: "title" and "body" must be strings`);
  }
  if (typeof record.relevant !== 'boolean') throw new Error(`${where}: "relevant" must be true or false`);
  if (!Array.isArray(record.activities)) throw new Error(`${where}: "activities" must be an array`);
  for (const code of record.activities) {
    if (typeof code !== 'string' || !KNOWN.has(code))
      throw new Error(`${where}: unknown activity "${String(code)}"`);
  }
  if (!record.relevant && record.activities.length > 0) {
    throw new Error(`${where}: an irrelevant example cannot have activities`);
  }
  return {
    id: record.id,
    title: record.title,
    body: record.body,
    relevant: record.relevant,
    activities: record.activities as ActivityCode[],
  };
}

/** The `.jsonl` files of the training folder, sorted, with their text. */
export function trainingFiles(dir = TRAINING_DIR): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Every example of the training folder; duplicate ids are an error. */
export function readTrainingSet(dir = TRAINING_DIR): TrainingExample[] {
  const examples: TrainingExample[] = [];
  const ids = new Set<string>();
  for (const { name, text } of trainingFiles(dir)) {
    text.split('\n').forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${name}:${index + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (error) {
        throw new Error(`${where}: not valid JSON (${(error as Error).message})`);
      }
      const example = parseExample(parsed, where);
      if (ids.has(example.id)) throw new Error(`${where}: duplicate id "${example.id}"`);
      ids.add(example.id);
      examples.push(example);
    });
  }
  if (examples.length === 0) throw new Error(`no training examples in ${dir}`);
  return examples;
}

/**
 * Model version: the first 16 hex digits of a sha256 over the training files (names and bytes)
 * and the training settings, so any edit of the data or the settings gives a new version.
 */
export function trainingVersion(settings: unknown, dir = TRAINING_DIR): string {
  const hash = createHash('sha256');
  for (const { name, text } of trainingFiles(dir)) hash.update(`${name}\0${text}\0`);
  hash.update(JSON.stringify(settings));
  return hash.digest('hex').slice(0, 16);
}
