/** How much a ResultCache keeps: a number of answers and, optionally, their total size in bytes. */
export interface ResultCacheLimits<Value> {
  entries: number;
  /** Most bytes the settled answers may weigh together, each weighed once by `bytesOf` when it settles. */
  bytes?: { max: number; bytesOf: (value: Value) => number };
}

/**
 * A bounded least-recently-used cache of promised results. A data build never changes once published, so
 * the answer to a query on it can be kept for as long as that build is served; the bounds keep memory flat
 * whatever addresses are asked for: a count, and for answers whose sizes differ a thousandfold (a practice
 * page is 90 kB, the practice list 4.5 MB) a total in bytes. A failed promise is dropped so the next caller
 * tries again.
 */
export class ResultCache<Value> {
  private readonly entries = new Map<string, Promise<Value>>();
  /** The bytes of each settled answer, when the cache is bounded by bytes. */
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  private readonly limits: ResultCacheLimits<Value>;

  constructor(limits: number | ResultCacheLimits<Value>) {
    this.limits = typeof limits === "number" ? { entries: limits } : limits;
  }

  get(key: string, compute: () => Promise<Value>): Promise<Value> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.then(
      (value) => this.weigh(key, pending, value),
      () => {
        if (this.entries.get(key) === pending) this.forget(key);
      },
    );
    if (this.entries.size > this.limits.entries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
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

  /** The bytes the settled answers weigh together (0 when the cache is bounded by count alone). */
  get byteSize(): number {
    return this.bytes;
  }

  /**
   * Counts a settled answer's bytes, then drops the least recently used answers until the total fits. An
   * answer larger than the whole budget is not kept at all (its callers still get it), rather than
   * emptying the cache for it.
   */
  private weigh(key: string, pending: Promise<Value>, value: Value): void {
    const budget = this.limits.bytes;
    if (!budget || this.entries.get(key) !== pending) return;
    const size = budget.bytesOf(value);
    if (size > budget.max) {
      this.forget(key);
      return;
    }
    this.sizes.set(key, size);
    this.bytes += size;
    // Oldest first; an answer still being computed weighs nothing yet and is left alone.
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= budget.max) break;
      if (oldest !== key && this.sizes.has(oldest)) this.forget(oldest);
    }
  }

  private forget(key: string): void {
    this.entries.delete(key);
    this.bytes -= this.sizes.get(key) ?? 0;
    this.sizes.delete(key);
  }
}
