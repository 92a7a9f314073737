import { assertCount, assertMultiplier, assertPositive } from "./assert-input.ts";
import { twoSidedZ } from "./confidence-level.ts";
import type { Interval } from "./estimate.ts";
import { exactPoissonLimits } from "./exact-poisson.ts";
import { roundHalfEven } from "./round-half-even.ts";

/**
 * Funnel plot control limits, after PHEindicatormethods calculate_funnel_limits and the Fingertips technical
 * guidance on funnel plots (Spiegelhalter DJ, Stat Med 2005;24:1185–1202).
 *
 * - Proportions: at population n around the average p̄, the limits p̄ ± z·√(p̄(1 − p̄)/n), clipped to [0, 1].
 *   These are the observed proportions whose Wilson interval just reaches p̄ (PHE's sigma_adjustment solves the
 *   same quadratic), so a point outside them is exactly a Wilson interval that excludes the average.
 * - Ratios and rates: for O observed events the lines pass through the expected events (or population) at which
 *   O is just significantly high or low, i.e. O's exact Poisson limits. PHEindicatormethods finds them by
 *   bisection to about 1e-7; here they come from the gamma quantile, so they agree to that precision.
 * - The 100 plotting positions and the axis rounding follow calculate_funnel_limits so a chart built from these
 *   points matches the one OHID's tool draws.
 */
export type FunnelStatistic = "proportion" | "ratio" | "rate";
export type RatioType = "count" | "isr";
export type RateType = "dsr" | "crude";

export interface FunnelRow {
  readonly numerator: number;
  /** Population (proportions), expected events (ratios), or person-years (crude rates, needed when the rate is 0). */
  readonly denominator?: number;
  /** The area's rate per multiplier (rates: required for DSRs, optional for crude rates with a denominator). */
  readonly rate?: number;
}

export interface FunnelOptions {
  readonly statistic: FunnelStatistic;
  /** Proportions: scale (100 for %). Rates: per how many (e.g. 100,000). Ratios: unused. */
  readonly multiplier?: number;
  readonly ratioType?: RatioType;
  readonly rateType?: RateType;
  /** Rates: years the data cover, so the x-axis shows population per year. */
  readonly yearsOfData?: number;
}

export interface FunnelPoint {
  readonly x: number;
  readonly y: number;
}

export interface FunnelLinePoint {
  /** The population (proportions) or observed events (ratios, rates) this row of points was computed for. */
  readonly at: number;
  readonly baseline: number;
  readonly lower95: FunnelPoint;
  readonly upper95: FunnelPoint;
  readonly lower998: FunnelPoint;
  readonly upper998: FunnelPoint;
}

export const FUNNEL_POINTS = 100;

/** Control limits for a proportion at one population, around the average proportion (0–1 scale × multiplier). */
export function proportionFunnelLimits(
  population: number,
  average: number,
  confidence: number,
  multiplier = 1,
): Interval {
  assertPositive(population, "population");
  if (!(average >= 0 && average <= 1))
    throw new RangeError(`average proportion must be in [0, 1], got ${average}`);
  const halfWidth = twoSidedZ(confidence) * Math.sqrt((average * (1 - average)) / population);
  return {
    lower: Math.max(0, average - halfWidth) * multiplier,
    upper: Math.min(1, average + halfWidth) * multiplier,
  };
}

/**
 * For `observed` events: the expected events at which they would be just significantly high (lower) and just
 * significantly low (upper) — O's exact Poisson limits.
 */
export function poissonFunnelExpected(observed: number, confidence: number): Interval {
  assertCount(observed, "observed events");
  return exactPoissonLimits(observed, confidence);
}

/** The denominator a rate row stands for: PHE derives it from the rate as multiplier × numerator / rate. */
export function rateDenominator(row: FunnelRow, rateType: RateType, multiplier: number): number | undefined {
  if (row.numerator === 0) return rateType === "dsr" ? undefined : row.denominator;
  if (row.rate !== undefined && row.rate > 0) return (multiplier * row.numerator) / row.rate;
  return rateType === "crude" ? row.denominator : undefined;
}

const digits = (integer: number) => String(integer).length;

/** Round down to one significant figure after taking 95%, as PHE's signif.floor (axis start). */
function axisFloor(x: number): number {
  if (x === 0) return 0;
  const scale = 10 ** (digits(Math.floor(x * 0.95)) - 1);
  return Math.floor((x * 0.95) / scale) * scale;
}

