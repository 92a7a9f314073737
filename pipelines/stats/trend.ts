import { chiSquareQuantile } from "./chi-square-quantile.ts";
import type { Polarity } from "./significance.ts";

/**
 * Fingertips' "Recent trend" marker over the latest five points (Fingertips technical guidance "Trend markers";
 * fingertips-open PholioVisualisationWS/Analysis/TrendMarkers/TrendMarkerCalculator.cs):
 *
 * - Points are taken from the most recent period backwards while they stay valid; five are needed.
 * - "proportion": the chi-square test for trend in proportions (Armitage & Berry) on counts and denominators,
 *   χ² = N(NΣxᵢtᵢ − XΣnᵢtᵢ)² / (X(N − X)(NΣnᵢtᵢ² − (Σnᵢtᵢ)²)), with t = 1…5.
 * - "limits" (any value with 95% limits): a weighted regression of value on t with weights 1/SE²,
 *   SE = (upper − lower)/3.92, and χ² = (slope / its SE)².
 * - The trend is significant when χ² exceeds the 99.8% point of χ²(1) (9.5495…) and no single point drives it:
 *   the slope must keep its sign with each point left out in turn (on the logit scale for proportions).
 * - Direction is the sign of that slope; with a polarity it also reads "getting better/worse".
 * Fingertips' own proportion branch never sets the slope it reads the direction from; here the logit slope is
 * used, which is the direction the test found.
 */
export const TREND_POINTS = 5;
const SIGNIFICANT_CHI_SQUARE = chiSquareQuantile(0.998, 1);
const SE_FROM_95_LIMITS = 3.92;

export type TrendMethod = "proportion" | "limits";
export type TrendMarker = "increasing" | "decreasing" | "no significant change" | "cannot be calculated";

export interface TrendPoint {
  /** Sortable period, e.g. 2022 for 2022/23. */
  readonly period: number;
  readonly value?: number | undefined;
  readonly lower95?: number | undefined;
  readonly upper95?: number | undefined;
  readonly count?: number | undefined;
  readonly denominator?: number | undefined;
}

export interface TrendResult {
  readonly marker: TrendMarker;
  /** Fingertips' wording, e.g. "Decreasing and getting better". */
  readonly label: string;
  readonly chiSquare?: number;
  /** Why the trend cannot be calculated. */
  readonly reason?: string;
}

const LABELS: Record<Polarity, Record<"increasing" | "decreasing", string>> = {
  "high-is-good": { increasing: "Increasing and getting better", decreasing: "Decreasing and getting worse" },
  "low-is-good": { increasing: "Increasing and getting worse", decreasing: "Decreasing and getting better" },
  "no-judgement": { increasing: "Increasing", decreasing: "Decreasing" },
};

const cannot = (reason: string): TrendResult => ({
  marker: "cannot be calculated",
  label: "Cannot be calculated",
  reason,
});

function isValid(point: TrendPoint, method: TrendMethod): boolean {
  const present = (x: number | undefined) => x !== undefined && Number.isFinite(x);
  if (!present(point.value)) return false;
  return method === "proportion"
    ? present(point.count) && present(point.denominator)
    : present(point.lower95) && present(point.upper95);
}

/** Weighted least-squares slope of y on t = 1…5, leaving out the point at index `leaveOut` (−1: none). */
function weightedSlope(ys: readonly number[], weights: readonly number[], leaveOut: number): number {
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  ys.forEach((y, i) => {
    if (i === leaveOut) return;
    const w = weights[i] as number;
    const t = i + 1;
    s1 += w;
    s2 += w * y * t;
    s3 += w * t;
    s4 += w * y;
    s5 += w * t * t;
  });
  return (s1 * s2 - s3 * s4) / (s1 * s5 - s3 * s3);
}

/** True when the slope keeps its sign with every point left out in turn (Fingertips' outlier check). */
function noSinglePointDrives(ys: readonly number[], weights: readonly number[]): boolean {
  const signs = [-1, 0, 1, 2, 3, 4].map((leaveOut) => (weightedSlope(ys, weights, leaveOut) < 0 ? -1 : 1));
  return Math.abs(signs.reduce((sum: number, sign) => sum + sign, 0)) === signs.length;
}

interface TrendTest {
  readonly chiSquare: number;
  readonly slope: number;
  readonly stable: boolean;
}

function testProportions(points: readonly TrendPoint[]): TrendTest | string {
  const counts = points.map((p) => p.count as number);
  const denominators = points.map((p) => p.denominator as number);
  if (counts.some((x, i) => !(x > 0 && x < (denominators[i] as number)))) {
    return "each count must be above 0 and below its denominator";
  }
  let n = 0;
  let x = 0;
  let xt = 0;
  let nt = 0;
  let nt2 = 0;
  counts.forEach((count, i) => {
    const denominator = denominators[i] as number;
    const t = i + 1;
    n += denominator;
    x += count;
    xt += count * t;
    nt += denominator * t;
    nt2 += denominator * t * t;
  });
  const chiSquare = (n * (n * xt - x * nt) ** 2) / (x * (n - x) * (n * nt2 - nt * nt));
  const logits = counts.map((count, i) => Math.log(count / ((denominators[i] as number) - count)));
  const unweighted = logits.map(() => 1);
  return {
    chiSquare,
    slope: weightedSlope(logits, unweighted, -1),
    stable: noSinglePointDrives(logits, unweighted),
  };
}

function testWithLimits(points: readonly TrendPoint[]): TrendTest | string {
  const errors = points.map((p) => ((p.upper95 as number) - (p.lower95 as number)) / SE_FROM_95_LIMITS);
  if (errors.some((se) => !(se > 0))) return "each point needs 95% limits that are not equal";
  const weights = errors.map((se) => 1 / (se * se));
  const values = points.map((p) => p.value as number);
  const slope = weightedSlope(values, weights, -1);
  let s1 = 0;
  let s3 = 0;
  let s5 = 0;
  weights.forEach((w, i) => {
    s1 += w;
    s3 += w * (i + 1);
    s5 += w * (i + 1) ** 2;
  });
  const slopeError = Math.sqrt(s1 / (s1 * s5 - s3 * s3));
  return { chiSquare: (slope / slopeError) ** 2, slope, stable: noSinglePointDrives(values, weights) };
}

export function recentTrend(
  points: readonly TrendPoint[],
  method: TrendMethod,
  polarity: Polarity,
): TrendResult {
  const newestFirst = [...points].sort((a, b) => b.period - a.period);
  const run: TrendPoint[] = [];
  for (const point of newestFirst) {
    if (!isValid(point, method)) break;
    run.push(point);
  }
  if (run.length < TREND_POINTS) {
    return cannot(
      `needs ${TREND_POINTS} consecutive valid points up to the latest period, found ${run.length}`,
    );
  }
  const latest = run.slice(0, TREND_POINTS).reverse();
  const test = method === "proportion" ? testProportions(latest) : testWithLimits(latest);
  if (typeof test === "string") return cannot(test);
  if (!(test.chiSquare > SIGNIFICANT_CHI_SQUARE && test.stable)) {
    return { marker: "no significant change", label: "No significant change", chiSquare: test.chiSquare };
  }
  const direction = test.slope > 0 ? "increasing" : "decreasing";
  return { marker: direction, label: LABELS[polarity][direction], chiSquare: test.chiSquare };
}
