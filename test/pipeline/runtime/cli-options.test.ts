import { expect, it } from 'vitest';
import { parseSinceDate } from '../../../cli/commands/crawl.ts';
import { parseConcurrency, parseQueueList } from '../../../cli/commands/worker.ts';

const now = new Date('2026-11-23T00:00:00Z');

it.each([
  ['2025-01-01', '2025-01-01'],
  ['2024-02-29', '2024-02-29'],
])('accepts --since %s', (value, expected) => {
  expect(parseSinceDate(value, now)).toBe(expected);
});

it.each([['2025-02-30'], ['2025-1-1'], ['yesterday'], ['2027-01-01'], ['2025-13-01']])('refuses --since %s', (value) => {
  expect(() => parseSinceDate(value, now)).toThrow(/--since/);
});

it.each([
  ['crawl,process,reprocess', ['crawl', 'process', 'reprocess']],
  [' process , process ', ['process']],
  ['reprocess', ['reprocess']],
])('reads --queues %j', (value, expected) => {
  expect(parseQueueList(value)).toEqual(expected);
});

it.each([[''], ['crawl,fetch'], [',']])('refuses --queues %j', (value) => {
  expect(() => parseQueueList(value)).toThrow(/--queues/);
});

it.each([['0'], ['-2'], ['1.5'], ['many']])('refuses --concurrency %s', (value) => {
  expect(() => parseConcurrency(value)).toThrow(/--concurrency/);
});

it('leaves --concurrency unset when it is not given', () => {
  expect(parseConcurrency(undefined)).toBeUndefined();
  expect(parseConcurrency('12')).toBe(12);
});
