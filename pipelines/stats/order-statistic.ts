/**
 * Order statistics of simulated draws without sorting them: the SII's limits need two or four positions
 * of 10,000–100,000 draws, and a selection (Hoare's quickselect, median-of-three pivots) finds each in
 * linear time where a sort takes n log n — most of the simulation's cost before this existed.
 *
 * The element returned is exactly the one `Float64Array.prototype.sort` would put at that position: the
 * comparison is the same total order (−0 before +0; NaN last, handled by sorting when present).
 */
export class OrderStatistics {
  private readonly values: Float64Array;
  private readonly sorted: boolean;

  /** Takes ownership of `values`: they are reordered in place. */
  constructor(values: Float64Array) {
    this.values = values;
    this.sorted = values.some(Number.isNaN);
    if (this.sorted) values.sort();
  }

  get length(): number {
    return this.values.length;
  }

  /** The k-th smallest value, k from 1 to length. */
  kth(k: number): number {
    if (!Number.isInteger(k) || k < 1 || k > this.values.length)
      throw new RangeError(`k must be a whole number from 1 to ${this.values.length}, got ${k}`);
    if (!this.sorted) select(this.values, k - 1);
    return this.values[k - 1] as number;
  }
}

/** Float64Array.sort's order for numbers that are not NaN: by value, and −0 before +0. */
function before(a: number, b: number): boolean {
  return a < b || (a === 0 && b === 0 && 1 / a < 1 / b);
}

/** Reorders `values` so that index `target` holds the value a sort would put there. */
function select(values: Float64Array, target: number): void {
  let low = 0;
  let high = values.length - 1;
  while (high > low) {
    const middle = (low + high) >>> 1;
    // Median of three moved to `low`, so the partition never degrades on sorted or reversed draws.
    if (before(values[middle] as number, values[low] as number)) swap(values, middle, low);
    if (before(values[high] as number, values[low] as number)) swap(values, high, low);
    if (before(values[high] as number, values[middle] as number)) swap(values, high, middle);
    swap(values, low, middle);
    const pivot = values[low] as number;
    let i = low;
    let j = high + 1;
    for (;;) {
      do i++;
      while (i <= high && before(values[i] as number, pivot));
      do j--;
      while (before(pivot, values[j] as number));
      if (i >= j) break;
      swap(values, i, j);
    }
    swap(values, low, j);
    if (j === target) return;
    if (j < target) low = j + 1;
    else high = j - 1;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const held = values[a] as number;
  values[a] = values[b] as number;
  values[b] = held;
}
