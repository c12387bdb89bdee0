/** Groups items handed on one by one into batches (pages of a crawl into process jobs). */
export interface HandOffBatcher<T> {
  /** Buffers an item; a full batch is handed on at once, a partial one after `maxWaitMillis`. */
  add(item: T): void;
  /** Hands on what is buffered and waits until every hand-off has succeeded or failed. */
  drain(): Promise<void>;
}

export interface HandOffBatcherOptions<T> {
  /** Items per batch at most. */
  maxItems: number;
  /** How long the first item of a partial batch may wait for others. */
  maxWaitMillis: number;
  handOff(items: T[]): Promise<void>;
  onHandedOff?(items: T[]): void;
  /** A failed hand-off is reported, not thrown: the crawl goes on, and its items are still stored. */
  onFailed(items: T[], error: unknown): void;
}

/**
 * A crawl stores pages one at a time; processing them together costs a few statements per batch
 * instead of several per page. The batcher keeps the crawl from waiting: `add` returns at once,
 * and hand-offs run in the background until `drain`.
 */
export function createHandOffBatcher<T>(options: HandOffBatcherOptions<T>): HandOffBatcher<T> {
  let buffer: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buffer.length === 0) return;
    const items = buffer;
    buffer = [];
    const handing = options.handOff(items).then(
      () => options.onHandedOff?.(items),
      (error: unknown) => options.onFailed(items, error),
    );
    inFlight.add(handing);
    void handing.finally(() => inFlight.delete(handing));
  };

  return {
    add(item) {
      buffer.push(item);
      if (buffer.length >= options.maxItems) flush();
      else timer ??= setTimeout(flush, options.maxWaitMillis);
    },
    async drain() {
      flush();
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}
