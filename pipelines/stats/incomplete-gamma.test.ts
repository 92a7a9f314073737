import { describe, expect, it } from "vitest";
import { regularizedGammaP, regularizedGammaQ } from "./incomplete-gamma.ts";
import { expectClose } from "./testing/expect-close.ts";

// Reference values: mpmath 1.3 gammainc(a, 0, x, regularized=True) and its complement, 40 digits.
const REFERENCE: readonly [number, number, number, number][] = [
  [0.5, 0.1, 0.34527915398142295, 0.654720846018577],
  [1, 1, 0.6321205588285577, 0.36787944117144233],
  [5, 3, 0.18473675547622792, 0.8152632445237721],
  [10.5, 20, 0.9925632227021953, 0.0074367772978047066],
  [100, 90, 0.15822098918643016, 0.8417790108135699],
  [1000, 1050, 0.9413288886226819, 0.05867111137731808],
  [0.01, 0.001, 0.938570652526129, 0.061429347473871014],
  [3, 30, 0.9999999999549898, 4.501016648012124e-11],
  [50000, 49500, 0.012478315638082799, 0.9875216843619172],
  [20, 5, 3.45213582091446e-7, 0.999999654786418],
];

describe("regularised incomplete gamma", () => {
  it.each(REFERENCE)("P and Q at a=%s, x=%s to 1e-12 relative", (a, x, p, q) => {
    expectClose(regularizedGammaP(a, x), p, 1e-12, `P(${a}, ${x})`);
    expectClose(regularizedGammaQ(a, x), q, 1e-12, `Q(${a}, ${x})`);
  });

  it("has the exact ends", () => {
    expect(regularizedGammaP(2, 0)).toBe(0);
    expect(regularizedGammaQ(2, 0)).toBe(1);
    expect(regularizedGammaP(2, Number.POSITIVE_INFINITY)).toBe(1);
  });

  it("rejects a ≤ 0 and x < 0", () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(RangeError);
    expect(() => regularizedGammaQ(1, -1)).toThrow(RangeError);
  });
});
