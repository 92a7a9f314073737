import { gammaDensity, regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.ts";
import { logGamma } from "./log-gamma.ts";
import { normalQuantile } from "./normal-quantile.ts";

/**
 * Inverse of the regularised lower incomplete gamma function: the x with P(a, x) = p.
 *
 * Starts from the Wilson–Hilferty cube-root approximation (or the small-x power law when that is not
 * positive), then takes Halley steps kept inside a shrinking bracket (a bisection whenever a step leaves it).
 * Above the median it solves Q(a, x) = 1 − p instead, so upper quantiles such as the 99.9th keep full relative
 * precision. This is what the exact Poisson limits (chi-square quantiles) rest on.
 */
const RELATIVE_TOLERANCE = 1e-15;
const MAX_ITERATIONS = 200;

function initialGuess(a: number, p: number): number {
  const z = normalQuantile(p);
  const wilsonHilferty = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  if (a >= 1 && wilsonHilferty > 0) return wilsonHilferty;
  // Lower tail for small shapes: P(a, x) ≈ xᵃ / Γ(a + 1) as x → 0.
  const powerLaw = Math.exp((Math.log(p) + logGamma(a + 1)) / a);
  return powerLaw < 1 ? powerLaw : Math.max(1, wilsonHilferty);
}

/** The x ≥ 0 with P(a, x) = p, for shape a > 0 and 0 ≤ p < 1. */
export function inverseRegularizedGammaP(a: number, p: number): number {
  if (!(a > 0) || !Number.isFinite(a))
    throw new RangeError(`inverseRegularizedGammaP: shape must be > 0, got ${a}`);
  if (!(p >= 0 && p < 1)) throw new RangeError(`inverseRegularizedGammaP: p must be in [0, 1), got ${p}`);
  if (p === 0) return 0;
  const solveUpper = p > 0.5;
  const q = 1 - p;
  let lower = 0;
  let upper = Number.POSITIVE_INFINITY;
  let x = initialGuess(a, p);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    // Both residuals rise with x and equal P(a, x) − p; the upper form is computed from Q for precision.
    const residual = solveUpper ? q - regularizedGammaQ(a, x) : regularizedGammaP(a, x) - p;
    if (residual === 0) return x;
    if (residual < 0) lower = x;
    else upper = x;
    const newton = residual / gammaDensity(a, x);
    const curvature = 1 - 0.5 * newton * ((a - 1) / x - 1);
    const step = curvature > 0.5 ? newton / curvature : newton;
    // Converged: checked before the bracket, as a step below one ulp would otherwise look like leaving it.
    if (Math.abs(step) <= RELATIVE_TOLERANCE * x) return x - step;
    let next = x - step;
    if (!(next > lower && next < upper))
      next = upper === Number.POSITIVE_INFINITY ? 2 * x + 1 : (lower + upper) / 2;
    if (upper - lower <= RELATIVE_TOLERANCE * x) return next;
    x = next;
  }
  return x;
}
