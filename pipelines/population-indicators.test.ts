import { describe, expect, it } from "vitest";
import { populationInputs } from "../tests/fixtures/pipeline/population-inputs.ts";
import { wilsonLimits } from "./stats/index.ts";
import { buildOnce } from "./testing/build-once.ts";

// Hand-checked in tests/fixtures/pipeline/tiny-population/README.txt.
const once = buildOnce({ prefix: "pipeline-population-", inputs: populationInputs });
const { read } = once;

const byArea = (rows: Record<string, unknown>[]) =>
  Object.fromEntries(rows.map((row) => [row.area_code, row]));

describe("population indicators on the tiny inputs", () => {
  it("imports the single-age, Census (both layouts) and deciles files", () => {
    const kinds = once.result.inputs.flatMap((input) => (input.status === "imported" ? [input.kind] : []));
    expect(kinds).toEqual(
      expect.arrayContaining([
        "gp-registrations-by-age",
        "census-2021-nomis",
        "census-2021-tidy",
        "iod-2019-deciles",
      ]),
    );
  });

  it("defines each indicator with its method", async () => {
    const indicators = byArea(
      (await read("indicators")).map((row) => ({ ...row, area_code: row.indicator_id })),
    );
    for (const id of ["aged_65plus", "living_alone_66plus", "unpaid_carers", "core20_share", "idaopi"]) {
      expect(indicators[id]?.method).toEqual(expect.any(String));
    }
    expect(indicators.living_alone_66plus?.method).toContain("patients living there");
    expect(indicators.core20_share?.method).toContain("national IMD 2019 deciles");
    expect(indicators.aged_65plus?.source).toContain("extract 2024-04-01");
  });

  it("gives aged 65+ for practices, PCNs, the ICB and England, with Wilson limits from the stats core", async () => {
    const rows = byArea(await read("indicator_values", "indicator_id = 'aged_65plus'"));
    const expected = {
      A00001: [150, 400],
      A00002: [60, 400],
      A00003: [10, 510],
      A00004: [50, 100],
      U00001: [210, 800],
      U00002: [60, 610],
      QAA: [270, 1410],
      E92000001: [275, 1420],
    };
    for (const [area, [count, denominator]] of Object.entries(expected) as [string, [number, number]][]) {
      const row = rows[area];
      expect(row).toMatchObject({ count, denominator, period: "2024-04-01" });
      expect(row?.value).toBeCloseTo((100 * count) / denominator, 10);
      const limits95 = wilsonLimits(count, denominator, 0.95, 100);
      const limits998 = wilsonLimits(count, denominator, 0.998, 100);
      expect(row?.lower95).toBeCloseTo(limits95.lower, 10);
      expect(row?.upper95).toBeCloseTo(limits95.upper, 10);
      expect(row?.lower998).toBeCloseTo(limits998.lower, 10);
      expect(row?.upper998).toBeCloseTo(limits998.upper, 10);
    }
    // No polarity: higher / lower, compared with each level above.
    expect(rows.A00001).toMatchObject({
      compared_to_england: "higher",
      compared_to_icb: "higher",
      compared_to_pcn: "higher",
      trend: null,
      // Four practices are fewer than ten, so phe_quantile gives no deciles.
      decile: null,
    });
    expect(rows.E92000001?.compared_to_england).toBeNull();
  });

  it("shares each LSOA's Census counts among practices by registered patients", async () => {
    const rows = byArea(await read("indicator_values", "indicator_id = 'living_alone_66plus'"));
    // A00001: E01000001 100 of its 110 registered patients, E01000002 300 of 500.
    const count = (100 / 110) * 10 + (300 / 500) * 40;
    const denominator = (100 / 110) * 100 + (300 / 500) * 200;
    expect(rows.A00001?.count).toBeCloseTo(count, 10);
    expect(rows.A00001?.denominator).toBeCloseTo(denominator, 10);
    expect(rows.A00001?.value).toBeCloseTo((100 * count) / denominator, 10);
    // England: every LSOA with registered patients, each counted once.
    expect(rows.E92000001).toMatchObject({
      count: expect.closeTo(150, 9),
      denominator: expect.closeTo(1000, 9),
    });
    expect(rows.E92000001?.period).toBe("2021");
  });

  it("reads unpaid care from a tidy file without a total row: any care over all residents aged 5+", async () => {
    const rows = byArea(await read("indicator_values", "indicator_id = 'unpaid_carers'"));
    // A00003 lives wholly in E01000004: 20 carers of 400 residents aged 5+.
    expect(rows.A00003).toMatchObject({ count: 20, denominator: 400, value: 5 });
  });

  it("counts Core20 from national deciles 1 and 2, patients in LSOAs with a decile", async () => {
    const rows = byArea(await read("indicator_values", "indicator_id = 'core20_share'"));
    expect(rows.A00001).toMatchObject({ count: 400, denominator: 400, value: 100, period: "2019" });
    expect(rows.A00002).toMatchObject({ count: 200, denominator: 400, value: 50 });
    expect(rows.A00004).toMatchObject({ count: 0, denominator: 100, value: 0 });
    expect(rows.A00004?.compared_to_england).toBe("better");
  });

  it("weights IDAOPI by registered patients, as the IMD score", async () => {
    const rows = byArea(await read("indicator_values", "indicator_id = 'idaopi'"));
    expect(rows.A00001?.value).toBeCloseTo((100 * 8 + 300 * 12) / 400, 10);
  });

  it("writes age_sex in ESP2013 bands, the 95+ band in 90+, for every level", async () => {
    const rows = await read("age_sex", "area_code = 'A00001' AND sex = 'persons'");
    expect(Object.fromEntries(rows.map((row) => [row.age_band, row.patients]))).toEqual({
      "0-4": 50,
      "30-34": 100,
      "40-44": 100,
      "65-69": 60,
      "70-74": 50,
      "90+": 40,
    });
    const totals = await read(
      "age_sex",
      "sex = 'persons' AND area_code IN ('E92000001', 'QAA', 'U00002', 'A00004')",
    );
    const sum = (area: string) =>
      totals.filter((row) => row.area_code === area).reduce((total, row) => total + Number(row.patients), 0);
    expect([sum("E92000001"), sum("QAA"), sum("U00002"), sum("A00004")]).toEqual([1420, 1410, 610, 100]);
    const female = await read("age_sex", "area_code = 'E92000001' AND sex = 'female'");
    expect(female.reduce((total, row) => total + Number(row.patients), 0)).toBe(710);
  });

  it("keeps the LSOA shares and national deciles in lsoa_values", async () => {
    const rows = await read("lsoa_values", "lsoa_code = 'E01000002'");
    const values = Object.fromEntries(rows.map((row) => [row.measure_id, row.value]));
    expect(values).toMatchObject({ living_alone_66plus: 20, imd_decile: 2, idaopi_decile: 4 });
    expect(values.unpaid_carers).toBeCloseTo((100 * 20) / 200, 10);
  });
});
