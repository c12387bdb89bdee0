/**
 * Shapes that cross folders. Plain data only: nothing here imports a library.
 *
 * Text offsets: every `Evidence` points into the ORIGINAL text the classifier was given
 * (`ArticleText.title` or `ArticleText.body`), never into a normalised copy, so a reader
 * can highlight `body.slice(start, end)` as printed.
 */

/** Slug of a provincial-level unit as LABELS.md spells it: `da-nang`, `ba-ria-vung-tau`, `ho-chi-minh`, `hue`. */
export type ProvinceSlug = string;

/** ISO 3166-1 alpha-2 code of a foreign country or territory, upper case: `IN`, `LA`, `US`. Never `VN`. */
export type CountryCode = string;

/** A region or bloc that is not a country: `ASEAN`, `EU`, `western-europe`, `northern-europe`, … */
export type RegionCode = string;

/** The 12 activity types of foreign affairs / people's diplomacy (LABELS.md). */
export type ActivityCode =
  | 'plan'
  | 'conference'
  | 'anniversary'
  | 'delegation'
  | 'agreement'
  | 'aid'
  | 'education'
  | 'culture_exchange'
  | 'overseas_vietnamese'
  | 'economic'
  | 'promotion'
  | 'border';

export type TagKind = 'province' | 'country' | 'activity' | 'region';

/** How a tag was found: a name list, a hand-written rule or cue, or the trained model. */
export type TagMethod = 'gazetteer' | 'rule' | 'model';

/** Which text an evidence span points into. */
export type TextField = 'title' | 'body';

/** A span of the original text that supports a tag; `text` is `source.slice(start, end)`. */
export interface Evidence {
  field: TextField;
  start: number;
  end: number;
  text: string;
}

interface TagBase {
  /** 0–1. */
  confidence: number;
  method: TagMethod;
  evidence: Evidence[];
}

export interface ProvinceTag extends TagBase {
  /** The unit as the article names it (a 2022 article about Quảng Nam says `quang-nam`). */
  code: ProvinceSlug;
  /** The unit it belongs to today, after the 1 July 2025 arrangement (`quang-nam` → `da-nang`). */
  current: ProvinceSlug;
  /** `name`: the unit itself is named; `place`: derived from a city or town inside it (Hội An, Nha Trang). */
  via: 'name' | 'place';
  /** The one unit whose actors carry out the activity; at most one tag per article is primary. */
  primary: boolean;
}

export interface CountryTag extends TagBase {
  code: CountryCode;
}

export interface RegionTag extends TagBase {
  code: RegionCode;
}

export interface ActivityTag extends TagBase {
  code: ActivityCode;
}

/** What the classifiers read. `body` is the lead (sapo) and the paragraphs, one paragraph a line. */
export interface ArticleText {
  title: string;
  body: string;
  /** Home province of a provincial outlet: a prior for the primary province. */
  homeProvince?: ProvinceSlug | null;
  /** Publication date (ISO 8601) when known: tells which administrative map the article follows (Huế before/after 2025). */
  publishedAt?: string | null;
}

/** Everything the classifiers say about one article. */
export interface Classification {
  /** 0–1: how likely the article is about foreign affairs / cooperation / people's diplomacy of a Vietnamese locality or organisation. */
  relevance: number;
  relevant: boolean;
  provinces: ProvinceTag[];
  countries: CountryTag[];
  regions: RegionTag[];
  activities: ActivityTag[];
  /** Changes whenever a gazetteer, a rule set or the model changes. */
  classifierVersion: string;
}

/** A fetched page exactly as the server sent it. */
export interface RawPage {
  url: string;
  /** After redirects. */
  finalUrl: string;
  fetchedAt: Date;
  httpStatus: number;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Uint8Array;
}

/** A clean article taken out of a page. Dates are ISO 8601 with the offset (`2022-03-21T14:30:00+07:00`). */
export interface ExtractedArticle {
  /** False for listing pages, home pages and pages with no article body. */
  isArticle: boolean;
  title: string;
  /** The lead paragraph, kept apart from the body; empty when the page has none. */
  sapo: string;
  /** The article's paragraphs in order, one a line; no captions, bylines, related links. */
  text: string;
  author: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  language: string | null;
  section: string | null;
  keywords: string[];
  /** Image captions, apart from the body. */
  captions: string[];
  /** Charset the bytes were decoded with (`utf-8`, `windows-1258`, `tcvn3`, `vni`). */
  charset: string;
  /** `profile:<site>` when a site profile matched, else `generic`. */
  method: string;
  extractorVersion: string;
}

/** Extraction either gives an article (maybe `isArticle: false`) or a reason it could not. */
export type ExtractOutcome = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

/** Kinds of sources in the registry. */
export type SourceKind =
  | 'provincial_paper'
  | 'provincial_portal'
  | 'provincial_foreign_affairs'
  | 'national_outlet'
  | 'friendship_organisation';

/** Payload of a `crawl` job: crawl one source. */
export interface CrawlJobData {
  sourceId: string;
  /** ISO date: backfill back to this date through pagination and sitemaps. */
  since?: string;
  /** Why the crawl runs: `schedule`, `cli`, `api`. */
  trigger: 'schedule' | 'cli' | 'api';
}

/** Payload of a `process` or `reprocess` job: extract and tag one stored page. */
export interface ProcessJobData {
  pageId: number;
  url: string;
  /** Version of the stored body (its sha256, or the page's version count): part of the job id, so a changed page is processed again. */
  version?: string;
  /** Crawl run that fetched the page; its `articles_stored` and `relevant` counters are updated. */
  runId?: number;
}
