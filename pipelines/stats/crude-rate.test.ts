import { describe, expect, it } from "vitest";
import { crudeRate } from "./crude-rate.ts";
import { expectClose } from "./testing/expect-close.ts";

// PHEindicatormethods tests/testthat/testdata_Rate.xlsx, sheet testdata_Rate (per 100,000 rows and Area12), testRates.R.
const PHE_RATES: readonly [number, number, number, number, number, number, number, string][] = [
  [
    1,
    100,
    1000,
    25.317807984289896,
    5571.643390938898,
    1.0005003335835343,
    9233.413476451586,
    "Exact Poisson",
  ],
  [
    5,
    100,
    5000,
    1623.4863901184199,
    11668.332079322669,
    739.3717319178389,
    16454.745203680104,
    "Exact Poisson",
  ],
  [20, 100, 20000, 12211.428834875936, 30889.880369197064, 8922.802365144193, 38085.03562504191, "Byar"],
  [65, 100, 65000, 50163.18771045945, 82849.13854593984, 42880.261471480204, 94000.290844318, "Byar"],
  [
    9856,
    12345,
    79837.99108950992,
    78269.49058976758,
    81430.01654272141,
    77375.90543271053,
    82354.47277095431,
    "Byar",
  ],
  [
    7776456,
    7564336677,
    102.80420256339154,
    102.73196005302074,
    102.87648334092832,
    102.690317308454,
    102.91817639509068,
    "Byar",
  ],
  [
    222,
    3215,
    6905.132192846034,
    6026.574877652674,
    7875.729370871851,
    5560.737695259853,
    8461.04668173341,
    "Byar",
  ],
  [
    999,
    3456,
    28906.25,
    27141.30493609052,
    30755.833237378414,
    26162.147596445768,
    31845.604819822653,
    "Byar",
  ],
  [
    250,
    220,
    113636.36363636365,
    99984.94738532876,
    128631.14487455782,
    92710.00554438953,
    137651.23772147458,
    "Byar",
  ],
];

describe("crudeRate against PHEindicatormethods phe_rate", () => {
  it.each(PHE_RATES)("%s / %s per 100,000", (count, denominator, value, l95, u95, l998, u998, method) => {
    const rate = crudeRate(count, denominator);
    expectClose(rate.value, value, 1e-12, "value");
    expectClose(rate.lower95, l95, 1e-12, "lower95");
    expectClose(rate.upper95, u95, 1e-12, "upper95");
    expectClose(rate.lower998, l998, 1e-12, "lower998");
    expectClose(rate.upper998, u998, 1e-12, "upper998");
    expect(rate.method).toBe(method);
  });

  it("takes any multiplier (per 100: PHE's multiplier rows)", () => {
    const rate = crudeRate(5, 100, { multiplier: 100 });
    expectClose(rate.lower95, 1.62348639011842, 1e-12);
    expectClose(rate.upper998, 16.454745203680105, 1e-12);
  });

  it("gives a zero rate with a lower limit of 0", () => {
    const rate = crudeRate(0, 1000);
    expect(rate.value).toBe(0);
    expect(rate.lower95).toBe(0);
    expect(rate.upper95).toBeGreaterThan(0);
  });

  it("rejects a zero denominator and a negative count", () => {
    expect(() => crudeRate(1, 0)).toThrow(/denominator must be a finite number > 0/);
    expect(() => crudeRate(-1, 10)).toThrow(/count must be a finite number ≥ 0/);
  });
});
