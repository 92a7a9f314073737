import { assertCount } from "./assert-input.ts";
import { assertConfidence } from "./confidence-level.ts";
import type { Interval } from "./estimate.ts";
import { inverseRegularizedGammaP } from "./inverse-gamma.ts";

/**
 * Exact Poisson limits for an observed count O, through the chi-square (gamma) link used by OHID and
 * PHEindicatormethods phe_rate: lower = χ²(α/2; 2O)/2, upper = χ²(1 − α/2; 2O + 2)/2, with α = 1 − confidence
 * (Armitage & Berry, Statistical Methods in Medical Research). χ²(p; 2k)/2 is the Gamma(k, 1) quantile.
 */
export function exactPoissonLimits(count: number, confidence: number): Interval {
  assertCount(count);
  assertConfidence(confidence);
  const tail = (1 - confidence) / 2;
  return {
    lower: count === 0 ? 0 : inverseRegularizedGammaP(count, tail),
    upper: inverseRegularizedGammaP(count + 1, 1 - tail),
  };
}
