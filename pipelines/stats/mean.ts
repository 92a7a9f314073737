import { assertConfidence } from "./confidence-level.ts";
import { type Estimate, type Interval, standardEstimate, undefinedEstimate } from "./estimate.ts";
import { studentTQuantile } from "./student-t-quantile.ts";

/**
 * Mean with limits from Student's t distribution: mean ± t(1 − α/2; n − 1) · s/√n, with s the sample
 * standard deviation (n − 1 divisor). PHEindicatormethods phe_mean; Fingertips technical guidance "Means".
 */
export const STUDENT_T_METHOD = "Student's t";

export interface MeanEstimate extends Estimate {
  readonly count: number;
  readonly standardDeviation: number | undefined;
}

interface MeanSummary {
  readonly count: number;
  readonly mean: number;
  readonly standardDeviation: number | undefined;
}

function summarise(values: readonly number[]): MeanSummary {
  for (const [i, value] of values.entries()) {
    if (!Number.isFinite(value)) throw new RangeError(`value ${i + 1} must be a finite number, got ${value}`);
  }
  const count = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / count;
  if (count < 2) return { count, mean, standardDeviation: undefined };
  // Two passes: summing squared deviations from the mean avoids the cancellation of Σx² − n·mean².
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { count, mean, standardDeviation: Math.sqrt(squares / (count - 1)) };
}

function tLimits(summary: MeanSummary, confidence: number): Interval | undefined {
  assertConfidence(confidence);
  if (summary.standardDeviation === undefined) return undefined;
  const halfWidth =
    studentTQuantile((1 + confidence) / 2, summary.count - 1) *
    (summary.standardDeviation / Math.sqrt(summary.count));
  return { lower: summary.mean - halfWidth, upper: summary.mean + halfWidth };
}

/** t-based limits for the mean of `values` at one confidence level; undefined with fewer than 2 values. */
export function meanLimits(values: readonly number[], confidence: number): Interval | undefined {
  return values.length === 0 ? undefined : tLimits(summarise(values), confidence);
}

export function mean(values: readonly number[]): MeanEstimate {
  if (values.length === 0) {
    return {
      ...undefinedEstimate(STUDENT_T_METHOD, "no values to average"),
      count: 0,
      standardDeviation: undefined,
    };
  }
  const summary = summarise(values);
  const note = summary.count < 2 ? "one value only: a confidence interval needs at least 2" : undefined;
  return {
    ...standardEstimate(summary.mean, (confidence) => tLimits(summary, confidence), STUDENT_T_METHOD, note),
    count: summary.count,
    standardDeviation: summary.standardDeviation,
  };
}
