import { assertCount, assertMultiplier, assertPositive } from "./assert-input.ts";
import { type Estimate, type Interval, standardEstimate } from "./estimate.ts";
import { poissonCountLimits, poissonCountMethod } from "./poisson-count-limits.ts";

/**
 * Crude rates per `multiplier` (default per 100,000, as PHEindicatormethods phe_rate) with limits from the
 * count's Poisson limits divided by the denominator. The count may exceed the denominator (e.g. repeat events).
 */
export const DEFAULT_RATE_MULTIPLIER = 100_000;

function assertRateInputs(count: number, denominator: number, multiplier: number): void {
  assertCount(count);
  assertPositive(denominator, "denominator");
  assertMultiplier(multiplier);
}

export function crudeRateLimits(
  count: number,
  denominator: number,
  confidence: number,
  multiplier = DEFAULT_RATE_MULTIPLIER,
): Interval {
  assertRateInputs(count, denominator, multiplier);
  const { lower, upper } = poissonCountLimits(count, confidence);
  return { lower: (lower / denominator) * multiplier, upper: (upper / denominator) * multiplier };
}

export function crudeRate(
  count: number,
  denominator: number,
  options: { multiplier?: number } = {},
): Estimate {
  const multiplier = options.multiplier ?? DEFAULT_RATE_MULTIPLIER;
  assertRateInputs(count, denominator, multiplier);
  return standardEstimate(
    (count / denominator) * multiplier,
    (confidence) => crudeRateLimits(count, denominator, confidence, multiplier),
    poissonCountMethod(count),
  );
}
