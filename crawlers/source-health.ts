import { z } from 'zod';

/** Health of one entry point (feed, sitemap, listing, home page) of a source. */
export interface EntryPointHealth {
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

/** Health of a source, kept as JSON in `sources.health`. Times are ISO strings. */
export interface SourceHealth {
  lastCrawlAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  /** Failed crawls in a row; reset by a successful one. */
  consecutiveFailures: number;
  /** 0–1, an exponentially weighted share of recent crawls that failed. */
  failureScore: number;
  /** 0–1, an exponentially weighted share of fetched articles that were new or changed. Starts at 0.5. */
  changeRate: number;
  /** No scheduled crawl before this time (after failures). */
  backoffUntil: string | null;
  entryPoints: Record<string, EntryPointHealth>;
}

/** What one crawl tells the health record. */
export interface CrawlHealthReport {
  at: Date;
  /** False when the crawl threw or every entry point failed. */
  ok: boolean;
  error?: string;
  entryPoints: Record<string, { ok: boolean; error?: string }>;
  /** Article pages fetched or confirmed unchanged, and how many of them were new or changed. */
  articlesSeen: number;
  articlesChanged: number;
}

/** Thresholds of the health policy. */
export interface HealthPolicy {
  /** Failed crawls in a row after which the source is disabled. @defaultValue 8 */
  disableAfterFailures: number;
  /** Weight of the latest crawl in the scores. @defaultValue 0.3 */
  smoothing: number;
  /** Backoff after the first failure, doubled by each further one. @defaultValue 15 min */
  backoffBaseMillis: number;
  /** Longest backoff. @defaultValue 24 h */
  backoffMaxMillis: number;
}

export const DEFAULT_HEALTH_POLICY: HealthPolicy = Object.freeze({
  disableAfterFailures: 8,
  smoothing: 0.3,
  backoffBaseMillis: 15 * 60_000,
  backoffMaxMillis: 24 * 3600_000,
});

export function emptyHealth(): SourceHealth {
  return {
    lastCrawlAt: null,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    consecutiveFailures: 0,
    failureScore: 0,
    changeRate: 0.5,
    backoffUntil: null,
    entryPoints: {},
  };
}

const nullableString = z.string().nullable().catch(null);
const entryPointSchema = z.object({
  lastSuccessAt: nullableString,
  lastErrorAt: nullableString,
  lastError: nullableString,
  consecutiveFailures: z.number().int().min(0).catch(0),
});
const healthSchema = z.object({
  lastCrawlAt: nullableString,
  lastSuccessAt: nullableString,
  lastErrorAt: nullableString,
  lastError: nullableString,
  consecutiveFailures: z.number().int().min(0).catch(0),
  failureScore: z.number().min(0).max(1).catch(0),
  changeRate: z.number().min(0).max(1).catch(0.5),
  backoffUntil: nullableString,
  entryPoints: z.record(z.string(), entryPointSchema).catch({}),
});

/** Reads `sources.health` as stored; anything missing or malformed falls back to a fresh value, field by field. */
export function parseHealth(value: unknown): SourceHealth {
  const parsed = healthSchema.safeParse(typeof value === 'string' ? safeJson(value) : (value ?? {}));
  return parsed.success ? parsed.data : emptyHealth();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

/**
 * The health after one crawl, and the reason to disable the source when it has failed too often
 * in a row. Pure: the caller stores the health and disables the source.
 */
export function recordCrawlHealth(
  previous: SourceHealth,
  report: CrawlHealthReport,
  policy: HealthPolicy = DEFAULT_HEALTH_POLICY,
): { health: SourceHealth; disableReason: string | null } {
  const at = report.at.toISOString();
  const entryPoints = { ...previous.entryPoints };
  for (const [url, outcome] of Object.entries(report.entryPoints)) {
    const before = entryPoints[url] ?? { lastSuccessAt: null, lastErrorAt: null, lastError: null, consecutiveFailures: 0 };
    entryPoints[url] = outcome.ok
      ? { ...before, lastSuccessAt: at, consecutiveFailures: 0 }
      : { ...before, lastErrorAt: at, lastError: outcome.error ?? 'failed', consecutiveFailures: before.consecutiveFailures + 1 };
  }
  const weight = policy.smoothing;
  const failures = report.ok ? 0 : previous.consecutiveFailures + 1;
  const changeRate =
    report.ok && report.articlesSeen > 0
      ? previous.changeRate * (1 - weight) + (report.articlesChanged / report.articlesSeen) * weight
      : previous.changeRate;
  const backoffMillis = failures === 0 ? 0 : Math.min(policy.backoffMaxMillis, policy.backoffBaseMillis * 2 ** (failures - 1));
  const health: SourceHealth = {
    lastCrawlAt: at,
    lastSuccessAt: report.ok ? at : previous.lastSuccessAt,
    lastErrorAt: report.ok ? previous.lastErrorAt : at,
    lastError: report.ok ? previous.lastError : (report.error ?? 'every entry point failed'),
    consecutiveFailures: failures,
    failureScore: round(previous.failureScore * (1 - weight) + (report.ok ? 0 : 1) * weight),
    changeRate: round(changeRate),
    backoffUntil: backoffMillis > 0 ? new Date(report.at.getTime() + backoffMillis).toISOString() : null,
    entryPoints,
  };
  const disableReason =
    failures >= policy.disableAfterFailures
      ? `disabled after ${failures} failed crawls in a row; last error: ${health.lastError}`
      : null;
  return { health, disableReason };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Bounds of adaptive spacing, as multiples of the source's cron interval. */
export const SPACING_BOUNDS = Object.freeze({ min: 0.5, max: 4 });

/**
 * How long to wait before the next scheduled crawl of a source, given its cron interval:
 * sources whose pages rarely change are crawled less often (up to 4× the interval), those that
 * change often more often (down to half), and a failing source waits out its backoff.
 * A change rate of 0.5 (the start value) keeps the interval as configured.
 */
export function nextCrawlDelay(health: SourceHealth, baseIntervalMillis: number, now: Date = new Date()): number {
  // 4^(1 − 2·rate): 1 at rate 0.5, 2 at 0.25, 4 at 0 (nothing ever changes), ½ at 0.75 and above.
  const factor = Math.min(SPACING_BOUNDS.max, Math.max(SPACING_BOUNDS.min, 4 ** (1 - 2 * health.changeRate)));
  const adaptive = Math.round(baseIntervalMillis * factor);
  const backoff = health.backoffUntil ? Math.max(0, Date.parse(health.backoffUntil) - now.getTime()) : 0;
  return Math.max(adaptive, backoff);
}

/** True while a failing source is backed off: a scheduled crawl should be skipped. */
export function isBackedOff(health: SourceHealth, now: Date = new Date()): boolean {
  return health.backoffUntil !== null && Date.parse(health.backoffUntil) > now.getTime();
}
