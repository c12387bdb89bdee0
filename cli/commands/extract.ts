import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ExtractedArticle, ExtractOutcome } from '../../pipeline/types.ts';
import { mapJsonLines, parseObjectLine } from '../jsonl-lines.ts';
import { runCommand } from '../run-command.ts';

interface ExtractOptions {
  url?: string;
  profiles: boolean;
  jsonl?: boolean;
  contentType?: string;
}

/** One input line of `vnnews extract --jsonl`. */
interface ExtractLine {
  id: unknown;
  url: string | undefined;
  html: string;
}

/** Parses one JSONL line; throws an Error whose message is the `error` printed for that line. */
function parseLine(line: string): ExtractLine {
  const record = parseObjectLine(line, '{"id","url","html"}');
  if (typeof record.html !== 'string') throw new Error('"html" must be a string');
  if (record.url !== undefined && record.url !== null && typeof record.url !== 'string') throw new Error('"url" must be a string');
  return { id: record.id ?? null, url: typeof record.url === 'string' && record.url ? record.url : undefined, html: record.html };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('Extract the article of an HTML page (title, date, author, lead, text) and tag it')
    .argument('[file]', 'an HTML file (bytes, any charset); stdin when absent')
    .option('--url <url>', "the page's address: picks the site profile, resolves the canonical URL")
    .option('--content-type <value>', 'the HTTP Content-Type header the page came with (for its charset)')
    .option('--no-profiles', 'use the generic extractor even when the site has a profile')
    .option('--jsonl', 'read {"id","url","html"} lines on stdin, write one JSON line per input')
    .action(
      runCommand('extract', async (file: string | undefined, options: ExtractOptions) => {
        const { extractArticle } = await import('../../pipeline/extract/index.ts');
        const { composeBody } = await import('../../pipeline/article-body.ts');
        const { classify } = await import('../../classifiers/classify.ts');
        const { tagsToJson } = await import('../../classifiers/tag-output.ts');

        /** Contract 1: the article's fields, then its tags (none for a page that is not an article). */
        const toJson = (id: unknown, outcome: ExtractOutcome): Record<string, unknown> => {
          if (!outcome.ok) return { id, error: outcome.error };
          const a: ExtractedArticle = outcome.article;
          const fields = { id, title: a.title, publishedAt: a.publishedAt, author: a.author, sapo: a.sapo, text: a.text };
          // Tags come from the article alone; a listing or a home page has no article to tag.
          const tags = a.isArticle
            ? tagsToJson(classify({ title: a.title, body: composeBody(a) }))
            : { relevance: 0, relevant: false, provinces: [], countries: [], regions: [], activities: [] };
          return {
            ...fields,
            ...tags,
            isArticle: a.isArticle,
            modifiedAt: a.modifiedAt,
            canonicalUrl: a.canonicalUrl,
            section: a.section,
            keywords: a.keywords,
            captions: a.captions,
            language: a.language,
            charset: a.charset,
            method: a.method,
            extractorVersion: a.extractorVersion,
          };
        };

        if (options.jsonl) {
          if (file) throw new Error('--jsonl reads stdin: give no file');
          await mapJsonLines((line) => {
            const input = parseLine(line);
            return toJson(input.id, extractArticle({ html: input.html, url: input.url, useProfiles: options.profiles }));
          });
          return;
        }

        const bytes = file ? new Uint8Array(readFileSync(file)) : await readStdin();
        const outcome = extractArticle({ html: bytes, url: options.url, contentType: options.contentType ?? null, useProfiles: options.profiles });
        process.stdout.write(`${JSON.stringify(toJson(null, outcome), null, 2)}\n`);
        if (!outcome.ok) process.exitCode = 1;
      }),
    );
}
