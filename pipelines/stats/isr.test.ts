import { describe, expect, it } from "vitest";
import { indirectlyStandardisedRate, indirectlyStandardisedRatio, isrLimits } from "./isr.ts";
import { expectClose } from "./testing/expect-close.ts";
import { COUNTS, POPULATION, REFERENCE_COUNT, REFERENCE_POPULATION } from "./testing/phe-multiarea.ts";

const bandsFor = (counts: readonly number[]) =>
  counts.map((count, i) => ({
    count,
    population: POPULATION[i] as number,
    referenceCount: REFERENCE_COUNT[i] as number,
    referencePopulation: REFERENCE_POPULATION[i] as number,
  }));

// PHEindicatormethods tests/testthat/testdata_DSR_ISR.xlsx, sheet testresults_ISR, used by testISRatios.R and
// testISRates.R: [observed, value, lower95, upper95, lower998, upper998, method].
const EXPECTED = 835.8835612311743;
const PHE_RATIO_X100 = {
  big: [
    895,
    107.07232939020275,
    100.17147712553987,
    114.3233287249895,
    96.35155619614437,
    118.60070415876287,
    "Byar",
  ],
  small: [
    91,
    10.886683770400502,
    8.765040101829404,
    13.366576328418912,
    7.695425528392111,
    14.897920510466744,
    "Byar",
  ],
  tiny: [
    9,
    1.0767049882813684,
    0.4923380825095776,
    2.043921455549973,
    0.2933930655068262,
    2.710589651469021,
    "Exact Poisson",
  ],
} as const;
const PHE_RATE_PER_100K = {
  big: [
    895,
    10011.137622091057,
    9365.91600297888,
    10689.097582910616,
    9008.7578618655,
    11089.02718538338,
    "Byar",
  ],
  small: [
    91,
    1017.8922051511577,
    819.521002506463,
    1249.75926013832,
    719.5132903528245,
    1392.9381508991678,
    "Byar",
  ],
  tiny: [
    9,
    100.6706576523123,
    46.03303513307893,
    191.10426659054028,
    27.43190862554234,
    253.4369635219236,
    "Exact Poisson",
  ],
} as const;

type Row = readonly [number, number, number, number, number, number, string];

function expectRow(result: ReturnType<typeof indirectlyStandardisedRatio>, row: Row): void {
  const [observed, value, l95, u95, l998, u998, method] = row;
  expect(result.observed).toBe(observed);
  expectClose(result.expected, EXPECTED, 1e-12, "expected");
  expectClose(result.value, value, 1e-12, "value");
  expectClose(result.lower95, l95, 1e-12, "lower95");
  expectClose(result.upper95, u95, 1e-12, "upper95");
  expectClose(result.lower998, l998, 1e-12, "lower998");
  expectClose(result.upper998, u998, 1e-12, "upper998");
  expect(result.method).toBe(method);
}

describe("indirect standardisation against PHEindicatormethods", () => {
  it.each(["big", "small", "tiny"] as const)("calculate_ISRatio, refvalue 100: testdata_%s", (area) => {
    expectRow(indirectlyStandardisedRatio(bandsFor(COUNTS[area]), { multiplier: 100 }), PHE_RATIO_X100[area]);
  });

  it.each(["big", "small", "tiny"] as const)("calculate_ISRate per 100,000: testdata_%s", (area) => {
    const rate = indirectlyStandardisedRate(bandsFor(COUNTS[area]));
    expectRow(rate, PHE_RATE_PER_100K[area]);
    expectClose(rate.referenceRate, 9349.88309221102, 1e-12, "reference rate");
  });

  it("takes the observed total when counts are not broken down by age (observed_totals)", () => {
    const bands = bandsFor(COUNTS.big).map(({ count: _count, ...band }) => band);
    expectRow(
      indirectlyStandardisedRatio(bands, { multiplier: 100, observedTotal: 895 }),
      PHE_RATIO_X100.big,
    );
  });

  it("accepts a band with no population (testdata_err2, Area1: 5–9 population 0)", () => {
    const bands = bandsFor(COUNTS.big).map((band, i) => (i === 1 ? { ...band, population: 0 } : band));
    const rate = indirectlyStandardisedRate(bands);
    expectClose(rate.expected, 808.3217400918253, 1e-12, "expected");
    expectClose(rate.value, 10352.493261629017, 1e-12, "value");
    expectClose(rate.lower95, 9685.271141999323, 1e-12, "lower95");
    expectClose(rate.upper95, 11053.570021432142, 1e-12, "upper95");
  });

  it("gives a ratio of 1 by default scale and limits for any level", () => {
    const ratio = indirectlyStandardisedRatio(bandsFor(COUNTS.big));
    expectClose(ratio.value, 1.0707232939020275, 1e-12);
    const at90 = isrLimits(895, EXPECTED, 0.9, 1);
    expect(at90 && at90.lower > (ratio.lower95 as number)).toBe(true);
  });

  it("leaves the ratio undefined, with a note, when no events are expected", () => {
    const bands = bandsFor(COUNTS.small).map((band) => ({ ...band, referenceCount: 0 }));
    const ratio = indirectlyStandardisedRatio(bands);
    expect(ratio.value).toBeUndefined();
    expect(ratio.lower95).toBeUndefined();
    expect(ratio.note).toMatch(/no events expected/);
  });

  it("rejects a zero reference population", () => {
    const bands = bandsFor(COUNTS.big).map((band, i) =>
      i === 0 ? { ...band, referencePopulation: 0 } : band,
    );
    expect(() => indirectlyStandardisedRatio(bands)).toThrow(
      /age band 1 reference population must be a finite number > 0/,
    );
  });
});
