import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { mapJsonLines, parseObjectLine } from '../jsonl-lines.ts';
import { runCommand } from '../run-command.ts';

interface TagOptions {
  jsonl?: boolean;
  title?: string;
  body?: string;
}

/** One input line of `vnnews tag --jsonl`. */
interface TagLine {
  id: unknown;
  title: string;
  body: string;
  /** Optional publication date (ISO 8601): `publishedAt` or `published`. */
  publishedAt: string | null;
}

/** Parses one JSONL line; throws an Error whose message is the `error` printed for that line. */
function parseLine(line: string): TagLine {
  const record = parseObjectLine(line, '{"id","title","body"}');
  const title = record.title ?? '';
  const body = record.body ?? '';
  if (typeof title !== 'string') throw new Error('"title" must be a string');
  if (typeof body !== 'string') throw new Error('"body" must be a string');
  if (!title && !body) throw new Error('"title" and "body" are both empty');
  const published = record.publishedAt ?? record.published ?? null;
  if (published !== null && typeof published !== 'string') throw new Error('"publishedAt" must be an ISO date string');
  return { id: record.id ?? null, title, body, publishedAt: published };
}

/** A text file: the first non-empty line is the title, the rest is the body. */
function readTextFile(path: string): { title: string; body: string } {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) throw new Error(`${path} is empty`);
  return { title: (lines[first] ?? '').trim(), body: lines.slice(first + 1).join('\n').trim() };
}

export function register(program: Command): void {
  program
    .command('tag')
    .description('Tag articles: provinces, partner countries, regions, activities and relevance, with evidence')
    .argument('[file]', 'a text file: first line the title, the rest the body')
    .option('--jsonl', 'read {"id","title","body"} lines on stdin (optional "publishedAt"), write one JSON line per input')
    .option('--title <text>', 'title of one article')
    .option('--body <text>', 'body of one article (lead and paragraphs, one a line)')
    .action(
      runCommand('tag', async (file: string | undefined, options: TagOptions) => {
        const { classify } = await import('../../classifiers/classify.ts');
        const { tagsToJson } = await import('../../classifiers/tag-output.ts');

        if (options.jsonl) {
          if (file || options.title || options.body) throw new Error('--jsonl reads stdin: give no file, --title or --body');
          await mapJsonLines((line) => {
            const input = parseLine(line);
            const result = classify({ title: input.title, body: input.body, publishedAt: input.publishedAt });
            return { id: input.id, ...tagsToJson(result) };
          });
          return;
        }

        if (file && (options.title || options.body)) throw new Error('give either a file or --title/--body, not both');
        const input = file ? readTextFile(file) : { title: options.title ?? '', body: options.body ?? '' };
        if (!input.title && !input.body) throw new Error('nothing to tag: give a file, --title/--body, or --jsonl with lines on stdin');
        process.stdout.write(`${JSON.stringify({ id: file ?? null, ...tagsToJson(classify(input)) }, null, 2)}\n`);
      }),
    );
}
