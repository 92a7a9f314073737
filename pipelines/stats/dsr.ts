import { assertCount, assertMultiplier, assertPositive } from "./assert-input.ts";
import { byarLimits } from "./byar.ts";
import { DEFAULT_RATE_MULTIPLIER } from "./crude-rate.ts";
import { type Estimate, type Interval, standardEstimate, undefinedEstimate } from "./estimate.ts";

/**
 * Directly standardised rates with Dobson limits (Dobson AJ et al., Stat Med 1991;10:457–462), OHID's method
 * (Fingertips technical guidance "DSRs"; PHEindicatormethods calculate_dsr, independent events):
 *   DSR = Σ wᵢxᵢ/nᵢ / Σ wᵢ,   var = Σ wᵢ²xᵢ/nᵢ² / (Σ wᵢ)²,
 *   limits = DSR + √(var/O)·(O_limit − O), with O = Σ xᵢ and O_limit from Byar's method.
 * OHID does not publish a DSR from fewer than 10 events in total: value and limits are then undefined.
 */
export const DOBSON_METHOD = "Dobson (Byar)";
export const DSR_MINIMUM_COUNT = 10;

export interface DsrAgeBand {
  readonly count: number;
  readonly population: number;
  /** The standard population's weight for this band, e.g. ESP2013["40-44"]. */
  readonly standardPopulation: number;
}

export interface DsrEstimate extends Estimate {
  readonly totalCount: number;
  readonly totalPopulation: number;
}

interface DsrSums {
  readonly totalCount: number;
  readonly totalPopulation: number;
  readonly rate: number;
  readonly variance: number;
}

function sumBands(bands: readonly DsrAgeBand[]): DsrSums {
  if (bands.length === 0) throw new RangeError("a directly standardised rate needs at least one age band");
  let totalCount = 0;
  let totalPopulation = 0;
  let weightTotal = 0;
  let weightedRate = 0;
  let weightedVariance = 0;
  for (const [i, band] of bands.entries()) {
    assertCount(band.count, `age band ${i + 1} count`);
    assertPositive(band.population, `age band ${i + 1} population`);
    assertCount(band.standardPopulation, `age band ${i + 1} standard population`);
    totalCount += band.count;
    totalPopulation += band.population;
    weightTotal += band.standardPopulation;
    const weightPerPerson = band.standardPopulation / band.population;
    weightedRate += band.count * weightPerPerson;
    weightedVariance += band.count * weightPerPerson * weightPerPerson;
  }
  assertPositive(weightTotal, "total standard population");
  return {
    totalCount,
    totalPopulation,
    rate: weightedRate / weightTotal,
    variance: weightedVariance / (weightTotal * weightTotal),
  };
}

function dobson(sums: DsrSums, confidence: number, multiplier: number): Interval | undefined {
  if (sums.totalCount < DSR_MINIMUM_COUNT) return undefined;
  const { lower, upper } = byarLimits(sums.totalCount, confidence);
  const scale = Math.sqrt(sums.variance / sums.totalCount) * multiplier;
  const value = sums.rate * multiplier;
  return {
    lower: value + scale * (lower - sums.totalCount),
    upper: value + scale * (upper - sums.totalCount),
  };
}

/** Dobson limits at one confidence level, or undefined below 10 events. */
export function dsrLimits(
  bands: readonly DsrAgeBand[],
  confidence: number,
  multiplier = DEFAULT_RATE_MULTIPLIER,
): Interval | undefined {
  assertMultiplier(multiplier);
  return dobson(sumBands(bands), confidence, multiplier);
}

export function directlyStandardisedRate(
  bands: readonly DsrAgeBand[],
  options: { multiplier?: number } = {},
): DsrEstimate {
  const multiplier = options.multiplier ?? DEFAULT_RATE_MULTIPLIER;
  assertMultiplier(multiplier);
  const sums = sumBands(bands);
  const totals = { totalCount: sums.totalCount, totalPopulation: sums.totalPopulation };
  if (sums.totalCount < DSR_MINIMUM_COUNT) {
    const note = `suppressed: ${sums.totalCount} events in total, fewer than ${DSR_MINIMUM_COUNT} (OHID does not publish such DSRs)`;
    return { ...undefinedEstimate(DOBSON_METHOD, note), ...totals };
  }
  const limitsAt = (confidence: number) => dobson(sums, confidence, multiplier);
  return { ...standardEstimate(sums.rate * multiplier, limitsAt, DOBSON_METHOD), ...totals };
}
