import { assertCount } from "./assert-input.ts";
import { DSR_MINIMUM_COUNT } from "./dsr.ts";
import {
  type FunnelRow,
  type FunnelStatistic,
  proportionFunnelLimits,
  type RateType,
  rateDenominator,
} from "./funnel-limits.ts";
import { poissonCountLimits } from "./poisson-count-limits.ts";

/**
 * Where each area falls on a funnel plot (PHEindicatormethods assign_funnel_significance), with its labels:
 * outside the 99.8% limits is "(0.001)", outside only the 95% limits "(0.025)" (one-sided tail areas).
 * Proportions are tested against the Wilson funnel around Σ numerators / Σ denominators; ratios by whether the
 * ratio's Poisson limits (exact below 10 events, Byar from 10) exclude 1; rates by whether the rate's limits
 * exclude the weighted average rate. OHID does not test DSRs from fewer than 10 events.
 */
export type FunnelSignificance =
  | "High (0.001)"
  | "High (0.025)"
  | "Low (0.025)"
  | "Low (0.001)"
  | "Not significant"
  | "Not applicable for events less than 10 for dsrs";

export interface FunnelSignificanceOptions {
  readonly statistic: FunnelStatistic;
  readonly rateType?: RateType;
  /** Rates: per how many the `rate` values are expressed (needed to derive denominators). */
  readonly multiplier?: number;
}

export interface FunnelSignificanceResult {
  /** The funnel's centre on the 0–1 (proportion), ratio, or per-person (rate) scale. */
  readonly average: number;
  readonly significance: FunnelSignificance[];
}

function classify(
  lowerAt: (confidence: number) => boolean,
  upperAt: (confidence: number) => boolean,
): FunnelSignificance {
  if (lowerAt(0.998)) return "High (0.001)";
  if (lowerAt(0.95)) return "High (0.025)";
  if (upperAt(0.998)) return "Low (0.001)";
  if (upperAt(0.95)) return "Low (0.025)";
  return "Not significant";
}

export function funnelSignificance(
  rows: readonly FunnelRow[],
  options: FunnelSignificanceOptions,
): FunnelSignificanceResult {
  for (const [i, row] of rows.entries()) assertCount(row.numerator, `row ${i + 1} numerator`);
  const denominatorOf = (row: FunnelRow, i: number): number => {
    if (row.denominator === undefined || !(row.denominator > 0)) {
      throw new RangeError(`row ${i + 1}: denominator must be > 0`);
    }
    return row.denominator;
  };
  if (options.statistic === "proportion") {
    const average =
      rows.reduce((sum, row) => sum + row.numerator, 0) /
      rows.reduce((sum, row, i) => sum + denominatorOf(row, i), 0);
    const significance = rows.map((row, i) => {
      const population = denominatorOf(row, i);
      const observed = row.numerator / population;
      return classify(
        (confidence) => observed > proportionFunnelLimits(population, average, confidence).upper,
        (confidence) => observed < proportionFunnelLimits(population, average, confidence).lower,
      );
    });
    return { average, significance };
  }
  if (options.statistic === "ratio") {
    const significance = rows.map((row, i) => {
      const expected = denominatorOf(row, i);
      return classify(
        (confidence) => poissonCountLimits(row.numerator, confidence).lower / expected > 1,
        (confidence) => poissonCountLimits(row.numerator, confidence).upper / expected < 1,
      );
    });
    return { average: 1, significance };
  }
  const rateType = options.rateType ?? "crude";
  const multiplier = options.multiplier ?? 100_000;
  const denominators = rows.map((row) => rateDenominator(row, rateType, multiplier));
  const average =
    rows.reduce((sum, row) => sum + row.numerator, 0) /
    denominators.reduce<number>((sum, d) => sum + (d ?? 0), 0);
  const significance = rows.map((row, i): FunnelSignificance => {
    if (rateType === "dsr" && row.numerator < DSR_MINIMUM_COUNT)
      return "Not applicable for events less than 10 for dsrs";
    const denominator = denominators[i];
    if (denominator === undefined) throw new RangeError(`row ${i + 1}: give a rate or a denominator`);
    return classify(
      (confidence) => poissonCountLimits(row.numerator, confidence).lower / denominator > average,
      (confidence) => poissonCountLimits(row.numerator, confidence).upper / denominator < average,
    );
  });
  return { average, significance };
}
