import { describe, expect, it } from "vitest";
import { mean, meanLimits } from "./mean.ts";
import { expectClose } from "./testing/expect-close.ts";

// PHEindicatormethods tests/testthat/testdata_Mean.xlsx, sheets testdata_Mean and testdata_Mean_results, testMeans.R.
const AREA1 = [33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927];
const AREA2 = [
  5555.66666, 6666.77777, 4444.88888, 2222.99999, 3333.88888, 5555.44444, 6666.33333, 7777.44444, 5555.99999,
  8888.33333, 2222.55555, 4444.33333, 6666.22222, 4444.11111, 4444.22222, 5555.11111, 7777.22222, 9999.77777,
];
const PHE_MEANS: readonly [string, readonly number[], readonly number[]][] = [
  [
    "Area1",
    AREA1,
    [
      20.97557525770931, 53.70434500000001, 36.168325241336504, 71.24036475866352, 18.216705294788838,
      89.19198470521118,
    ],
  ],
  [
    "Area2",
    AREA2,
    [
      2117.831716159067, 5678.962957777778, 4625.790022452972, 6732.135893102583, 3859.0770997295967,
      7498.848815825959,
    ],
  ],
  [
    "both areas",
    [...AREA1, ...AREA2],
    [
      3171.8018122194453, 3948.1141538461534, 2666.995676745849, 5229.232630946458, 1801.9535385474737,
      6094.274769144833,
    ],
  ],
];

describe("mean against PHEindicatormethods phe_mean", () => {
  it.each(PHE_MEANS)("%s", (_area, values, [sd, value, l95, u95, l998, u998]) => {
    const result = mean(values);
    expect(result.count).toBe(values.length);
    expectClose(result.standardDeviation, sd as number, 1e-12, "sd");
    expectClose(result.value, value as number, 1e-12, "value");
    expectClose(result.lower95, l95 as number, 1e-12, "lower95");
    expectClose(result.upper95, u95 as number, 1e-12, "upper95");
    expectClose(result.lower998, l998 as number, 1e-12, "lower998");
    expectClose(result.upper998, u998 as number, 1e-12, "upper998");
  });

  it("gives a value but no limits for a single value, and nothing for none", () => {
    const one = mean([4.2]);
    expect(one.value).toBe(4.2);
    expect(one.lower95).toBeUndefined();
    expect(one.note).toMatch(/at least 2/);
    expect(mean([]).value).toBeUndefined();
    expect(meanLimits([], 0.95)).toBeUndefined();
  });

  it("rejects non-finite values", () => {
    expect(() => mean([1, Number.NaN])).toThrow(/value 2 must be a finite number/);
  });
});
