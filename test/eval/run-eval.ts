import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { composeBody } from '../../pipeline/article-body.ts';
import type { ArticleText, Classification, ExtractOutcome } from '../../pipeline/types.ts';
import { loadCorpus, type GoldLabels, type LabelledDoc } from './corpus.ts';
import { diffDoc, scoreGroup, type DocDiff, type GroupScores, type PredictedLabels } from './score-tags.ts';

/** The 12 activity codes of LABELS.md, in table order. */
export const ACTIVITY_CODES = [
  'plan',
  'conference',
  'anniversary',
  'delegation',
  'agreement',
  'aid',
  'education',
  'culture_exchange',
  'overseas_vietnamese',
  'economic',
  'promotion',
  'border',
] as const;

export type Classify = (text: ArticleText) => Classification;
type ExtractArticle = (input: { html: Uint8Array | string; url?: string }) => ExtractOutcome;

/** One document after tagging. */
export interface DocResult {
  id: string;
  kind: 'text' | 'html';
  title: string;
  predicted: PredictedLabels;
  diff: DocDiff;
  /** Set when extraction gave no article; the document then counts with empty output. */
  extractionError?: string;
}

export interface TagEvalResult {
  corpusDir: string;
  classifierVersion: string | null;
  groups: { text: GroupScores; html: GroupScores | null; all: GroupScores };
  docs: DocResult[];
  /** Lines the report prints as they are (e.g. why HTML documents were skipped). */
  notes: string[];
  /** Milliseconds spent tagging (extraction excluded). */
  tagMillis: number;
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Imports a module that another part of the project may not have written yet; `null` when absent. */
async function importOptional<T>(relativePath: string): Promise<T | null> {
  const path = here(relativePath);
  if (!existsSync(path)) return null;
  return (await import(path)) as T;
}

/** Reduces a Classification to the label format: primary slug, named provinces only, codes. */
export function toPredicted(result: Classification): PredictedLabels {
  const named = result.provinces.filter((tag) => tag.via !== 'place');
  const primary = result.provinces.find((tag) => tag.primary) ?? null;
  return {
    relevant: result.relevant,
    relevance: result.relevance,
    province_primary: primary ? primary.code : null,
    provinces: [...new Set(named.map((tag) => tag.code))],
    countries: [...new Set(result.countries.map((tag) => tag.code))],
    activities: [...new Set(result.activities.map((tag) => tag.code))],
  };
}

const EMPTY: PredictedLabels = {
  relevant: false,
  relevance: 0,
  province_primary: null,
  provinces: [],
  countries: [],
  activities: [],
};

/**
 * Tags every labelled document under `corpusDir` and scores it: text documents through
 * `classify({title, body})`, HTML documents through `extractArticle` then `classify` (skipped with
 * a note while the extraction module does not exist). `options.classify` replaces the project's
 * classifier (to compare a variant).
 */
export async function evaluateTags(
  corpusDir: string,
  options: { classify?: Classify } = {},
): Promise<TagEvalResult> {
  const corpus = loadCorpus(corpusDir);
  const notes = [...corpus.notes];
  const docs = corpus.docs.filter((doc) => doc.gold !== null);
  const extractionOnly = corpus.docs.length - docs.length;
  if (extractionOnly > 0) notes.push(`${extractionOnly} pages labelled for extraction only (no "relevant"): scored under Extraction, not here`);
  let classify = options.classify;
  if (!classify) {
    const classifyModule = await importOptional<{ classify: Classify }>('../../classifiers/classify.ts');
    if (!classifyModule) throw new Error('classifiers/classify.ts does not exist yet: nothing to evaluate');
    classify = classifyModule.classify;
  }
  const htmlDocs = docs.filter((doc) => doc.kind === 'html');
  let extractArticle: ExtractArticle | null = null;
  if (htmlDocs.length > 0) {
    const extractModule = await importOptional<{ extractArticle?: ExtractArticle }>(
      '../../pipeline/extract/index.ts',
    );
    if (extractModule?.extractArticle) extractArticle = extractModule.extractArticle;
    else
      notes.push(
        `${htmlDocs.length} HTML documents skipped: pipeline/extract/index.ts ${extractModule ? 'does not export extractArticle' : 'does not exist yet'}`,
      );
  }
  const results: DocResult[] = [];
  let classifierVersion: string | null = null;
  let tagMillis = 0;
  for (const doc of docs) {
    if (doc.kind === 'html' && !extractArticle) continue;
    const { text, extractionError } = await textOf(doc, extractArticle);
    let predicted = EMPTY;
    if (text) {
      const started = performance.now();
      const classification = classify(text);
      tagMillis += performance.now() - started;
      classifierVersion = classification.classifierVersion;
      predicted = toPredicted(classification);
    }
    results.push({
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      predicted,
      diff: diffDoc(doc.gold as GoldLabels, predicted),
      ...(extractionError ? { extractionError } : {}),
    });
  }
  const goldById = new Map(docs.map((doc) => [doc.id, doc.gold as GoldLabels]));
  const pairsOf = (kind?: 'text' | 'html') =>
    results
      .filter((result) => !kind || result.kind === kind)
      .map((result) => ({ gold: goldById.get(result.id)!, predicted: result.predicted }));
  const htmlPairs = pairsOf('html');
  return {
    corpusDir,
    classifierVersion,
    groups: {
      text: scoreGroup(pairsOf('text'), ACTIVITY_CODES),
      html: htmlPairs.length > 0 ? scoreGroup(htmlPairs, ACTIVITY_CODES) : null,
      all: scoreGroup(pairsOf(), ACTIVITY_CODES),
    },
    docs: results,
    notes,
    tagMillis,
  };
}

async function textOf(
  doc: LabelledDoc,
  extractArticle: ExtractArticle | null,
): Promise<{ text: ArticleText | null; extractionError?: string }> {
  if (doc.kind === 'text') return { text: { title: doc.title, body: doc.body } };
  const html = await readFile(doc.htmlPath!);
  const outcome = extractArticle!({ html: new Uint8Array(html), ...(doc.url ? { url: doc.url } : {}) });
  if (!outcome.ok) return { text: null, extractionError: outcome.error };
  if (!outcome.article.isArticle)
    return { text: null, extractionError: 'extraction says the page is not an article' };
  return { text: { title: outcome.article.title, body: composeBody(outcome.article) } };
}
