import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularizedBeta } from "./incomplete-beta.ts";
import { studentTQuantile } from "./student-t-quantile.ts";
import { expectClose } from "./testing/expect-close.ts";

// Reference values: mpmath 1.3 at 40 digits, bisection on ½·I_{ν/(ν+t²)}(ν/2, ½); ν = 1 from tan(π(p − ½)).
const REFERENCE: readonly [number, number, number][] = [
  [0.975, 1, 12.706204736174705],
  [0.001, 1, -318.30883898555044],
  [0.975, 2, 4.302652729749464],
  [0.0005, 2, -31.59905457644362],
  [0.975, 3, 3.1824463052837095],
  [0.999, 3, 10.214531852407386],
  [0.001, 4, -7.1731822197823085],
  [0.025, 5, -2.5705818356363155],
  [0.6, 5, 0.2671808657041451],
  [0.999, 7, 4.785289628638334],
  [0.001, 9, -4.296805662729919],
  [0.975, 17, 2.109815577833317],
  [0.025, 25, -2.0595385527532977],
  [0.995, 30, 2.7499956535672254],
  [0.025, 60, -2.0002978220142604],
  [0.999, 1000, 3.098402163912923],
  [0.999, 100000, 3.0903138094272378],
];

// Reference values: mpmath 1.3 betainc(a, b, 0, x, regularized=True).
const BETA_REFERENCE: readonly [number, number, number, number][] = [
  [0.3, 2, 5, 0.5798249999999999],
  [0.9, 0.5, 0.5, 0.7951672353008665],
  [0.01, 50, 0.5, 7.998227417904822e-102],
  [0.999, 500, 0.5, 0.31731044730971714],
  [0.5, 10, 10, 0.5],
  [0.2, 0.1, 3, 0.949414281595179],
];

describe("studentTQuantile", () => {
  it.each(REFERENCE)("t(%s; %s df) to 1e-12 relative", (p, df, expected) => {
    expectClose(studentTQuantile(p, df), expected, 1e-12, `p=${p}, df=${df}`);
  });

  it("tends to the normal quantile and is 0 at the median", () => {
    const z = 1.959963984540054;
    // Beyond 10⁷ df the first Cornish–Fisher term z + (z³ + z)/4ν is all that remains at double precision.
    expectClose(studentTQuantile(0.975, 1e9), z + (z ** 3 + z) / 4e9, 1e-14);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it("round-trips through the t distribution function for 1 to 10⁶ df", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 1e-10, max: 0.5, noNaN: true }),
        (df, p) => {
          const t = studentTQuantile(p, df);
          const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5, (t * t) / (df + t * t));
          expectClose(tail, p, 1e-9, `df=${df}, p=${p}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("rejects p outside (0, 1) and df ≤ 0", () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe("regularizedBeta", () => {
  it.each(BETA_REFERENCE)("I_%s(%s, %s) to 1e-12 relative", (x, a, b, expected) => {
    expectClose(regularizedBeta(x, a, b), expected, 1e-12, `I_${x}(${a}, ${b})`);
  });
});
