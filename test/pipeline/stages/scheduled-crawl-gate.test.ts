import { expect, it } from 'vitest';
import { emptyHealth, type SourceHealth } from '../../../crawlers/source-health.ts';
import { cronIntervalMillis, scheduledCrawlDecision } from '../../../pipeline/stages/scheduled-crawl-gate.ts';

const now = new Date('2026-11-23T05:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
const health = (change: Partial<SourceHealth>): SourceHealth => ({ ...emptyHealth(), ...change });

it.each([
  ['a source never crawled', health({}), true],
  ['a source crawled one interval ago at the usual change rate', health({ lastCrawlAt: hoursAgo(2), changeRate: 0.5 }), true],
  ['a source crawled an hour ago on a two-hour cron', health({ lastCrawlAt: hoursAgo(1), changeRate: 0.5 }), false],
  ['a source whose pages never change, crawled 4 h ago (spacing 8 h)', health({ lastCrawlAt: hoursAgo(4), changeRate: 0 }), false],
  ['a source whose pages never change, crawled 8 h ago', health({ lastCrawlAt: hoursAgo(8), changeRate: 0 }), true],
  ['a busy source crawled 1.5 h ago (spacing capped at the cron)', health({ lastCrawlAt: hoursAgo(1.5), changeRate: 1 }), true],
  ['a source backed off for another hour', health({ backoffUntil: new Date(now.getTime() + 3600_000).toISOString() }), false],
  ['a source whose backoff is over', health({ backoffUntil: hoursAgo(0.1), lastCrawlAt: hoursAgo(3) }), true],
])('decides whether a scheduled crawl runs for %s', (_name, sourceHealth, expected) => {
  expect(scheduledCrawlDecision(sourceHealth, '0 */2 * * *', now).run).toBe(expected);
});

it('says why a scheduled crawl is skipped', () => {
  const decision = scheduledCrawlDecision(health({ lastCrawlAt: hoursAgo(4), changeRate: 0 }), '0 */2 * * *', now);
  expect(decision).toEqual({ run: false, reason: expect.stringContaining('spaced out') });
});

it.each([
  ['0 */2 * * *', 2 * 3600_000],
  ['*/30 * * * *', 30 * 60_000],
  ['* * * * * *', 1_000],
])('measures the interval of %s', (pattern, millis) => {
  expect(cronIntervalMillis(pattern, now)).toBe(millis);
});
