import { assertCount, assertMultiplier, assertPositive } from "./assert-input.ts";
import { DEFAULT_RATE_MULTIPLIER } from "./crude-rate.ts";
import { type Estimate, type Interval, standardEstimate, undefinedEstimate } from "./estimate.ts";
import { poissonCountLimits, poissonCountMethod } from "./poisson-count-limits.ts";

/**
 * Indirect standardisation (PHEindicatormethods calculate_ISRatio and calculate_ISRate; Fingertips technical
 * guidance "Indirectly standardised ratios"): expected events E = Σ (reference countᵢ / reference populationᵢ)
 * × populationᵢ, observed O = Σ countᵢ (or a total given separately when the area's events are not broken
 * down by age). The ratio is O/E × multiplier (1, or 100 for an SMR as Fingertips shows it); the rate is O/E
 * × the reference crude rate. Limits come from O's Poisson limits (exact below 10, Byar from 10) over E.
 */
export interface IsrAgeBand {
  /** Observed events in the band; omit when the observed total is passed instead. Missing counts are 0, as in PHEindicatormethods. */
  readonly count?: number;
  readonly population: number;
  readonly referenceCount: number;
  readonly referencePopulation: number;
}

export interface IsrOptions {
  readonly multiplier?: number;
  /** The area's total observed events, when they are not given per age band. */
  readonly observedTotal?: number;
}

export interface IsrEstimate extends Estimate {
  readonly observed: number;
  readonly expected: number;
}

export interface IsRateEstimate extends IsrEstimate {
  /** The reference population's crude rate, per multiplier. */
  readonly referenceRate: number;
}

interface IsrTotals {
  readonly observed: number;
  readonly expected: number;
  readonly referenceCount: number;
  readonly referencePopulation: number;
}

function totalBands(bands: readonly IsrAgeBand[], observedTotal: number | undefined): IsrTotals {
  if (bands.length === 0) throw new RangeError("indirect standardisation needs at least one age band");
  let observed = 0;
  let expected = 0;
  let referenceCount = 0;
  let referencePopulation = 0;
  for (const [i, band] of bands.entries()) {
    const count = band.count ?? 0;
    assertCount(count, `age band ${i + 1} count`);
    assertCount(band.population, `age band ${i + 1} population`);
    assertCount(band.referenceCount, `age band ${i + 1} reference count`);
    assertPositive(band.referencePopulation, `age band ${i + 1} reference population`);
    observed += count;
    expected += (band.referenceCount / band.referencePopulation) * band.population;
    referenceCount += band.referenceCount;
    referencePopulation += band.referencePopulation;
  }
  if (observedTotal !== undefined) assertCount(observedTotal, "observed total");
  return { observed: observedTotal ?? observed, expected, referenceCount, referencePopulation };
}

/** Limits of O/E × scale at one confidence level; undefined when no events were expected. */
export function isrLimits(
  observed: number,
  expected: number,
  confidence: number,
  scale: number,
): Interval | undefined {
  assertCount(observed, "observed");
  assertCount(expected, "expected");
  if (expected === 0) return undefined;
  const { lower, upper } = poissonCountLimits(observed, confidence);
  return { lower: (lower / expected) * scale, upper: (upper / expected) * scale };
}

function isrEstimate(totals: IsrTotals, scale: number): Estimate {
  const method = poissonCountMethod(totals.observed);
  if (totals.expected === 0)
    return undefinedEstimate(
      method,
      "no events expected: the reference rates are all 0 in the bands with population",
    );
  return standardEstimate(
    (totals.observed / totals.expected) * scale,
    (confidence) => isrLimits(totals.observed, totals.expected, confidence, scale),
    method,
  );
}

/** Indirectly standardised ratio O/E × multiplier (default 1; 100 gives Fingertips' "ratio × 100"). */
export function indirectlyStandardisedRatio(
  bands: readonly IsrAgeBand[],
  options: IsrOptions = {},
): IsrEstimate {
  const multiplier = options.multiplier ?? 1;
  assertMultiplier(multiplier);
  const totals = totalBands(bands, options.observedTotal);
  return { ...isrEstimate(totals, multiplier), observed: totals.observed, expected: totals.expected };
}

/** Indirectly standardised rate: O/E × the reference crude rate, per multiplier (default 100,000). */
export function indirectlyStandardisedRate(
  bands: readonly IsrAgeBand[],
  options: IsrOptions = {},
): IsRateEstimate {
  const multiplier = options.multiplier ?? DEFAULT_RATE_MULTIPLIER;
  assertMultiplier(multiplier);
  const totals = totalBands(bands, options.observedTotal);
  const referenceRate = (totals.referenceCount / totals.referencePopulation) * multiplier;
  return {
    ...isrEstimate(totals, referenceRate),
    observed: totals.observed,
    expected: totals.expected,
    referenceRate,
  };
}
