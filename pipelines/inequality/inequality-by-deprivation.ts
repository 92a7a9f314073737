import { assignQuantiles, proportion, slopeIndexOfInequality } from "../stats/index.ts";

export interface PracticeFigure {
  practiceCode: string;
  imdScore: number;
  count: number;
  denominator: number;
}

export interface QuintileFigure {
  quintile: number;
  practices: number;
  count: number;
  denominator: number;
  value: number;
  lower95: number;
  upper95: number;
}

export interface InequalityFigure {
  quintiles: QuintileFigure[];
  /** Percentage points: the fitted value for the most deprived end minus the least deprived end. */
  sii: number;
  siiLower95: number;
  siiUpper95: number;
  /** The fitted value at the most deprived end divided by that at the least deprived end. */
  rii: number | null;
  riiLower95: number | null;
  riiUpper95: number | null;
}

/**
 * Simulations for the SII's limits. phe_sii's default is 100,000; 10,000 keeps the Monte Carlo error of the
 * 95% limits to a few thousandths of their width and keeps an England build (42 ICBs × every indicator) to
 * about two seconds for this stage. The seed is the stats core's fixed SII seed, so builds repeat exactly.
 */
export const SII_REPETITIONS_IN_BUILD = 10_000;

/** Fewer practices than this in an area, and quintiles of one or two practices say more about them than deprivation. */
export const MINIMUM_PRACTICES = 10;

/**
 * Inequality in a proportion across an area's practices by deprivation, as OHID measures it for areas:
 * practices are put in IMD quintiles (1 = most deprived, PHEindicatormethods' phe_quantile with invert),
 * counts and denominators are pooled within each quintile (Wilson limits, ×100), and the slope index of
 * inequality comes from phe_sii's weighted regression on the quintiles' cumulative population mid-points
 * (proportion, simulated limits with the stats core's fixed seed). The multiplier −100 turns the slope
 * round, so a positive SII means a higher value among the most deprived practices, in percentage points,
 * and the RII is most deprived over least deprived. Returns null when the area has too few practices or a
 * quintile has no denominator.
 */
export function inequalityByDeprivation(practices: readonly PracticeFigure[]): InequalityFigure | null {
  if (practices.length < MINIMUM_PRACTICES) return null;
  const quintileOf = assignQuantiles(
    practices.map((p) => p.imdScore),
    { quantiles: 5, invert: true },
  );
  const pooled = new Map<number, { practices: number; count: number; denominator: number }>();
  practices.forEach((practice, index) => {
    const quintile = quintileOf[index];
    if (quintile === undefined) return;
    const totals = pooled.get(quintile) ?? { practices: 0, count: 0, denominator: 0 };
    totals.practices += 1;
    totals.count += practice.count;
    totals.denominator += practice.denominator;
    pooled.set(quintile, totals);
  });
  const quintiles: QuintileFigure[] = [];
  for (let quintile = 1; quintile <= 5; quintile++) {
    const totals = pooled.get(quintile);
    if (!totals || totals.denominator <= 0) return null;
    const estimate = proportion(totals.count, totals.denominator, { multiplier: 100 });
    if (estimate.value === undefined || estimate.lower95 === undefined || estimate.upper95 === undefined)
      return null;
    quintiles.push({
      quintile,
      ...totals,
      value: estimate.value,
      lower95: estimate.lower95,
      upper95: estimate.upper95,
    });
  }
  // A quintile at exactly 0% or 100% has no logit; the SII is then not defined by this method.
  if (quintiles.some((q) => q.count <= 0 || q.count >= q.denominator)) return null;
  const { sii, rii } = slopeIndexOfInequality(
    quintiles.map((q) => ({
      quantile: q.quintile,
      population: q.denominator,
      value: q.value / 100,
      lower95: q.lower95 / 100,
      upper95: q.upper95 / 100,
    })),
    { valueType: "proportion", multiplier: -100, repetitions: SII_REPETITIONS_IN_BUILD },
  );
  const values = [sii.value, sii.lower95, sii.upper95, rii.value, rii.lower95, rii.upper95];
  if (values.some((value) => value === undefined || !Number.isFinite(value))) return null;
  // A straight line fitted to a steep gradient can cross zero before the least deprived end, where a ratio
  // means nothing; the SII still stands.
  const [siiValue, siiLower, siiUpper, riiValue, riiLower, riiUpper] = values as number[];
  return {
    quintiles,
    sii: siiValue as number,
    siiLower95: Math.min(siiLower as number, siiUpper as number),
    siiUpper95: Math.max(siiLower as number, siiUpper as number),
    ...(Math.min(riiValue as number, riiLower as number, riiUpper as number) > 0
      ? {
          rii: riiValue as number,
          riiLower95: Math.min(riiLower as number, riiUpper as number),
          riiUpper95: Math.max(riiLower as number, riiUpper as number),
        }
      : { rii: null, riiLower95: null, riiUpper95: null }),
  };
}
