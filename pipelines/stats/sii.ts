import { assertConfidence, twoSidedZ } from "./confidence-level.ts";
import { type Estimate, type Interval, standardEstimate } from "./estimate.ts";
import { OrderStatistics } from "./order-statistic.ts";
import { type Line, rankRegressionWeights, regressionOnRank } from "./rank-regression.ts";
import { roundHalfEven } from "./round-half-even.ts";
import { seededNormalReader } from "./seeded-normal-stream.ts";

/**
 * Slope index of inequality (SII) and relative index of inequality (RII), as PHEindicatormethods phe_sii and
 * the OHID technical guidance "Slope index of inequality" describe them.
 *
 * Each quantile (e.g. deprivation decile 1…10) sits at the mid-point of its share of the cumulative population,
 * bᵢ ∈ (0, 1), and is weighted by its population share aᵢ. The weighted least-squares line value = α + β·b gives
 * SII = β × multiplier and RII = (α + β)/α, the ratio of the fitted values at b = 1 and b = 0 (inverted when the
 * multiplier is negative, which flips the polarity). With `transform` (rates and proportions only) the line is
 * fitted to log or logit values instead, and SII and RII come from the back-transformed ends of that line.
 *
 * Confidence limits are simulated: each repetition draws every quantile's value from a normal distribution on
 * the working scale (log for rates, logit for proportions, as is for other values) with the quantile's standard
 * error, refits, and the limits are the order statistics at round(R·α/2) and round(R·(1 − α/2)) of the R
 * sorted results. Without `transform` the draws are back-transformed before fitting; with it the simulated
 * slopes are mapped through the ends of the line about its mid-point, as phe_sii does. The standard error is
 * given (on the working scale), or derived from 95% limits on that scale as (upper − lower)/(2 × 1.959964).
 * Draws come from a seeded generator, so the same inputs always give the same limits (SII_SEED unless a seed
 * is passed).
 */
export const SII_SEED = 20_240_601;
export const SII_REPETITIONS = 100_000;
export const SII_METHOD = "SII/RII, weighted regression; limits by simulation";

/** Repetitions whose draws are read at once (seeded-normal-stream.ts). */
const REPETITIONS_PER_BLOCK = 4096;

export type SiiValueType = "normal" | "rate" | "proportion";

export interface SiiQuantile {
  readonly quantile: number;
  readonly population: number;
  readonly value: number;
  /** Standard error of the value on the working scale (log for rates, logit for proportions). */
  readonly standardError?: number | undefined;
  /** 95% limits of the value, used for the standard error when it is not given. */
  readonly lower95?: number | undefined;
  readonly upper95?: number | undefined;
}

export interface SiiOptions {
  readonly valueType?: SiiValueType;
  /** Scales the SII (e.g. 100 for proportions shown as %); negative to reverse polarity, which also inverts the RII. */
  readonly multiplier?: number;
  /** Fit on the log (rates) or logit (proportions) scale, as phe_sii's transform = TRUE. */
  readonly transform?: boolean;
  readonly repetitions?: number;
  readonly seed?: number;
}

export interface SiiSimulation {
  readonly sii: number;
  readonly rii: number;
  /** Fitted value at b = 0 (the first quantile's end of the ranking); with `transform`, back-transformed × |multiplier|. */
  readonly intercept: number;
  siiLimits(confidence: number): Interval;
  riiLimits(confidence: number): Interval;
}

const TRANSFORMS: Record<SiiValueType, { forward(v: number): number; back(y: number): number }> = {
  normal: { forward: (v) => v, back: (y) => y },
  rate: { forward: Math.log, back: Math.exp },
  proportion: { forward: (v) => Math.log(v / (1 - v)), back: (y) => 1 / (1 + Math.exp(-y)) },
};

function checkQuantiles(quantiles: readonly SiiQuantile[], valueType: SiiValueType): void {
  if (quantiles.length < 5 || quantiles.length > 100) {
    throw new RangeError(`the SII needs between 5 and 100 quantiles, got ${quantiles.length}`);
  }
  if (new Set(quantiles.map((q) => q.quantile)).size !== quantiles.length) {
    throw new RangeError("each quantile must appear once");
  }
  for (const q of quantiles) {
    const where = `quantile ${q.quantile}`;
    if (!(q.population > 0) || !Number.isFinite(q.population))
      throw new RangeError(`${where}: population must be > 0`);
    if (!Number.isFinite(q.value)) throw new RangeError(`${where}: value must be a finite number`);
    if (valueType === "rate" && !(q.value > 0))
      throw new RangeError(`${where}: a rate must be > 0 for the log scale`);
    if (valueType === "proportion" && !(q.value > 0 && q.value < 1)) {
      throw new RangeError(`${where}: a proportion must lie strictly between 0 and 1 for the logit scale`);
    }
    const hasLimits = q.lower95 !== undefined && q.upper95 !== undefined;
    if (q.standardError === undefined && !hasLimits)
      throw new RangeError(`${where}: give a standard error or 95% limits`);
    if (q.standardError !== undefined && !(q.standardError >= 0))
      throw new RangeError(`${where}: standard error must be ≥ 0`);
  }
}

function standardErrorOf(q: SiiQuantile, forward: (v: number) => number): number {
  if (q.standardError !== undefined) return q.standardError;
  return (forward(q.upper95 as number) - forward(q.lower95 as number)) / (2 * twoSidedZ(0.95));
}

