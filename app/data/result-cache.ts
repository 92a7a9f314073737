/**
 * A bounded least-recently-used cache of promised results. A data build never changes once published, so
 * the answer to a query on it can be kept for as long as that build is served; the bound keeps memory flat
 * whatever addresses are asked for. A failed promise is dropped so the next caller tries again.
 */
export class ResultCache<Value> {
  private readonly entries = new Map<string, Promise<Value>>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => Promise<Value>): Promise<Value> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return pending;
  }

  /** The answer already kept or being computed for `key`, without computing one. */
  peek(key: string): Promise<Value> | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
