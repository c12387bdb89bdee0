import { describe, expect, it } from 'vitest';
import {
  emptyHealth,
  isBackedOff,
  nextCrawlDelay,
  parseHealth,
  recordCrawlHealth,
  type CrawlHealthReport,
  type SourceHealth,
} from '../../crawlers/source-health.ts';

const at = new Date('2026-11-20T00:00:00Z');
const failed = (when: Date = at): CrawlHealthReport => ({
  at: when,
  ok: false,
  error: 'every entry point failed',
  entryPoints: { 'https://baomau.vn/rss': { ok: false, error: 'HTTP 503' } },
  articlesSeen: 0,
  articlesChanged: 0,
});
const succeeded = (seen: number, changed: number, when: Date = at): CrawlHealthReport => ({
  at: when,
  ok: true,
  entryPoints: { 'https://baomau.vn/rss': { ok: true } },
  articlesSeen: seen,
  articlesChanged: changed,
});
const HOUR = 3600_000;

describe('source health', () => {
  it('backs a failing source off for longer after each failure', () => {
    let health = emptyHealth();
    const backoffs: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      health = recordCrawlHealth(health, failed()).health;
      backoffs.push(Date.parse(health.backoffUntil ?? '') - at.getTime());
    }
    expect(backoffs).toEqual([15, 30, 60, 120].map((minutes) => minutes * 60_000));
    expect(health.consecutiveFailures).toBe(4);
    expect(isBackedOff(health, new Date(at.getTime() + 60_000))).toBe(true);
    expect(health.entryPoints['https://baomau.vn/rss']).toMatchObject({ consecutiveFailures: 4, lastError: 'HTTP 503' });
  });

  it('disables a source after eight failed crawls in a row, with the last error as the reason', () => {
    let health = emptyHealth();
    const reasons: Array<string | null> = [];
    for (let i = 0; i < 8; i += 1) {
      const next = recordCrawlHealth(health, failed());
      health = next.health;
      reasons.push(next.disableReason);
    }
    expect(reasons.slice(0, 7).every((reason) => reason === null)).toBe(true);
    expect(reasons[7]).toBe('disabled after 8 failed crawls in a row; last error: every entry point failed');
  });

  it('forgets the failure streak and the backoff after one good crawl, but keeps the score', () => {
    let health = emptyHealth();
    for (let i = 0; i < 3; i += 1) health = recordCrawlHealth(health, failed()).health;
    health = recordCrawlHealth(health, succeeded(10, 5)).health;
    expect(health).toMatchObject({ consecutiveFailures: 0, backoffUntil: null, lastSuccessAt: at.toISOString() });
    expect(health.failureScore).toBeGreaterThan(0);
    expect(health.entryPoints['https://baomau.vn/rss']?.consecutiveFailures).toBe(0);
  });

  it('spaces out crawls of a source whose pages rarely change and brings closer those that change often', () => {
    let quiet = emptyHealth();
    let busy = emptyHealth();
    for (let i = 0; i < 10; i += 1) {
      quiet = recordCrawlHealth(quiet, succeeded(20, 0)).health;
      busy = recordCrawlHealth(busy, succeeded(20, 20)).health;
    }
    expect(nextCrawlDelay(emptyHealth(), HOUR, at)).toBe(HOUR);
    expect(nextCrawlDelay(quiet, HOUR, at)).toBeGreaterThan(2.5 * HOUR);
    expect(nextCrawlDelay(quiet, HOUR, at)).toBeLessThanOrEqual(4 * HOUR);
    expect(nextCrawlDelay(busy, HOUR, at)).toBe(HOUR / 2);
  });

  it('waits out a backoff that is longer than the adaptive delay', () => {
    let health: SourceHealth = emptyHealth();
    for (let i = 0; i < 6; i += 1) health = recordCrawlHealth(health, failed()).health;
    expect(nextCrawlDelay(health, 10 * 60_000, at)).toBe(8 * HOUR);
  });

  it('reads stored health leniently, field by field', () => {
    expect(parseHealth(null)).toEqual(emptyHealth());
    expect(parseHealth('not json')).toEqual(emptyHealth());
    expect(parseHealth({ consecutiveFailures: 'three', changeRate: 0.9 })).toMatchObject({ consecutiveFailures: 0, changeRate: 0.9 });
    expect(parseHealth(JSON.stringify({ lastError: 'HTTP 500' })).lastError).toBe('HTTP 500');
  });
});
