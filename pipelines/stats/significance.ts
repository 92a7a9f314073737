import type { Estimate } from "./estimate.ts";

/**
 * Comparing an area with a comparator (PCN, ICB, England) the way Fingertips does for its "compared with"
 * markers (fingertips-open, PholioVisualisationWS/Analysis/SingleOverlappingCIsForOneCILevelComparer.cs): if the
 * comparator's value lies within the area's limits (ends included) the area is "similar"; otherwise it is
 * better or worse according to the indicator's polarity, judged by which side of the comparator the area's
 * value lies. Indicators with no judgement of good or bad (Fingertips' blue/orange/blue) are "higher" or
 * "lower". Without a value, limits or comparator nothing is compared.
 */
export type Polarity = "high-is-good" | "low-is-good" | "no-judgement";
export type Comparison = "better" | "similar" | "worse" | "higher" | "lower" | "not compared";
export type ComparisonLevel = 0.95 | 0.998;

export interface ValueWithLimits {
  readonly value: number | undefined;
  readonly lower: number | undefined;
  readonly upper: number | undefined;
}

export function compareWithComparator(
  area: ValueWithLimits,
  comparator: number | undefined,
  polarity: Polarity,
): Comparison {
  const { value, lower, upper } = area;
  if (value === undefined || lower === undefined || upper === undefined || comparator === undefined) {
    return "not compared";
  }
  if (comparator >= lower && comparator <= upper) return "similar";
  const higher = value >= comparator;
  if (polarity === "no-judgement") return higher ? "higher" : "lower";
  return higher === (polarity === "high-is-good") ? "better" : "worse";
}

/** compareWithComparator using an Estimate's 95% or 99.8% limits (Fingertips indicators set one level each). */
export function compareEstimate(
  estimate: Estimate,
  comparator: number | undefined,
  polarity: Polarity,
  level: ComparisonLevel = 0.95,
): Comparison {
  const limits =
    level === 0.95
      ? { lower: estimate.lower95, upper: estimate.upper95 }
      : { lower: estimate.lower998, upper: estimate.upper998 };
  return compareWithComparator({ value: estimate.value, ...limits }, comparator, polarity);
}
