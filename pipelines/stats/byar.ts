import { assertCount } from "./assert-input.ts";
import { twoSidedZ } from "./confidence-level.ts";
import type { Interval } from "./estimate.ts";

/**
 * Byar's approximation to exact Poisson limits for an observed count O (Breslow & Day, Statistical Methods
 * in Cancer Research vol. II, IARC 1987, p. 69; PHEindicatormethods byars_lower/byars_upper):
 *   lower = O (1 − 1/(9O) − z/(3√O))³,  upper = (O + 1)(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³.
 * OHID uses it from 10 events up (see poisson-count-limits.ts). Below that the lower cube can go negative,
 * where PHEindicatormethods returns NA; a count's limit cannot be below 0, so it is held at 0 here.
 */
export function byarLimits(count: number, confidence: number): Interval {
  assertCount(count);
  const z = twoSidedZ(confidence);
  const lower = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower: Math.max(0, lower), upper };
}
