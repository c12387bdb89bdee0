import { afterEach, expect, it } from 'vitest';
import { createInProcessScheduler, type InProcessScheduler } from '../../../pipeline/runtime/in-process-scheduler.ts';

let scheduler: InProcessScheduler | undefined;
afterEach(() => scheduler?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('fires each enabled source on its cron and stops a source once it is disabled', async () => {
  const fired: string[] = [];
  scheduler = createInProcessScheduler(async (id) => void fired.push(id));
  scheduler.sync([
    { id: 'bao-a', schedule: '* * * * * *', enabled: true },
    { id: 'bao-b', schedule: '* * * * * *', enabled: true },
    { id: 'bao-c', schedule: '* * * * * *', enabled: false },
  ]);
  expect(scheduler.scheduled()).toEqual(['bao-a', 'bao-b']);
  await sleep(2_100);
  expect(fired.filter((id) => id === 'bao-a').length).toBeGreaterThanOrEqual(2);
  expect(fired.filter((id) => id === 'bao-b').length).toBeGreaterThanOrEqual(2);
  expect(fired).not.toContain('bao-c');

  scheduler.sync([{ id: 'bao-a', schedule: '* * * * * *', enabled: true }]);
  expect(scheduler.scheduled()).toEqual(['bao-a']);
  fired.length = 0;
  await sleep(1_100);
  expect(fired).toContain('bao-a');
  expect(fired).not.toContain('bao-b');
});

it('does not start a source again while its previous crawl still runs', async () => {
  let running = 0;
  let peak = 0;
  scheduler = createInProcessScheduler(async () => {
    running += 1;
    peak = Math.max(peak, running);
    await sleep(2_500);
    running -= 1;
  });
  scheduler.sync([{ id: 'slow', schedule: '* * * * * *', enabled: true }]);
  await sleep(2_200);
  expect(peak).toBe(1);
});

it('reports a failing crawl and keeps its timer', async () => {
  const errors: string[] = [];
  scheduler = createInProcessScheduler(
    async () => {
      throw new Error('site down');
    },
    { onError: (id, error) => errors.push(`${id}: ${(error as Error).message}`) },
  );
  scheduler.sync([{ id: 'bao-a', schedule: '* * * * * *', enabled: true }]);
  await sleep(2_100);
  expect(errors.length).toBeGreaterThanOrEqual(2);
  expect(errors[0]).toBe('bao-a: site down');
});
