/** Runs async tasks with at most `concurrency` at once, in the order they were submitted. */
export interface ConcurrencyLimiter {
  /** Starts `task` as soon as a slot is free; resolves or rejects with the task's result. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves when nothing is running and nothing is waiting. */
  onIdle(): Promise<void>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

/**
 * A small FIFO limiter for the in-process runtime: the embedded mode's stand-in for a worker's
 * `concurrency`, so a crawl that finds 5,000 pages does not start 5,000 extractions at once.
 */
export function createConcurrencyLimiter(concurrency: number): ConcurrencyLimiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const queue: Array<() => void> = [];
  let active = 0;
  let idleWaiters: Array<() => void> = [];

  const next = () => {
    if (active < concurrency) {
      const start = queue.shift();
      if (start) {
        active += 1;
        start();
        return;
      }
    }
    if (active === 0 && queue.length === 0 && idleWaiters.length > 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  };

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push(() => {
          // A task that throws synchronously still frees its slot.
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              active -= 1;
              next();
            });
        });
        next();
      });
    },
    onIdle() {
      if (active === 0 && queue.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
