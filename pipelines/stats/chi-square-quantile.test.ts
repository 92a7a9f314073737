import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chiSquareQuantile } from "./chi-square-quantile.ts";
import { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.ts";
import { inverseRegularizedGammaP } from "./inverse-gamma.ts";
import { expectClose } from "./testing/expect-close.ts";

// Reference values: mpmath 1.3, bisection on the regularised incomplete gamma at 40 digits, at the exact double p.
const REFERENCE: readonly [number, number, number][] = [
  [0.025, 2, 0.05063561596857975],
  [0.975, 4, 11.143286781877794],
  [0.001, 20, 5.921040745487519],
  [0.999, 22, 48.26794229083517],
  [0.5, 1, 0.4549364231195728],
  [0.998, 1, 9.549535706083242],
  [1e-8, 3, 0.000011223330973050008],
  [0.95, 1000, 1074.679448803441],
  [0.025, 0.5, 5.273202591259992e-7],
  [0.0005, 18, 4.439386708213655],
  [0.9995, 2, 15.201804919084385],
  [0.001, 2, 0.002001000667167067],
];

describe("chiSquareQuantile (inverse regularised gamma)", () => {
  it.each(REFERENCE)("χ²(%s; %s df) to 1e-12 relative", (p, df, expected) => {
    expectClose(chiSquareQuantile(p, df), expected, 1e-12, `p=${p}, df=${df}`);
  });

  it("inverts the exact Poisson tail for large counts (gamma shape 1e5)", () => {
    const x = inverseRegularizedGammaP(1e5, 0.975);
    expect(x).toBeGreaterThan(1e5);
    // Wilson–Hilferty is accurate to about 1e-7 here: the refined root must be close to it.
    const z = 1.959963984540054;
    expectClose(x, 1e5 * (1 - 1 / 9e5 + z / (3 * Math.sqrt(1e5))) ** 3, 1e-6);
  });

  it("round-trips through P(a, x) for shapes from 0.1 to 10⁵ and tails down to 1e-12", () => {
    // (Below a ≈ 0.05 the lowest quantiles, ≈ p^(1/a), underflow a double.)
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 1e5, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (a, p) => {
          const x = inverseRegularizedGammaP(a, p);
          // Compare the smaller tail, which is what carries the relative precision.
          if (p < 0.5) expectClose(regularizedGammaP(a, x), p, 1e-9, `a=${a}, p=${p}`);
          else expectClose(regularizedGammaQ(a, x), 1 - p, 1e-9, `a=${a}, p=${p}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("is 0 at p = 0 and rejects p outside [0, 1) or df ≤ 0", () => {
    expect(chiSquareQuantile(0, 3)).toBe(0);
    expect(() => chiSquareQuantile(1, 3)).toThrow(RangeError);
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(RangeError);
  });
});