/** Round up to two significant figures after adding 5%, as PHE's signif.ceiling (axis end). */
function axisCeiling(x: number): number {
  if (x === 0) return 0;
  const scale = 10 ** (digits(Math.ceil(x * 1.05)) - 2);
  return Math.ceil((x * 1.05) / scale) * scale;
}

/** 100 whole-number positions from the axis start to its end, spaced geometrically so small ones are closer. */
function plottingPositions(minimum: number, maximum: number, statistic: FunnelStatistic): number[] {
  const positions = [Math.max(1, minimum)];
  for (let j = 2; j <= FUNNEL_POINTS; j++) {
    const previous = positions[positions.length - 1] as number;
    const offset = statistic === "ratio" ? j - 1 : j;
    const step = roundHalfEven((maximum / previous) ** (1 / (FUNNEL_POINTS + 1 - offset)) * previous);
    positions.push(Math.max(step, previous + 1));
  }
  return positions;
}

function denominatorsOf(rows: readonly FunnelRow[], options: FunnelOptions, multiplier: number): number[] {
  if (options.statistic !== "rate") {
    return rows.map((row, i) => {
      if (row.denominator === undefined) throw new RangeError(`row ${i + 1}: a denominator is needed`);
      return row.denominator;
    });
  }
  const rateType = options.rateType ?? "crude";
  return rows.flatMap((row) => {
    const denominator = rateDenominator(row, rateType, multiplier);
    return denominator === undefined ? [] : [denominator];
  });
}

/** The 100 rows of funnel lines for a set of areas (PHEindicatormethods calculate_funnel_limits). */
export function funnelPlotLines(rows: readonly FunnelRow[], options: FunnelOptions): FunnelLinePoint[] {
  const { statistic } = options;
  const multiplier = options.multiplier ?? (statistic === "rate" ? 100_000 : 1);
  assertMultiplier(multiplier);
  if (rows.length === 0) throw new RangeError("funnel limits need at least one area");
  for (const [i, row] of rows.entries()) assertCount(row.numerator, `row ${i + 1} numerator`);
  const denominators = denominatorsOf(rows, options, multiplier);
  if (denominators.length === 0) throw new RangeError("no area has a usable denominator");
  const average =
    rows.reduce((sum, row) => sum + row.numerator, 0) / denominators.reduce((sum, d) => sum + d, 0);
  if (statistic === "rate" && !(average > 0))
    throw new RangeError("a rate funnel needs at least one event to centre on");
  const smallest = Math.min(...denominators);
  const largest = Math.max(...denominators);
  const years = statistic === "rate" ? (options.yearsOfData ?? 1) : 1;
  assertPositive(years, "years of data");
  let axisMinimum = largest > 2 * smallest ? 0 : axisFloor(smallest / years) * years;
  let axisMaximum = axisCeiling(largest / years) * years;
  if (statistic === "rate") {
    axisMinimum = Math.floor(axisMinimum * average);
    axisMaximum = Math.ceil(axisMaximum * average);
  }
  return plottingPositions(axisMinimum, axisMaximum, statistic).map((at) => {
    if (statistic === "proportion") {
      const at95 = proportionFunnelLimits(at, average, 0.95, multiplier);
      const at998 = proportionFunnelLimits(at, average, 0.998, multiplier);
      return {
        at,
        baseline: average * multiplier,
        lower95: { x: at, y: at95.lower },
        upper95: { x: at, y: at95.upper },
        lower998: { x: at, y: at998.lower },
        upper998: { x: at, y: at998.upper },
      };
    }
    const at95 = poissonFunnelExpected(at, 0.95);
    const at998 = poissonFunnelExpected(at, 0.998);
    if (statistic === "ratio") {
      const ratioType = options.ratioType ?? "count";
      const scale = (ratio: number) => (ratioType === "count" ? ratio - 1 : ratio * 100);
      const point = (expected: number) => ({ x: expected, y: scale(at / expected) });
      return {
        at,
        baseline: scale(1),
        lower95: point(at95.upper),
        upper95: point(at95.lower),
        lower998: point(at998.upper),
        upper998: point(at998.lower),
      };
    }
    const point = (expected: number) => ({
      x: expected / average / years,
      y: ((at * average) / expected) * multiplier,
    });
    return {
      at,
      baseline: average * multiplier,
      lower95: point(at95.upper),
      upper95: point(at95.lower),
      lower998: point(at998.upper),
      upper998: point(at998.lower),
    };
  });
}
