import { describe, expect, it } from "vitest";
import { directlyStandardisedRate, dsrLimits } from "./dsr.ts";
import { ESP2013, ESP2013_AGE_BANDS, esp2013Weight } from "./esp2013.ts";
import { expectClose } from "./testing/expect-close.ts";
import { COUNTS, DSR_1976, POPULATION } from "./testing/phe-multiarea.ts";

const withEsp2013 = (counts: readonly number[]) =>
  counts.map((count, i) => ({
    count,
    population: POPULATION[i] as number,
    standardPopulation: ESP2013[ESP2013_AGE_BANDS[i] as keyof typeof ESP2013],
  }));

// PHEindicatormethods tests/testthat/testdata_DSR_ISR.xlsx, sheet testresults_DSR (per 100,000 rows), testDSRs.R.
const PHE_DSR = {
  big: [10430.247991469423, 9717.709067985681, 11178.94091547925, 9323.287880219903, 11620.595999522058],
  small: [1103.212025300104, 877.455767536709, 1367.0882227251795, 763.6420357939879, 1530.0328948244762],
} as const;

describe("ESP2013", () => {
  it("has the 19 OHID bands summing to 100,000", () => {
    expect(ESP2013_AGE_BANDS).toHaveLength(19);
    expect(Object.values(ESP2013).reduce((sum, weight) => sum + weight, 0)).toBe(100_000);
  });

  it("finds weights for band labels as files spell them", () => {
    expect(esp2013Weight("0-4")).toBe(5000);
    expect(esp2013Weight("05–09")).toBe(5500);
    expect(esp2013Weight("85 to 89")).toBe(1500);
    expect(esp2013Weight("90 and over")).toBe(1000);
    expect(esp2013Weight(" 90+ ")).toBe(1000);
    expect(esp2013Weight("85+")).toBeUndefined();
    expect(esp2013Weight("adults")).toBeUndefined();
  });
});

describe("directlyStandardisedRate against PHEindicatormethods calculate_dsr", () => {
  it.each(["big", "small"] as const)("testdata_%s with ESP2013 per 100,000", (area) => {
    const dsr = directlyStandardisedRate(withEsp2013(COUNTS[area]));
    const [value, l95, u95, l998, u998] = PHE_DSR[area];
    expectClose(dsr.value, value, 1e-12, "value");
    expectClose(dsr.lower95, l95, 1e-12, "lower95");
    expectClose(dsr.upper95, u95, 1e-12, "upper95");
    expectClose(dsr.lower998, l998, 1e-12, "lower998");
    expectClose(dsr.upper998, u998, 1e-12, "upper998");
    expect(dsr.totalPopulation).toBe(8970);
    expect(dsr.method).toBe("Dobson (Byar)");
  });

  it("takes another standard population and multiplier (testdata_1976, per 10,000)", () => {
    const bands = DSR_1976.count.map((count, i) => ({
      count,
      population: DSR_1976.population[i] as number,
      standardPopulation: DSR_1976.esp1976[i] as number,
    }));
    const dsr = directlyStandardisedRate(bands, { multiplier: 10_000 });
    expectClose(dsr.value, 859.2097585022366, 1e-12, "value");
    expectClose(dsr.lower95, 799.1160931442103, 1e-12, "lower95");
    expectClose(dsr.upper95, 922.5253880318318, 1e-12, "upper95");
    expect(dsr.totalCount).toBe(804);
  });

  it("suppresses the DSR below 10 events in total, with a note (testdata_tiny: 9 events)", () => {
    const dsr = directlyStandardisedRate(withEsp2013(COUNTS.tiny));
    expect(dsr.totalCount).toBe(9);
    expect([dsr.value, dsr.lower95, dsr.upper95, dsr.lower998, dsr.upper998]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(dsr.note).toMatch(/fewer than 10/);
    expect(dsrLimits(withEsp2013(COUNTS.tiny), 0.95)).toBeUndefined();
  });

  it("keeps the value inside its limits and 99.8% outside 95%", () => {
    const dsr = directlyStandardisedRate(withEsp2013(COUNTS.small));
    const [value, l95, u95, l998, u998] = [
      dsr.value,
      dsr.lower95,
      dsr.upper95,
      dsr.lower998,
      dsr.upper998,
    ] as number[];
    expect(l998).toBeLessThan(l95 as number);
    expect(l95).toBeLessThan(value as number);
    expect(u95).toBeGreaterThan(value as number);
    expect(u998).toBeGreaterThan(u95 as number);
  });

  it("rejects a zero population in a band and empty input", () => {
    const bands = withEsp2013(COUNTS.big).map((band, i) => (i === 1 ? { ...band, population: 0 } : band));
    expect(() => directlyStandardisedRate(bands)).toThrow(
      /age band 2 population must be a finite number > 0/,
    );
    expect(() => directlyStandardisedRate([])).toThrow(/at least one age band/);
  });
});
