import { byarLimits } from "./byar.ts";
import type { Interval } from "./estimate.ts";
import { exactPoissonLimits } from "./exact-poisson.ts";

/**
 * Limits for an observed count as OHID computes them for rates and ratios: exact Poisson below 10 events,
 * Byar's approximation from 10 (PHEindicatormethods phe_rate, calculate_ISRatio, calculate_ISRate).
 */
export const BYAR_FROM_COUNT = 10;

export function poissonCountMethod(count: number): string {
  return count < BYAR_FROM_COUNT ? "Exact Poisson" : "Byar";
}

export function poissonCountLimits(count: number, confidence: number): Interval {
  return count < BYAR_FROM_COUNT ? exactPoissonLimits(count, confidence) : byarLimits(count, confidence);
}
