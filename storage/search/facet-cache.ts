/**
 * Remembers totals and facet counts of recent searches for a short time. search-articles.ts keeps
 * the sample's counts here: every search starts with them, and paging through a broad search
 * (same query and filters, another cursor) or switching its sort order then reuses them.
 * Counts may be up to `ttlMillis` old.
 */
export class FacetCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; at: number }>();

  /** @defaultValue ttlMillis 30 000, maxEntries 500 */
  constructor(
    private readonly ttlMillis = 30_000,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key`, or the result of `compute` (cached; a failure is not kept). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMillis) return hit.value;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    value.catch(() => this.entries.delete(key));
    // Oldest first in insertion order.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
