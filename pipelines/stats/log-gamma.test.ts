import { describe, expect, it } from "vitest";
import { logGamma, stirlingCorrection } from "./log-gamma.ts";
import { expectClose } from "./testing/expect-close.ts";

// Reference values: mpmath 1.3 loggamma at 40 digits.
const REFERENCE: readonly [number, number][] = [
  [0.5, 0.5723649429247001],
  [1.5, -0.12078223763524522],
  [2.5, 0.2846828704729192],
  [3.7, 1.4280723266653879],
  [10, 12.801827480081469],
  [100.3, 360.5147057290581],
  [1234.5678, 7551.033504440956],
  [1e5, 1051287.7089736569],
  [0.1, 2.252712651734206],
  [1e-5, 11.512919692895826],
];

describe("logGamma", () => {
  it.each(REFERENCE)("lnΓ(%s) to 1e-13 relative", (x, expected) => {
    expectClose(logGamma(x), expected, 1e-13, `x=${x}`);
  });

  it("is 0 at 1 and 2 (to absolute 1e-14) and satisfies lnΓ(x + 1) = lnΓ(x) + ln x", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
    for (const x of [0.3, 4.2, 9.99, 57.5])
      expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 12);
  });

  it("has a Stirling remainder near 1/(12x)", () => {
    expectClose(stirlingCorrection(1000), 1 / 12000 - 1 / (360 * 1e9), 1e-12);
    expectClose(
      stirlingCorrection(3.7),
      logGamma(3.7) - (3.2 * Math.log(3.7) - 3.7 + 0.5 * Math.log(2 * Math.PI)),
      1e-12,
    );
  });

  it("rejects x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-1)).toThrow(RangeError);
  });
});
