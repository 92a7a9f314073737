import { assertCount, assertMultiplier, assertPositive } from "./assert-input.ts";
import { twoSidedZ } from "./confidence-level.ts";
import { type Estimate, type Interval, standardEstimate } from "./estimate.ts";

/**
 * Proportions with Wilson score limits, no continuity correction: OHID's method for proportions
 * (Fingertips technical guidance "Confidence intervals: proportions"; PHEindicatormethods phe_proportion;
 * Wilson EB, J Am Stat Assoc 1927;22:209–212; Newcombe & Altman in Statistics with Confidence, 2000).
 *
 * With s = 2x + z² + z·√(z² + 4x(1 − x/n)) the limits are 2x² / (n·s) and s / 2(n + z²). The first is the
 * textbook (2x + z² − z√…)/2(n + z²) rationalised, which removes the cancellation that loses digits when x
 * is small against n, and gives exactly 0 at x = 0. Above x = n/2 the limits are computed for n − x and
 * mirrored, so the interval is exactly symmetric under x → n − x and reaches exactly 1 at x = n.
 */
export const WILSON_METHOD = "Wilson score";

/** Wilson limits for a proportion x/n on the 0–1 scale, given z and z²; inputs already checked. */
export function wilsonKernel(count: number, denominator: number, z: number, z2: number): Interval {
  const mirrored = count > denominator / 2;
  const k = mirrored ? denominator - count : count;
  const s = 2 * k + z2 + z * Math.sqrt(z2 + 4 * k * (1 - k / denominator));
  const lower = (2 * k * k) / (denominator * s);
  const upper = Math.min(1, s / (2 * (denominator + z2)));
  return mirrored ? { lower: 1 - upper, upper: 1 - lower } : { lower, upper };
}

function assertProportionInputs(count: number, denominator: number): void {
  assertCount(count);
  assertPositive(denominator, "denominator");
  if (count > denominator) {
    throw new RangeError(`count (${count}) must not exceed denominator (${denominator}) for a proportion`);
  }
}

/** Wilson score limits for count/denominator at the given confidence, times multiplier (1 = proportion, 100 = %). */
export function wilsonLimits(
  count: number,
  denominator: number,
  confidence: number,
  multiplier = 1,
): Interval {
  assertProportionInputs(count, denominator);
  assertMultiplier(multiplier);
  const z = twoSidedZ(confidence);
  const { lower, upper } = wilsonKernel(count, denominator, z, z * z);
  return { lower: lower * multiplier, upper: upper * multiplier };
}

/** A proportion with 95% and 99.8% Wilson limits. Counts and denominators need not be whole (weighted data). */
export function proportion(
  count: number,
  denominator: number,
  options: { multiplier?: number } = {},
): Estimate {
  const multiplier = options.multiplier ?? 1;
  assertProportionInputs(count, denominator);
  assertMultiplier(multiplier);
  return standardEstimate(
    (count / denominator) * multiplier,
    (confidence) => wilsonLimits(count, denominator, confidence, multiplier),
    WILSON_METHOD,
  );
}
