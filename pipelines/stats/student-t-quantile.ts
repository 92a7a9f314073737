import { logBeta, regularizedBeta } from "./incomplete-beta.ts";
import { normalQuantile } from "./normal-quantile.ts";

/**
 * Quantile of Student's t distribution (R's qt), for the t-based limits of a mean (PHEindicatormethods
 * phe_mean). Closed forms for 1 and 2 degrees of freedom; otherwise Newton steps on the exact tail
 * probability ½·I_{ν/(ν+t²)}(ν/2, ½), started from the Cornish–Fisher expansion (Abramowitz & Stegun
 * 26.7.5) and kept inside a bracket. Beyond 10⁷ degrees of freedom that expansion alone is exact to
 * double precision.
 */
const EXPANSION_ONLY_FROM = 1e7;
const RELATIVE_TOLERANCE = 1e-15;
const MAX_ITERATIONS = 200;

function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z2 + 1) * z * (1 / 4);
  const g2 = ((5 * z2 + 16) * z2 + 3) * z * (1 / 96);
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z * (1 / 384);
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z * (1 / 92160);
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/** P(T > s) for s ≥ 0. */
function upperTail(s: number, df: number): number {
  const denominator = df + s * s;
  return 0.5 * regularizedBeta(df / denominator, df / 2, 0.5, (s * s) / denominator);
}

function density(s: number, df: number): number {
  return Math.exp(-0.5 * Math.log(df) - logBeta(df / 2, 0.5) - ((df + 1) / 2) * Math.log1p((s * s) / df));
}

/** The s ≥ 0 with P(T > s) = tail, for 0 < tail ≤ ½. */
function upperQuantile(tail: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * tail);
  if (df === 2) return (Math.sqrt(2) * (1 - 2 * tail)) / Math.sqrt(4 * tail * (1 - tail));
  const guess = cornishFisher(-normalQuantile(tail), df);
  if (df >= EXPANSION_ONLY_FROM) return guess;
  let lower = 0;
  let upper = Number.POSITIVE_INFINITY;
  let s = Math.max(guess, 0);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const residual = upperTail(s, df) - tail;
    if (residual === 0) return s;
    if (residual > 0) lower = s;
    else upper = s;
    const step = residual / density(s, df);
    if (Math.abs(step) <= RELATIVE_TOLERANCE * s) return s + step;
    let next = s + step;
    if (!(next > lower && next < upper))
      next = upper === Number.POSITIVE_INFINITY ? 2 * s + 1 : (lower + upper) / 2;
    if (upper - lower <= RELATIVE_TOLERANCE * s) return next;
    s = next;
  }
  return s;
}

/** The t with P(T ≤ t) = p for Student's t with df > 0 degrees of freedom; 0 < p < 1. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1))
    throw new RangeError(`studentTQuantile: p must be between 0 and 1 (exclusive), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: degrees of freedom must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
}
