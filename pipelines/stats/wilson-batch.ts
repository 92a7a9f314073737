import { assertMultiplier } from "./assert-input.ts";
import { twoSidedZ } from "./confidence-level.ts";
import { wilsonKernel } from "./wilson.ts";

/**
 * Wilson limits over columns of counts and denominators (e.g. every practice × indicator × period at once).
 * One allocation per output column and no per-row objects, so a million rows take milliseconds. A NaN count
 * or denominator (a suppressed or missing input) gives NaN limits for that row, as Float64Array has no
 * `undefined`; any other invalid row throws, naming its index.
 */
export interface WilsonBatchOptions {
  readonly confidence: number;
  readonly multiplier?: number;
}

export interface WilsonBatchLimits {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

export function wilsonLimitsBatch(
  counts: Float64Array,
  denominators: Float64Array,
  options: WilsonBatchOptions,
): WilsonBatchLimits {
  if (counts.length !== denominators.length) {
    throw new RangeError(
      `counts (${counts.length}) and denominators (${denominators.length}) differ in length`,
    );
  }
  const multiplier = options.multiplier ?? 1;
  assertMultiplier(multiplier);
  const z = twoSidedZ(options.confidence);
  const z2 = z * z;
  const lower = new Float64Array(counts.length);
  const upper = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const count = counts[i] as number;
    const denominator = denominators[i] as number;
    if (Number.isNaN(count) || Number.isNaN(denominator)) {
      lower[i] = Number.NaN;
      upper[i] = Number.NaN;
      continue;
    }
    if (!(count >= 0 && denominator > 0 && count <= denominator && denominator < Number.POSITIVE_INFINITY)) {
      throw new RangeError(
        `row ${i}: need 0 ≤ count ≤ denominator and denominator > 0, got ${count}/${denominator}`,
      );
    }
    const limits = wilsonKernel(count, denominator, z, z2);
    lower[i] = limits.lower * multiplier;
    upper[i] = limits.upper * multiplier;
  }
  return { lower, upper };
}
