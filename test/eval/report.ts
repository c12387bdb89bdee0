import type { Prf, GroupScores, SetField } from './score-tags.ts';
import type { DocResult, TagEvalResult } from './run-eval.ts';

const pct = (value: number) => value.toFixed(3);
const prfLine = (name: string, score: Prf) =>
  `  ${name.padEnd(24)} P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}  (gold ${score.support})`;

/** The scores of one group of documents as aligned text lines. */
export function formatGroup(name: string, group: GroupScores): string[] {
  return [
    `${name}: ${group.documents} documents`,
    `${prfLine('relevance (relevant=true)', group.relevance)}  accuracy ${pct(group.relevance.accuracy)}`,
    `  ${'primary province'.padEnd(24)} accuracy ${pct(group.primaryAccuracy)} as named, ${pct(group.primaryCurrentAccuracy)} as today's unit`,
    prfLine('provinces as named', group.provinces),
    prfLine("provinces today's units", group.provincesCurrent),
    prfLine('countries', group.countries),
    `${prfLine('activities (micro)', group.activitiesMicro)}  macro-F1 ${pct(group.activitiesMacroF1)}`,
    ...Object.entries(group.activitiesByCode)
      .filter(([, score]) => score.support > 0 || score.precision < 1)
      .map(([code, score]) => prfLine(`  ${code}`, score)),
  ];
}

const FIELD_NAMES: Partial<Record<SetField, string>> = {
  provinces: 'provinces',
  countries: 'countries',
  activities: 'activities',
};

/** What went wrong on one document, `-` for missed and `+` for added. */
export function formatDoc(doc: DocResult): string[] {
  const lines = [`${doc.id} (${doc.kind}, ${doc.diff.errors} errors) ${doc.title.slice(0, 80)}`];
  if (doc.extractionError) lines.push(`    extraction: ${doc.extractionError}`);
  if (doc.diff.relevant) {
    lines.push(
      `    relevant: gold ${doc.diff.relevant.gold}, output ${doc.diff.relevant.predicted} (score ${pct(doc.diff.relevant.relevance)})`,
    );
  }
  if (doc.diff.primary) {
    lines.push(
      `    primary: gold ${doc.diff.primary.gold ?? 'null'}, output ${doc.diff.primary.predicted ?? 'null'}`,
    );
  }
  for (const [field, name] of Object.entries(FIELD_NAMES) as [SetField, string][]) {
    const { missed, added } = doc.diff.fields[field];
    if (missed.length + added.length === 0) continue;
    lines.push(
      `    ${name}: ${[...missed.map((item) => `-${item}`), ...added.map((item) => `+${item}`)].join(' ')}`,
    );
  }
  return lines;
}

/** The documents with the most errors, worst first (ties by id for a stable report). */
export function worstDocs(docs: readonly DocResult[], count: number): DocResult[] {
  return docs
    .filter((doc) => doc.diff.errors > 0)
    .sort((a, b) => b.diff.errors - a.diff.errors || a.id.localeCompare(b.id))
    .slice(0, count);
}

/** The whole tag report: notes, scores for text, HTML and all documents, then the worst documents. */
export function formatTagReport(result: TagEvalResult, worst: number): string {
  const lines = [
    `Tag evaluation of ${result.corpusDir} (classifier ${result.classifierVersion ?? 'unknown'})`,
    ...result.notes.map((note) => `note: ${note}`),
  ];
  if (result.docs.length === 0) return [...lines, 'no documents with tag labels'].join('\n');
  lines.push('', ...formatGroup('text documents', result.groups.text));
  if (result.groups.html)
    lines.push('', ...formatGroup('HTML documents (extracted, then tagged)', result.groups.html));
  lines.push('', ...formatGroup('all documents', result.groups.all));
  const docs = worstDocs(result.docs, worst);
  lines.push('', `${docs.length} worst documents (- missed, + added):`);
  for (const doc of docs) lines.push(...formatDoc(doc));
  const perDoc = result.docs.length > 0 ? result.tagMillis / result.docs.length : 0;
  lines.push('', `tagging took ${result.tagMillis.toFixed(0)} ms (${perDoc.toFixed(2)} ms per document)`);
  return lines.join('\n');
}
