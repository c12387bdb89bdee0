import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The seed articles live beside the project (../shared/seeds); tests that read them skip when absent. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const seedsPresent = existsSync(SEEDS_DIR);

const words = (line: string) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * A seed as saved from its page: the first line of six words or more is the title; the body is the
 * distinct paragraphs after it, up to the byline or the first short heading of the related links.
 */
export function readSeed(name: string): { title: string; body: string } {
  const lines = readFileSync(SEEDS_DIR + name, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => words(line) > 0);
  const at = lines.findIndex((line) => words(line) >= 6);
  const title = lines[at] ?? '';
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (words(line) < 6) break;
    if (line !== title && !body.includes(line)) body.push(line);
  }
  return { title, body: body.join('\n') };
}
