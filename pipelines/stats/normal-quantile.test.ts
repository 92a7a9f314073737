import { describe, expect, it } from "vitest";
import { normalQuantile } from "./normal-quantile.ts";
import { expectClose } from "./testing/expect-close.ts";

// Reference values: mpmath 1.3 at 40 digits, √2·erfinv(2p − 1) evaluated at the exact double p (and by root
// finding on the normal CDF in the far tail).
const REFERENCE: readonly [number, number][] = [
  [0.975, 1.9599639845400543],
  [0.025, -1.9599639845400543],
  [0.999, 3.0902323061678136],
  [0.3, -0.5244005127080408],
  [0.8, 0.8416212335729142],
  [0.0001, -3.7190164854556804],
  [0.9995, 3.290526731491926],
  [0.9999999, 5.199337582290661],
  [1e-10, -6.361340902404057],
  [1e-100, -21.273453560965326],
  [1e-300, -37.0470962993612],
];

describe("normalQuantile (AS 241)", () => {
  it.each(REFERENCE)("Φ⁻¹(%s) to 1e-14 relative", (p, expected) => {
    expectClose(normalQuantile(p), expected, 1e-14, `p=${p}`);
  });

  it("is exactly 0 at the median and antisymmetric", () => {
    expect(normalQuantile(0.5)).toBe(0);
    // 1 − p is rounded, so the two sides agree only to about the precision of that rounding.
    for (const p of [0.1, 0.01, 1e-5, 0.3]) expectClose(normalQuantile(1 - p), -normalQuantile(p), 1e-10);
  });

  it("rejects probabilities outside (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});
