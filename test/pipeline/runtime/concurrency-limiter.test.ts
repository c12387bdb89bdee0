import { expect, it } from 'vitest';
import { createConcurrencyLimiter } from '../../../pipeline/runtime/concurrency-limiter.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

it('never runs more tasks at once than its concurrency', async () => {
  const limiter = createConcurrencyLimiter(3);
  let running = 0;
  let peak = 0;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      limiter.run(async () => {
        running += 1;
        peak = Math.max(peak, running);
        await tick();
        running -= 1;
        return i;
      }),
    ),
  );
  expect(peak).toBe(3);
  expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
});

it('starts tasks in the order they were submitted', async () => {
  const limiter = createConcurrencyLimiter(1);
  const started: number[] = [];
  await Promise.all([1, 2, 3, 4].map((n) => limiter.run(async () => void started.push(n))));
  expect(started).toEqual([1, 2, 3, 4]);
});

it('frees the slot of a task that throws, even synchronously', async () => {
  const limiter = createConcurrencyLimiter(1);
  const failing = limiter.run(() => {
    throw new Error('boom');
  });
  await expect(failing).rejects.toThrow('boom');
  await expect(limiter.run(async () => 'next')).resolves.toBe('next');
});

it('resolves onIdle only when nothing runs and nothing waits', async () => {
  const limiter = createConcurrencyLimiter(2);
  let done = 0;
  for (let i = 0; i < 5; i += 1) void limiter.run(async () => void (await tick(), (done += 1)));
  expect(limiter.waiting).toBe(3);
  await limiter.onIdle();
  expect(done).toBe(5);
  await expect(limiter.onIdle()).resolves.toBeUndefined();
});

it.each([0, -1, 1.5, Number.NaN])('refuses a concurrency of %s', (value) => {
  expect(() => createConcurrencyLimiter(value)).toThrow(RangeError);
});
