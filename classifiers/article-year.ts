/**
 * The year an article is about, for facts that changed with the 2025 arrangement (the city of
 * Huế became a provincial-level unit on 1 January 2025). The publication date when known;
 * otherwise the latest full date written in the text (`2/11/2025`, `ngày 5 tháng 7 năm 2017`),
 * which is nearly always the event's own date. Bare years are not used: plans name future years.
 */
import type { AnalyzedText } from './analyze-text.ts';

const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})\b/g;
const WORDED_DATE = /ngày \d{1,2} tháng \d{1,2} năm ((?:19|20)\d{2})\b/g;

/** The article's year, or null when neither a publication date nor a full date in the text gives it. */
export function articleYear(doc: AnalyzedText): number | null {
  const published = doc.publishedAt ? Number.parseInt(doc.publishedAt.slice(0, 4), 10) : Number.NaN;
  if (Number.isFinite(published)) return published;
  let latest: number | null = null;
  for (const text of [doc.title.normalized, doc.body.normalized]) {
    for (const pattern of [NUMERIC_DATE, WORDED_DATE]) {
      for (const match of text.matchAll(pattern)) {
        const year = Number.parseInt(match[1] ?? '', 10);
        if (latest === null || year > latest) latest = year;
      }
    }
  }
  return latest;
}
