/**
 * A site profile: where a site puts the parts of an article, as CSS selectors. Data only; the
 * extractor (pipeline/extract) reads it. For each field the selectors are tried in order and the
 * first that matches wins; `body` takes every match of the first selector that matches, in page
 * order (bodies split over several containers). A profile that finds no body falls back to the
 * generic extractor, so a site redesign degrades instead of failing.
 */
export interface SiteProfile {
  /** Short name: `vnexpress`, `tuoitre`; shown as `method: 'profile:<site>'`. */
  site: string;
  /** Host names without `www.`; sub-domains match too. */
  hosts: string[];
  title?: string[];
  sapo?: string[];
  body: string[];
  /** Elements holding the printed publication date. */
  date?: string[];
  /** Elements holding the byline. */
  author?: string[];
  /** Image captions, when `body` selects paragraphs only and would miss the figures between them. */
  captions?: string[];
  /** Removed inside the body before reading it: related boxes, embedded widgets, bylines in boxes. */
  drop?: string[];
  /** Home province of a provincial outlet (LABELS.md slug). */
  homeProvince?: string;
}
