import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byarLimits } from "./byar.ts";
import { exactPoissonLimits } from "./exact-poisson.ts";
import { poissonCountLimits, poissonCountMethod } from "./poisson-count-limits.ts";
import { expectClose } from "./testing/expect-close.ts";

// PHEindicatormethods tests/testthat/testdata_Byars_Wilson.xlsx, sheet testdata_B_W (Byars rows), testByars.R.
const PHE_BYAR: readonly [number, number, number | undefined, number][] = [
  [65, 0.95, 50.163187710459454, 82.84913854593984],
  [1045, 0.95, 982.5932018073325, 1110.33121298565],
  [1, 0.95, 0.01307213290150435, 5.5637555824752605],
  [65, 0.998, 42.8802614714802, 94.00029084431802],
  [1045, 0.998, 947.9407035610374, 1148.806160988033],
  [10, 0.998, 2.916318374695686, 24.193724927880535],
  // PHEindicatormethods returns NA for this negative lower cube; a count's limit is held at 0 here.
  [1, 0.998, undefined, 9.362180217908362],
];

// Exact limits: the Exact rows of testdata_Rate.xlsx (sheet testdata_Rate, testRates.R) times denominator/multiplier
// (1/100 and 5/100 per 100), and R's qchisq(0.025, 2)/2 = 0.0253178079842899, qchisq(0.975, 2)/2 = 3.68887945411394.
const EXACT: readonly [number, number, number, number][] = [
  [1, 0.95, 0.025317807984289897, 5.571643390938898],
  [5, 0.95, 1.62348639011842, 11.668332079322669],
  [1, 0.998, 0.0010005003335835344, 9.233413476451585],
  [5, 0.998, 0.739371731917839, 16.454745203680105],
  [0, 0.95, 0, 3.6888794541139363],
];

describe("byarLimits", () => {
  it.each(PHE_BYAR)("%s events at %s", (count, confidence, lower, upper) => {
    const limits = byarLimits(count, confidence);
    if (lower === undefined) expect(limits.lower).toBe(0);
    else expectClose(limits.lower, lower, 1e-12, "lower");
    expectClose(limits.upper, upper, 1e-12, "upper");
  });
});

describe("exactPoissonLimits", () => {
  it.each(EXACT)("%s events at %s", (count, confidence, lower, upper) => {
    const limits = exactPoissonLimits(count, confidence);
    expectClose(limits.lower, lower, 1e-12, "lower");
    expectClose(limits.upper, upper, 1e-12, "upper");
  });

  it("brackets the count, and 99.8% limits contain 95% ones", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (count) => {
        const narrow = exactPoissonLimits(count, 0.95);
        const wide = exactPoissonLimits(count, 0.998);
        expect(narrow.lower).toBeLessThanOrEqual(count);
        expect(narrow.upper).toBeGreaterThan(count);
        expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
        expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
      }),
      { numRuns: 200 },
    );
  });
});

describe("poissonCountLimits", () => {
  it("is exact below 10 events and Byar from 10, as OHID", () => {
    expect(poissonCountLimits(9, 0.95)).toEqual(exactPoissonLimits(9, 0.95));
    expect(poissonCountLimits(10, 0.95)).toEqual(byarLimits(10, 0.95));
    expect(poissonCountMethod(9)).toBe("Exact Poisson");
    expect(poissonCountMethod(10)).toBe("Byar");
  });

  it("moves both limits up with the count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0.95, 0.998), (count, confidence) => {
        const before = poissonCountLimits(count, confidence);
        const after = poissonCountLimits(count + 1, confidence);
        expect(after.lower).toBeGreaterThanOrEqual(before.lower);
        expect(after.upper).toBeGreaterThan(before.upper);
      }),
      { numRuns: 300 },
    );
  });
});
