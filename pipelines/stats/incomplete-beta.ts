import { logGamma, stirlingCorrection } from "./log-gamma.ts";

/**
 * Regularised incomplete beta function I_x(a, b), by the continued fraction of Abramowitz & Stegun 26.5.8
 * (modified Lentz), applied on whichever side of the mean (a + 1)/(a + b + 2) it converges fast. Used for the
 * Student t distribution function behind the t quantile (means).
 */
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** ln B(a, b); for a large shape the lnΓ difference is taken from Stirling remainders to avoid cancellation. */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const big = Math.max(a, b);
  if (big < 10) return logGamma(a) + logGamma(b) - logGamma(a + b);
  // lnΓ(big) − lnΓ(big + small) = −(big − ½) ln(1 + small/big) − small·ln(big + small) + small + S(big) − S(big + small)
  const difference =
    -(big - 0.5) * Math.log1p(small / big) -
    small * Math.log(big + small) +
    small +
    stirlingCorrection(big) -
    stirlingCorrection(big + small);
  return logGamma(small) + difference;
}

function continuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  throw new RangeError(`incomplete beta continued fraction did not converge for x=${x}, a=${a}, b=${b}`);
}

/**
 * I_x(a, b) for 0 ≤ x ≤ 1. Pass `complement` (= 1 − x) when it is known more precisely than 1 − x can be
 * computed, as for the t distribution where x = ν/(ν + t²) and 1 − x = t²/(ν + t²).
 */
export function regularizedBeta(x: number, a: number, b: number, complement = 1 - x): number {
  if (!(a > 0 && b > 0)) throw new RangeError(`regularizedBeta: shapes must be > 0, got a=${a}, b=${b}`);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`regularizedBeta: x must be in [0, 1], got ${x}`);
  if (x === 0) return 0;
  if (complement === 0) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(complement) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * continuedFraction(x, a, b)) / a;
  return 1 - (front * continuedFraction(complement, b, a)) / b;
}
