import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose } from "./testing/expect-close.ts";
import { proportion, wilsonLimits } from "./wilson.ts";

// PHEindicatormethods tests/testthat/testdata_Byars_Wilson.xlsx (sheet testdata_B_W, Wilson rows) and
// testdata_Proportion.xlsx (sheet testdata_Prop, multiplier 100 rows), used by testWilson.R and testProportions.R.
const PHE_WILSON: readonly [number, number, number, number, number][] = [
  [65, 100, 0.95, 0.5525444329688797, 0.7363575175690247],
  [1045, 5000, 0.95, 0.19795549880013297, 0.22049130373189027],
  [0.445, 1, 0.95, 0.04381744772058822, 0.9334621276979156],
  [65, 100, 0.998, 0.4954946574070431, 0.7783540614089697],
  [1045, 5000, 0.998, 0.19179381799015244, 0.22731562902525818],
  [0.445, 1, 0.998, 0.019347006132900975, 0.9702259947019541],
];

const PHE_PERCENTAGES: readonly [number, number, number, number, number, number, number][] = [
  [1, 100, 1, 0.1767432064140651, 5.44861961787053, 0.0873065697299977, 10.45544528370582],
  [5, 100, 5, 2.154367915436798, 11.17504692319191, 1.3865320725997183, 16.458852282596443],
  [20, 100, 20, 13.33669333310325, 28.882916559315884, 10.519162066711433, 34.71109417008601],
  [65, 100, 65, 55.25444329688797, 73.63575175690247, 49.54946574070431, 77.83540614089696],
  [9856, 12345, 79.83799108950991, 79.1210175290907, 80.53640073614909, 78.69924108419063, 80.93061412589626],
  [
    7776456, 7564336677, 0.10280420256339154, 0.10273201001641094, 0.10287644578977231, 0.10269040118442213,
    0.10291812992698397,
  ],
  [222, 3215, 6.905132192846033, 6.07916903636366, 7.833956681383633, 5.647101964624248, 8.418414185270134],
  [999, 3456, 28.90625, 27.418951080009872, 30.440389662818056, 26.583995768074953, 31.344754492799847],
];

describe("wilsonLimits against PHEindicatormethods", () => {
  it.each(PHE_WILSON)("%s/%s at %s", (count, denominator, confidence, lower, upper) => {
    const limits = wilsonLimits(count, denominator, confidence);
    expectClose(limits.lower, lower, 1e-12, "lower");
    expectClose(limits.upper, upper, 1e-12, "upper");
  });

  it.each(PHE_PERCENTAGES)("proportion(%s, %s) × 100", (count, denominator, value, l95, u95, l998, u998) => {
    const result = proportion(count, denominator, { multiplier: 100 });
    expectClose(result.value, value, 1e-12, "value");
    expectClose(result.lower95, l95, 1e-12, "lower95");
    expectClose(result.upper95, u95, 1e-12, "upper95");
    expectClose(result.lower998, l998, 1e-12, "lower998");
    expectClose(result.upper998, u998, 1e-12, "upper998");
    expect(result.method).toBe("Wilson score");
    expect(result.note).toBeUndefined();
  });
});

const denominators = fc.double({ min: 1e-3, max: 1e12, noNaN: true, noDefaultInfinity: true });
const countAndDenominator = fc
  .tuple(denominators, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([denominator, share]) => [Math.min(denominator, share * denominator), denominator] as const);
const levels = fc.constantFrom(0.8, 0.9, 0.95, 0.99, 0.998, 0.9999);

describe("wilsonLimits properties", () => {
  it("contains the observed proportion and stays within [0, multiplier]", () => {
    fc.assert(
      fc.property(
        countAndDenominator,
        levels,
        fc.constantFrom(1, 100, 1000),
        ([count, denominator], confidence, m) => {
          const { lower, upper } = wilsonLimits(count, denominator, confidence, m);
          const value = (count / denominator) * m;
          expect(lower).toBeGreaterThanOrEqual(0);
          expect(upper).toBeLessThanOrEqual(m);
          expect(lower).toBeLessThanOrEqual(value * (1 + 1e-12));
          expect(upper).toBeGreaterThanOrEqual(value * (1 - 1e-12));
        },
      ),
    );
  });

  it("gives 99.8% limits that contain the 95% ones", () => {
    fc.assert(
      fc.property(countAndDenominator, ([count, denominator]) => {
        const narrow = wilsonLimits(count, denominator, 0.95);
        const wide = wilsonLimits(count, denominator, 0.998);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
    );
  });

  it("moves both limits up as the count rises", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        levels,
        (n, share, c) => {
          const count = Math.floor(share * (n - 1));
          const before = wilsonLimits(count, n, c);
          const after = wilsonLimits(count + 1, n, c);
          expect(after.lower).toBeGreaterThan(before.lower);
          expect(after.upper).toBeGreaterThan(before.upper);
        },
      ),
    );
  });

  it("is symmetric under x → n − x", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        levels,
        (n, s, c) => {
          const count = Math.round(s * n);
          const limits = wilsonLimits(count, n, c);
          const mirror = wilsonLimits(n - count, n, c);
          expect(limits.lower).toBeCloseTo(1 - mirror.upper, 12);
          expect(limits.upper).toBeCloseTo(1 - mirror.lower, 12);
        },
      ),
    );
  });
});

describe("wilsonLimits edge cases", () => {
  it("gives exactly 0 below a zero count and exactly 1 above a full one", () => {
    expect(wilsonLimits(0, 50, 0.95).lower).toBe(0);
    expect(wilsonLimits(50, 50, 0.95).upper).toBe(1);
    expectClose(wilsonLimits(0, 50, 0.95).upper, 1 - wilsonLimits(50, 50, 0.95).lower, 1e-14);
  });

  it("keeps full relative precision for one event in a billion", () => {
    // Closed form at x = 1: lower = 2 / (n·(2 + z² + z√(z² + 4 − 4/n))).
    const z = 1.959963984540054;
    const n = 1e9;
    expectClose(
      wilsonLimits(1, n, 0.95).lower,
      2 / (n * (2 + z * z + z * Math.sqrt(z * z + 4 - 4 / n))),
      1e-14,
    );
  });

  it("handles a denominator below 1 and a huge one", () => {
    const tiny = wilsonLimits(0.001, 0.002, 0.95);
    expect(tiny.lower).toBeGreaterThan(0);
    expect(tiny.upper).toBeLessThan(1);
    const huge = wilsonLimits(3e11, 1e12, 0.998);
    expect(huge.upper - huge.lower).toBeLessThan(1e-5);
  });

  it("rejects impossible inputs with the values in the message", () => {
    expect(() => wilsonLimits(-1, 10, 0.95)).toThrow(/count must be a finite number ≥ 0, got -1/);
    expect(() => wilsonLimits(1, 0, 0.95)).toThrow(/denominator must be a finite number > 0, got 0/);
    expect(() => wilsonLimits(11, 10, 0.95)).toThrow(/count \(11\) must not exceed denominator \(10\)/);
    expect(() => wilsonLimits(1, 10, 95)).toThrow(/confidence must be a proportion between 0 and 1/);
    expect(() => proportion(1, 10, { multiplier: 0 })).toThrow(/multiplier/);
  });
});
