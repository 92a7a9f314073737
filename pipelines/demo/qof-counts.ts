import { ageShare, ageWeights } from "./age-structure.ts";
import type { QofIndicator } from "./fingertips-indicators.ts";
import { patientsAgedAtLeast } from "./practice-ages.ts";
import { createRandom } from "./random.ts";
import { meanOverPatients } from "./registrations.ts";
import type { World } from "./world.ts";

/**
 * QOF register counts per practice and period. The denominator is the practice's list at the indicator's
 * ages, grown about 1% a year from the April 2022 extract; the prevalence is England's for the period,
 * moved by where the practice's patients live (deprivation, age) and by the practice's own lean.
 */
export interface QofCounts {
  /** [period][practice] */
  readonly counts: Int32Array[];
  readonly denominators: Int32Array[];
}

function startYear(period: string): number {
  return Number(period.slice(0, 4));
}

export function practiceCounts(world: World, indicator: QofIndicator): QofCounts {
  const random = createRandom(world.seed).fork("fingertips").fork(String(indicator.id));
  const deprivation = meanOverPatients(world.registrations, world.neighbourhoods.deprivation);
  const older = meanOverPatients(world.registrations, world.neighbourhoods.older);
  const lean = world.practices.map(() => indicator.practiceSpread * random.normal());
  const counts: Int32Array[] = [];
  const denominators: Int32Array[] = [];
  for (const [t, period] of indicator.periods.entries()) {
    const englandShare = (indicator.englandPercent[t] ?? 0) / 100;
    const baseLogit = Math.log(englandShare / (1 - englandShare));
    // The registration extract is April 2022, the end of 2021/22; lists grow about 1% a year.
    const growth = 1 + 0.011 * (startYear(period) - 2021);
    const periodCounts = new Int32Array(world.practices.length);
    const periodDenominators = new Int32Array(world.practices.length);
    for (const practice of world.practices) {
      const p = practice.index;
      const denominator = Math.round(
        patientsAgedAtLeast(world.practiceAges, p, indicator.minAge) * growth * (1 + 0.008 * random.normal()),
      );
      const logit =
        baseLogit +
        indicator.deprivationEffect * (deprivation[p] ?? 0) +
        indicator.ageEffect * ((older[p] ?? 0) + practice.olderOffset) +
        (lean[p] ?? 0) +
        0.04 * random.normal();
      const share = 1 / (1 + Math.exp(-logit));
      const mean = denominator * share;
      // Normal approximation to the binomial: denominators run to thousands.
      const count = Math.round(mean + Math.sqrt(mean * (1 - share)) * random.normal());
      periodCounts[p] = Math.min(denominator, Math.max(0, count));
      periodDenominators[p] = denominator;
    }
    counts.push(periodCounts);
    denominators.push(periodDenominators);
  }
  return { counts, denominators };
}

/** Registered patients in England (NHS Digital, April 2022) and their yearly growth. */
const englandRegistered2022 = 61_200_000;
const listGrowthPerYear = 0.009;

/**
 * England's count and denominator per period. The england world is England, so it adds up its practices;
 * the pcn world is a slice of it, so England is the published prevalence on a national list, with a touch
 * of noise so the value is not the round published figure to ten digits.
 */
export function englandCounts(
  world: World,
  indicator: QofIndicator,
  practices: QofCounts,
): { count: number; denominator: number }[] {
  const total = (values: Int32Array | undefined) =>
    (values ?? new Int32Array()).reduce((sum, n) => sum + n, 0);
  if (world.config.scale === "england") {
    return indicator.periods.map((_, t) => ({
      count: total(practices.counts[t]),
      denominator: total(practices.denominators[t]),
    }));
  }
  const noise = createRandom(world.seed).fork("fingertips-england").fork(String(indicator.id));
  const adultShare = ageShare(ageWeights({ older: 0, youth: 0, students: 0 }), indicator.minAge, 95);
  return indicator.periods.map((period, t) => {
    const registered = englandRegistered2022 * (1 + listGrowthPerYear * (startYear(period) - 2021));
    const denominator = Math.round(registered * adultShare);
    const share = ((indicator.englandPercent[t] ?? 0) / 100) * (1 + 0.002 * noise.normal());
    return { count: Math.round(denominator * share), denominator };
  });
}
