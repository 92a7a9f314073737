import { inverseRegularizedGammaP } from "./inverse-gamma.ts";

/** Quantile of the chi-square distribution with df degrees of freedom (df > 0, not necessarily whole): R's qchisq. */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chiSquareQuantile: degrees of freedom must be > 0, got ${df}`);
  return 2 * inverseRegularizedGammaP(df / 2, p);
}
