/**
 * Spaces request starts to one host by a delay, across every crawl in this process: two sources
 * on one host (a portal and its department's sub-site) share the spacing. crawlee's own
 * `sameDomainDelaySecs` keys on the registrable domain and ignores IP hosts, so it can be neither
 * shared nor tested against a local server.
 */
export class HostGate {
  /** Per host: the end of the queue of waiters, resolving to the time the last one started. */
  readonly #tail = new Map<string, Promise<number>>();

  /**
   * Resolves when a request to `host` may start: `delayMillis` after the previous start as it
   * actually happened (a stalled event loop delays the next start, it never bunches two together).
   */
  wait(host: string, delayMillis: number): Promise<void> {
    if (delayMillis <= 0) return Promise.resolve();
    const previous = this.#tail.get(host) ?? Promise.resolve(Number.NEGATIVE_INFINITY);
    const started = previous.then(async (lastStart) => {
      const wait = lastStart + delayMillis - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return Date.now();
    });
    this.#tail.set(host, started);
    return started.then(() => undefined);
  }
}

/** The gate every crawl in this process shares. */
export const sharedHostGate = new HostGate();
