/**
 * A small result cache for read-heavy screens (the dashboard): keyed by the query and the
 * caller's scope, cleared whenever the data changes in this process (import, refresh,
 * acknowledgement) and expiring after a few minutes for changes made by other processes.
 */
export class ResultCache {
  private readonly map = new Map<string, { at: number; value: Promise<unknown> }>();
  private version = 0;
  /** Lookups answered from the cache, and computed afresh (for tests and diagnostics). */
  hits = 0;
  misses = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  /** Forget everything: the data changed. */
  invalidate(): void {
    this.version++;
    this.map.clear();
  }

  get generation(): number {
    return this.version;
  }

  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.map.get(key);
    if (hit && now - hit.at < this.ttlMs) {
      this.hits++;
      // Refresh recency (a Map keeps insertion order: oldest first).
      this.map.delete(key);
      this.map.set(key, hit);
      return hit.value as Promise<T>;
    }
    this.misses++;
    const value = compute();
    this.map.set(key, { at: now, value });
    value.catch(() => this.map.delete(key));
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
    }
    return value;
  }
}
