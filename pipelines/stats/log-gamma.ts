/**
 * Natural log of the gamma function for x > 0, and the Stirling-series remainder it is built on.
 *
 * For x ≥ 10 the Stirling series (Abramowitz & Stegun 6.1.40, eight terms) is exact to below 1e-17; smaller
 * x are shifted up with Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)). The remainder is exported because the
 * incomplete gamma function needs it to keep full relative accuracy for large shapes (see incomplete-gamma.ts).
 */
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const SHIFT_TO = 10;

/** Stirling remainder S(x) = lnΓ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10. */
function stirlingSeries(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return (
    r *
    (1 / 12 +
      r2 *
        (-1 / 360 +
          r2 *
            (1 / 1260 +
              r2 *
                (-1 / 1680 +
                  r2 * (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156 + r2 * (-3617 / 122400))))))))
  );
}

function assertPositive(x: number, name: string): void {
  if (!(x > 0) || !Number.isFinite(x))
    throw new RangeError(`${name}: x must be a finite number > 0, got ${x}`);
}

/** S(x) = lnΓ(x) − [(x − ½) ln x − x + ½ ln 2π]: small and smooth, so it can be added without cancellation. */
export function stirlingCorrection(x: number): number {
  assertPositive(x, "stirlingCorrection");
  if (x >= SHIFT_TO) return stirlingSeries(x);
  return logGamma(x) - ((x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI);
}

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  assertPositive(x, "logGamma");
  let shifted = x;
  let product = 1;
  while (shifted < SHIFT_TO) {
    product *= shifted;
    shifted += 1;
  }
  const atShifted = (shifted - 0.5) * Math.log(shifted) - shifted + HALF_LOG_TWO_PI + stirlingSeries(shifted);
  return atShifted - Math.log(product);
}
