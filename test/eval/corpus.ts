import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Gold labels of one document, in the LABELS.md format. */
export interface GoldLabels {
  relevant: boolean;
  province_primary: string | null;
  provinces: string[];
  countries: string[];
  activities: string[];
}

/** One labelled document of the corpus: a text document or an HTML page with its label. */
export interface LabelledDoc {
  id: string;
  kind: 'text' | 'html';
  /** The JSON label file. */
  labelPath: string;
  /** For HTML documents: the saved page beside the label. */
  htmlPath: string | null;
  url: string | null;
  /** Gold title and body (for HTML documents the body is what extraction should find). */
  title: string;
  body: string;
  gold: GoldLabels;
}

function asStringArray(value: unknown, field: string, path: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`${path}: "${field}" must be an array of strings`);
  }
  return value as string[];
}

/** Reads and checks one label file; a malformed label is an error naming the file, never skipped silently. */
export function readLabel(labelPath: string, kind: 'text' | 'html'): LabelledDoc {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(labelPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${labelPath}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof raw.relevant !== 'boolean') throw new Error(`${labelPath}: "relevant" must be true or false`);
  const primary = raw.province_primary;
  if (primary !== null && typeof primary !== 'string') {
    throw new Error(`${labelPath}: "province_primary" must be a slug or null`);
  }
  const htmlPath = kind === 'html' ? labelPath.replace(/\.json$/, '.html') : null;
  if (htmlPath !== null && !existsSync(htmlPath))
    throw new Error(`${labelPath}: the page ${htmlPath} is missing`);
  const id = typeof raw.id === 'string' ? raw.id : labelPath.replace(/^.*\//, '').replace(/\.json$/, '');
  return {
    id,
    kind,
    labelPath,
    htmlPath,
    url: typeof raw.url === 'string' ? raw.url : null,
    title: typeof raw.title === 'string' ? raw.title : '',
    body: typeof raw.body === 'string' ? raw.body : '',
    gold: {
      relevant: raw.relevant,
      province_primary: primary ?? null,
      provinces: asStringArray(raw.provinces ?? [], 'provinces', labelPath),
      countries: asStringArray(raw.countries ?? [], 'countries', labelPath),
      activities: asStringArray(raw.activities ?? [], 'activities', labelPath),
    },
  };
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Every labelled document under `corpusDir`: `text/*.json` (title + body) and
 * `html/NAME.json` beside `html/NAME.html`. Throws when the folder holds neither.
 */
export function loadCorpus(corpusDir: string): LabelledDoc[] {
  if (!existsSync(corpusDir)) throw new Error(`corpus folder not found: ${corpusDir}`);
  const docs = [
    ...jsonFiles(join(corpusDir, 'text')).map((path) => readLabel(path, 'text')),
    ...jsonFiles(join(corpusDir, 'html')).map((path) => readLabel(path, 'html')),
  ];
  if (docs.length === 0)
    throw new Error(`no labelled documents under ${corpusDir}/text or ${corpusDir}/html`);
  return docs;
}

/**
 * sha256 over every file of `text/` and `html/` (names and bytes, sorted), so a baseline can
 * tell whether it was measured on the same corpus.
 */
export function corpusHash(corpusDir: string): string {
  const hash = createHash('sha256');
  for (const sub of ['text', 'html']) {
    const dir = join(corpusDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      hash.update(`${sub}/${name}\0`);
      hash.update(readFileSync(join(dir, name)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}
