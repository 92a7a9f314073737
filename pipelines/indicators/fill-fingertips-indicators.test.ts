import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TINY_INPUTS } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { buildManifestSchema } from "../output/build-manifest.ts";
import { wilsonLimits } from "../stats/index.ts";
import { buildOnce } from "../testing/build-once.ts";

// Hand-checked in tests/fixtures/pipeline/fingertips/README.txt.
const FINGERTIPS = new URL("../../tests/fixtures/pipeline/fingertips/", import.meta.url).pathname;
const once = buildOnce({ prefix: "fingertips-build-", inputs: [TINY_INPUTS, FINGERTIPS] });

type Value = Record<string, unknown>;
const values = (where: string): Promise<Value[]> => once.read("indicator_values", where, "area_code, period");
const one = async (indicator: string, area: string, period: string) =>
  (await values(`indicator_id = '${indicator}' AND area_code = '${area}' AND period = '${period}'`))[0];

describe("Fingertips indicators in a build", () => {
  it("takes practice rows as published: count, denominator, value and limits unchanged", async () => {
    expect(await one("smoking_prevalence", "A00002", "2023/24")).toMatchObject({
      area_type: "practice",
      count: 40,
      denominator: 400,
      value: 10,
      lower95: 7.4,
      upper95: 13.4,
      lower998: 6.5,
      upper998: 14.6,
      compared_to_england: "better",
      compared_to_pcn: "similar",
      trend: "No significant change",
    });
  });

  it("computes the limits Fingertips left empty as Wilson limits × 100", async () => {
    const at95 = wilsonLimits(60, 400, 0.95, 100);
    const at998 = wilsonLimits(60, 400, 0.998, 100);
    expect(await one("smoking_prevalence", "A00001", "2023/24")).toMatchObject({
      value: 15,
      lower95: at95.lower,
      upper95: at95.upper,
      lower998: at998.lower,
      upper998: at998.upper,
      compared_to_england: "similar",
      compared_to_icb: "better",
      trend: "Decreasing and getting better",
    });
    // The trend sits on the latest period only.
    expect(await one("smoking_prevalence", "A00001", "2022/23")).toMatchObject({ trend: null });
  });

  it("prefers a PCN row Fingertips published, and sums practices where it published none", async () => {
    expect(await one("smoking_prevalence", "U00001", "2023/24")).toMatchObject({
      count: 101,
      denominator: 801,
      value: 12.60923845,
      lower95: 10.5,
    });
    expect(await one("smoking_prevalence", "U00001", "2022/23")).toMatchObject({
      count: 110,
      denominator: 800,
    });
    const south = await one("smoking_prevalence", "U00002", "2023/24");
    expect(south).toMatchObject({ count: 285, denominator: 700, value: (100 * 285) / 700 });
    expect(south?.lower95).toBe(wilsonLimits(285, 700, 0.95, 100).lower);
    // The ICB adds up practices (60 + 40 + 255 + 30 of 1,500), not the published PCN row.
    expect(await one("smoking_prevalence", "QAA", "2023/24")).toMatchObject({
      count: 385,
      denominator: 1500,
      compared_to_england: "worse",
    });
    expect(await one("smoking_prevalence", "A00003", "2023/24")).toMatchObject({
      compared_to_england: "worse",
      compared_to_pcn: "worse",
    });
    expect(await one("smoking_prevalence", "A00004", "2023/24")).toMatchObject({
      compared_to_england: "similar",
      compared_to_pcn: "better",
    });
  });

  it("takes England from the export's England row, with its recent trend", async () => {
    const england = await values("indicator_id = 'smoking_prevalence' AND area_type = 'england'");
    expect(england.map((row) => row.value)).toEqual([16, 15.8, 15.6, 15.4, 15.2]);
    expect(england.at(-1)).toMatchObject({ count: 7600000, trend: "Decreasing and getting better" });
  });

  it("leaves out category rows and other sexes, and says so", async () => {
    expect((await one("smoking_prevalence", "A00001", "2023/24"))?.count).toBe(60);
    expect(once.result.warnings).toContain(
      "smoking_prevalence: 1 row for other sexes or ages ignored; values are for Persons, 15+ yrs",
    );
    const smoking = once.result.inputs.find((input) => input.file.endsWith("smoking-qof.csv"));
    expect(smoking?.status === "imported" && smoking.notes?.[0]).toMatch(/^1 row for categories ignored/);
  });

  it("imports an unknown indicator as fingertips_<id>, a proportion compared higher/lower", async () => {
    expect(await one("fingertips_90000", "A00002", "2022/23")).toMatchObject({
      value: 60,
      compared_to_england: "lower",
    });
    expect(await one("fingertips_90000", "U00002", "2022/23")).toMatchObject({
      count: 190,
      denominator: 250,
    });
  });

  it("uses OHID's published England IMD score for England's imd_score, and says so", async () => {
    expect(await one("imd_score", "E92000001", "2019")).toMatchObject({ value: 21.67, denominator: null });
    expect(await one("imd_score_published", "A00003", "2019")).toMatchObject({ value: 39.9 });
    expect(once.result.warnings.find((warning) => warning.includes("reach only"))).toContain(
      "except imd_score, which is OHID's published England score from Fingertips 93553",
    );
  });

  it("records each indicator's source, method and what this build did in the indicators table and manifest", async () => {
    const db = await once.connect();
    try {
      const path = join(once.result.directory, "indicators.parquet");
      const rows = (
        await db.runAndReadAll(`SELECT * FROM read_parquet('${path}') ORDER BY indicator_id`)
      ).getRowObjectsJS();
      const byId = new Map(rows.map((row) => [row.indicator_id, row]));
      expect([...byId.keys()]).toEqual(
        expect.arrayContaining([
          "smoking_prevalence",
          "imd_score_published",
          "fingertips_90000",
          "imd_score",
        ]),
      );
      expect(byId.get("smoking_prevalence")).toMatchObject({
        theme: "smoking",
        polarity: "higher_is_worse",
        unit: "%",
        source: expect.stringContaining("OHID Fingertips indicator 91547"),
        method: expect.stringContaining(
          "In this build: PCN values: 1 area-period published by Fingertips, 5 summed from practices",
        ),
      });
      expect(byId.get("smoking_prevalence")?.method).toContain("at 95%");
      expect(byId.get("fingertips_90000")).toMatchObject({
        name: "Population vaccination coverage: Flu (aged 65 and over)",
        polarity: "none",
      });
      expect(byId.get("imd_score")?.method).toContain("England's value is OHID's published England score");
    } finally {
      db.closeSync();
    }
    const manifest = buildManifestSchema.parse(
      JSON.parse(readFileSync(join(once.result.directory, "manifest.json"), "utf8")),
    );
    expect(manifest.methods.map((method) => method.topic)).toContain("smoking_prevalence");
    expect(manifest.inputs.find((input) => input.file.endsWith("smoking-qof.csv"))?.notes).toHaveLength(1);
  });
});
