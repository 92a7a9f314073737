/**
 * The statistics core: the only place in the product that computes confidence limits, standardised rates,
 * inequality indices, funnels or significance. Pure TypeScript with no Node imports, so the pipeline and the
 * browser share one implementation. Methods follow OHID (Fingertips technical guidance, PHEindicatormethods).
 */
export { assignQuantiles, assignQuantilesWithin, type QuantileOptions } from "./assign-quantiles.ts";
export { byarLimits } from "./byar.ts";
export { chiSquareQuantile } from "./chi-square-quantile.ts";
export { confidenceLabel, STANDARD_LEVELS, twoSidedZ } from "./confidence-level.ts";
export { crudeRate, crudeRateLimits, DEFAULT_RATE_MULTIPLIER } from "./crude-rate.ts";
export {
  DOBSON_METHOD,
  DSR_MINIMUM_COUNT,
  type DsrAgeBand,
  type DsrEstimate,
  directlyStandardisedRate,
  dsrLimits,
} from "./dsr.ts";
export { ESP2013, ESP2013_AGE_BANDS, type Esp2013AgeBand, esp2013Band, esp2013Weight } from "./esp2013.ts";
export type { Estimate, Interval } from "./estimate.ts";
export { exactPoissonLimits } from "./exact-poisson.ts";
export {
  type FunnelLinePoint,
  type FunnelOptions,
  type FunnelPoint,
  type FunnelRow,
  type FunnelStatistic,
  funnelPlotLines,
  poissonFunnelExpected,
  proportionFunnelLimits,
  type RateType,
  type RatioType,
} from "./funnel-limits.ts";
export {
  type FunnelSignificance,
  type FunnelSignificanceOptions,
  type FunnelSignificanceResult,
  funnelSignificance,
} from "./funnel-significance.ts";
export { regularizedBeta } from "./incomplete-beta.ts";
export { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.ts";
export { inverseRegularizedGammaP } from "./inverse-gamma.ts";
export {
  type IsRateEstimate,
  type IsrAgeBand,
  type IsrEstimate,
  type IsrOptions,
  indirectlyStandardisedRate,
  indirectlyStandardisedRatio,
  isrLimits,
} from "./isr.ts";
export { logGamma } from "./log-gamma.ts";
export { type MeanEstimate, mean, meanLimits, STUDENT_T_METHOD } from "./mean.ts";
export { normalQuantile } from "./normal-quantile.ts";
export { percentileRanks } from "./percentile-ranks.ts";
export { BYAR_FROM_COUNT, poissonCountLimits, poissonCountMethod } from "./poisson-count-limits.ts";
export { createSeededRandom, type SeededRandom } from "./seeded-random.ts";
export {
  type Comparison,
  type ComparisonLevel,
  compareEstimate,
  compareWithComparator,
  type Polarity,
  type ValueWithLimits,
} from "./significance.ts";
export {
  SII_REPETITIONS,
  SII_SEED,
  type SiiOptions,
  type SiiQuantile,
  type SiiResult,
  type SiiSimulation,
  type SiiValueType,
  simulateSii,
  slopeIndexOfInequality,
} from "./sii.ts";
export { studentTQuantile } from "./student-t-quantile.ts";
export {
  recentTrend,
  TREND_POINTS,
  type TrendMarker,
  type TrendMethod,
  type TrendPoint,
  type TrendResult,
} from "./trend.ts";
export { proportion, WILSON_METHOD, wilsonLimits } from "./wilson.ts";
export { type WilsonBatchLimits, type WilsonBatchOptions, wilsonLimitsBatch } from "./wilson-batch.ts";