function orderStatistics(draws: OrderStatistics, confidence: number): Interval {
  assertConfidence(confidence);
  const count = draws.length;
  const upperProbability = confidence + (1 - confidence) / 2;
  const at = (position: number) => draws.kth(Math.min(count, Math.max(1, position)));
  return {
    lower: at(roundHalfEven(count * (1 - upperProbability))),
    upper: at(roundHalfEven(count * upperProbability)),
  };
}

/** Fits the SII and RII and runs the simulation once; limits at any level are then read from the sorted draws. */
export function simulateSii(quantiles: readonly SiiQuantile[], options: SiiOptions = {}): SiiSimulation {
  const valueType = options.valueType ?? "normal";
  const multiplier = options.multiplier ?? 1;
  const repetitions = options.repetitions ?? SII_REPETITIONS;
  const transform = options.transform ?? false;
  if (!Number.isFinite(multiplier) || multiplier === 0)
    throw new RangeError("multiplier must be a non-zero number");
  if (!Number.isInteger(repetitions) || repetitions < 1000)
    throw new RangeError("repetitions must be a whole number ≥ 1000");
  if (transform && valueType === "normal")
    throw new RangeError("transform applies to rates and proportions only");
  checkQuantiles(quantiles, valueType);
  const ordered = [...quantiles].sort((a, b) => a.quantile - b.quantile);
  const weights = rankRegressionWeights(ordered.map((q) => q.population));
  const fitLine = regressionOnRank(weights);
  const { slopeWeights, interceptWeights } = weights;
  const { forward, back } = TRANSFORMS[valueType];
  const centres = Float64Array.from(ordered, (q) => forward(q.value));
  const errors = Float64Array.from(ordered, (q) => standardErrorOf(q, forward));
  const normals = seededNormalReader(options.seed ?? SII_SEED);
  const quantileCount = ordered.length;
  // The refit is written into the draw loop (the same sums, in the same order, as fitLine): this loop runs
  // repetitions × quantiles times for every area and indicator of a build. Draws are read a block of
  // repetitions at a time, in the order a generator would give them (repetition by repetition).
  const simulate = (record: (slope: number, intercept: number, r: number) => void) => {
    for (let first = 0; first < repetitions; first += REPETITIONS_PER_BLOCK) {
      const last = Math.min(repetitions, first + REPETITIONS_PER_BLOCK);
      const draws = normals.next((last - first) * quantileCount);
      let next = 0;
      for (let r = first; r < last; r++) {
        let slope = 0;
        let intercept = 0;
        for (let i = 0; i < quantileCount; i++) {
          const y = (centres[i] as number) + (errors[i] as number) * (draws[next++] as number);
          const value = transform ? y : back(y);
          slope += (slopeWeights[i] as number) * value;
          intercept += (interceptWeights[i] as number) * value;
        }
        record(slope, intercept, r);
      }
    }
  };

  if (!transform) {
    const siiOf = (slope: number) => slope * multiplier;
    const riiOf = (slope: number, intercept: number) => {
      const rii = (intercept + slope) / intercept;
      return multiplier < 0 ? 1 / rii : rii;
    };
    const indices = ({ slope, intercept }: Line) => ({ sii: siiOf(slope), rii: riiOf(slope, intercept) });
    const siiDraws = new Float64Array(repetitions);
    const riiDraws = new Float64Array(repetitions);
    simulate((slope, intercept, r) => {
      siiDraws[r] = siiOf(slope);
      riiDraws[r] = riiOf(slope, intercept);
    });
    const sortedSii = new OrderStatistics(siiDraws);
    const sortedRii = new OrderStatistics(riiDraws);
    const line = fitLine(ordered.map((q) => q.value));
    return {
      ...indices(line),
      intercept: line.intercept,
      siiLimits: (confidence) => orderStatistics(sortedSii, confidence),
      riiLimits: (confidence) => orderStatistics(sortedRii, confidence),
    };
  }

  const line = fitLine(centres);
  const middle = line.intercept + line.slope / 2;
  // A line through the fitted mid-point with the given slope, read at b = 0 and b = 1 on the value's own scale.
  const indices = (slope: number) => {
    const atStart = back(middle - slope / 2);
    const atEnd = back(middle + slope / 2);
    return { sii: (atEnd - atStart) * multiplier, rii: multiplier < 0 ? atStart / atEnd : atEnd / atStart };
  };
  const slopes = new Float64Array(repetitions);
  simulate((slope, _intercept, r) => {
    slopes[r] = slope;
  });
  const sortedSlopes = new OrderStatistics(slopes);
  const limitsOf = (confidence: number, index: "sii" | "rii"): Interval => {
    const { lower, upper } = orderStatistics(sortedSlopes, confidence);
    const [a, b] = [indices(lower)[index], indices(upper)[index]];
    return { lower: Math.min(a, b), upper: Math.max(a, b) };
  };
  return {
    ...indices(line.slope),
    intercept: back(line.intercept) * Math.abs(multiplier),
    siiLimits: (confidence) => limitsOf(confidence, "sii"),
    riiLimits: (confidence) => limitsOf(confidence, "rii"),
  };
}

export interface SiiResult {
  readonly sii: Estimate;
  readonly rii: Estimate;
  readonly intercept: number;
}

/** SII and RII with simulated 95% and 99.8% limits. */
export function slopeIndexOfInequality(
  quantiles: readonly SiiQuantile[],
  options: SiiOptions = {},
): SiiResult {
  const simulation = simulateSii(quantiles, options);
  return {
    sii: standardEstimate(simulation.sii, simulation.siiLimits, SII_METHOD),
    rii: standardEstimate(simulation.rii, simulation.riiLimits, SII_METHOD),
    intercept: simulation.intercept,
  };
}
