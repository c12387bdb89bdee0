import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

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
  /** Gold title, date, author and body (for HTML documents, what extraction should find); null or '' when the label has none. */
  title: string;
  published: string | null;
  author: string | null;
  body: string;
  /**
   * The tags, or null for a page labelled for extraction only (no `relevant` field, as in an
   * extraction benchmark): tagging leaves such a page out, extraction scores it.
   */
  gold: GoldLabels | null;
}

/** The documents of a corpus folder, and the files in it that are not documents. */
export interface Corpus {
  docs: LabelledDoc[];
  /** One line per JSON file that is not a labelled document, so that nothing is left out unsaid. */
  notes: string[];
}

function asStringArray(value: unknown, field: string, path: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`${path}: "${field}" must be an array of strings`);
  }
  return value as string[];
}

function readJson(labelPath: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(labelPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${labelPath}: not valid JSON (${(error as Error).message})`);
  }
}

function goldTags(raw: Record<string, unknown>, labelPath: string): GoldLabels | null {
  if (raw.relevant === undefined || raw.relevant === null) return null;
  if (typeof raw.relevant !== 'boolean') throw new Error(`${labelPath}: "relevant" must be true or false`);
  const primary = raw.province_primary;
  if (primary !== undefined && primary !== null && typeof primary !== 'string') {
    throw new Error(`${labelPath}: "province_primary" must be a slug or null`);
  }
  return {
    relevant: raw.relevant,
    province_primary: primary ?? null,
    provinces: asStringArray(raw.provinces ?? [], 'provinces', labelPath),
    countries: asStringArray(raw.countries ?? [], 'countries', labelPath),
    activities: asStringArray(raw.activities ?? [], 'activities', labelPath),
  };
}

/** Reads and checks one label file; a malformed label is an error naming the file, never skipped silently. */
export function readLabel(labelPath: string, kind: 'text' | 'html'): LabelledDoc {
  const raw = readJson(labelPath);
  const htmlPath = kind === 'html' ? labelPath.replace(/\.json$/, '.html') : null;
  if (htmlPath !== null && !existsSync(htmlPath)) throw new Error(`${labelPath}: the page ${htmlPath} is missing`);
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    id: text(raw.id) ?? basename(labelPath).replace(/\.json$/, ''),
    kind,
    labelPath,
    htmlPath,
    url: text(raw.url),
    title: text(raw.title) ?? '',
    published: text(raw.published),
    author: text(raw.author),
    body: text(raw.body) ?? '',
    gold: goldTags(raw, labelPath),
  };
}

/** JSON files under `dir` and its subfolders (hidden folders aside), in a stable order. */
function jsonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesUnder(path));
    else if (entry.name.endsWith('.json')) found.push(path);
  }
  return found;
}

/**
 * Every labelled document under `corpusDir`, in `text/` and `html/` as LABELS.md lays them out or
 * in further subfolders (a second set, an extraction benchmark): a `NAME.json` beside `NAME.html`
 * is an HTML document; a label under a `text` folder, or with a body and tags but no page, is a
 * text document. Other JSON files are listed in `notes`. Throws when the folder holds no document.
 */
export function loadCorpus(corpusDir: string): Corpus {
  if (!existsSync(corpusDir)) throw new Error(`corpus folder not found: ${corpusDir}`);
  const docs: LabelledDoc[] = [];
  const notes: string[] = [];
  for (const labelPath of jsonFilesUnder(corpusDir)) {
    const folder = basename(dirname(labelPath));
    if (existsSync(labelPath.replace(/\.json$/, '.html')) || folder === 'html') {
      docs.push(readLabel(labelPath, 'html'));
      continue;
    }
    const doc = readLabel(labelPath, 'text');
    if (doc.gold !== null && (folder === 'text' || doc.body !== '')) docs.push(doc);
    else notes.push(`${relative(corpusDir, labelPath)} left out: neither a page beside it nor a text with tags`);
  }
  if (docs.length === 0) throw new Error(`no labelled documents under ${corpusDir} (LABELS.md format: text/ and html/)`);
  return { docs, notes };
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
