/**
 * Spaces request starts to one host by a delay, across every crawl in this process: two sources
 * on one host (a portal and its department's sub-site) share the spacing. crawlee's own
 * `sameDomainDelaySecs` keys on the registrable domain and ignores IP hosts, so it can be neither
 * shared nor tested against a local server.
 */
export class HostGate {
  readonly #nextStart = new Map<string, number>();

  /** Resolves when a request to `host` may start, `delayMillis` after the previous start. */
  async wait(host: string, delayMillis: number, now: () => number = Date.now): Promise<void> {
    if (delayMillis <= 0) return;
    const current = now();
    const start = Math.max(current, this.#nextStart.get(host) ?? 0);
    this.#nextStart.set(host, start + delayMillis);
    if (start > current) await new Promise((resolve) => setTimeout(resolve, start - current));
  }
}

/** The gate every crawl in this process shares. */
export const sharedHostGate = new HostGate();
