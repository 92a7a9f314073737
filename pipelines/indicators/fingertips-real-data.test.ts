import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, build } from "../build.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { wilsonLimits } from "../stats/index.ts";
import { withMemoryDb } from "../testing/with-memory-db.ts";

// Real public data lives beside the repository (../shared/data/real), never inside it; see its README.
const realData = path.resolve(import.meta.dirname, "../../../shared/data/real");
const pennine = path.join(realData, "pennine-lancashire");
const smokingFile = path.join(pennine, "fingertips-smoking-prevalence-qof.csv");
const imdScores = path.join(realData, "england/imd2019-lsoa-scores.csv");
const present = existsSync(smokingFile) && existsSync(imdScores);
if (!present)
  console.warn(
    `Skipping the Fingertips real-data build test: ${realData} is not here (it ships beside the project in CI).`,
  );

const PUBLISHED_COLUMNS = {
  value: "Value",
  count: "Count",
  denominator: "Denominator",
  lower95: "Lower CI 95.0 limit",
  upper95: "Upper CI 95.0 limit",
  lower998: "Lower CI 99.8 limit",
  upper998: "Upper CI 99.8 limit",
} as const;

type Row = Record<string, unknown>;

describe.skipIf(!present)(
  "real data: Pennine Lancashire Fingertips exports (smoking 91547, practice IMD 93553)",
  () => {
    const outDir = mkdtempSync(path.join(tmpdir(), "fingertips-real-"));
    let result: BuildResult;
    let joined: Row[];
    let ours: Row[];
    beforeAll(async () => {
      result = await build({ inputs: [pennine, imdScores], outDir });
      await withMemoryDb(async (db) => {
        const values = sqlLiteral(path.join(result.directory, "indicator_values.parquet"));
        // Every whole-area Persons row of the export beside what the build published for that area and period.
        joined = (
          await db.runAndReadAll(`
          SELECT f.*, o.* FROM read_csv(${sqlLiteral(smokingFile)}, all_varchar = true) AS f
          JOIN read_parquet(${values}) AS o
            ON o.indicator_id = 'smoking_prevalence' AND o.area_code = f."Area Code" AND o.period = f."Time period"
          WHERE f."Category Type" IS NULL AND coalesce(f."Age", '15+ yrs') = '15+ yrs'`)
        ).getRowObjectsJS() as Row[];
        ours = (
          await db.runAndReadAll(
            `SELECT * FROM read_parquet(${values}) WHERE indicator_id LIKE '%smoking%' OR indicator_id LIKE 'imd%'`,
          )
        ).getRowObjectsJS() as Row[];
      });
    });
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    it("publishes every practice and England figure of the export byte for byte as printed", () => {
      let cells = 0;
      for (const row of joined) {
        for (const [column, heading] of Object.entries(PUBLISHED_COLUMNS)) {
          const printed = row[heading];
          if (printed === null) continue;
          expect(
            String(row[column]),
            `${String(row["Area Code"])} ${String(row["Time period"])} ${heading}`,
          ).toBe(printed);
          cells++;
        }
      }
      // England 2013/14 to 2022/23, 70 practices in 2022/23 and 69 in 2023/24: 749 printed cells.
      expect(joined.length).toBe(149);
      expect(cells).toBe(749);
    });

    it("agrees with every comparison with England the export publishes (95%, lower is better)", () => {
      const published = joined.filter((row) =>
        ["Better", "Similar", "Worse"].includes(String(row["Compared to England value or percentiles"])),
      );
      const disagreements = published.filter(
        (row) =>
          row.compared_to_england !== String(row["Compared to England value or percentiles"]).toLowerCase(),
      );
      expect(published.length).toBe(70);
      expect(disagreements).toEqual([]);
    });

    it("reproduces England's published recent trend on its latest period", () => {
      const trends = joined.filter((row) => row["Recent Trend"] === "Decreasing and getting better");
      expect(trends.map((row) => [row.area_code, row.period, row.trend])).toEqual([
        ["E92000001", "2022/23", "Decreasing and getting better"],
      ]);
    });

    it("fills the limits of the 2023/24 rows, published without them, with Wilson limits", () => {
      const row = ours.find((value) => value.area_code === "P81003" && value.period === "2023/24");
      const at95 = wilsonLimits(836, 7886, 0.95, 100);
      expect(row).toMatchObject({ value: 10.60106518, lower95: at95.lower, upper95: at95.upper });
      // No England row for 2023/24: not compared with England, and the build says why.
      expect(row?.compared_to_england).toBeNull();
      expect(result.warnings).toContain(
        "smoking_prevalence: the Fingertips export has no England row for 2023/24, so values in that period are not compared with England",
      );
    });

    it("keeps OHID's practice IMD beside ours; with no England row in it, England's imd_score stays computed", () => {
      const published = ours.filter((row) => row.indicator_id === "imd_score_published");
      expect(published.length).toBe(74 * 3);
      expect(
        ours.find((row) => row.indicator_id === "imd_score" && row.area_type === "england")?.denominator,
      ).not.toBeNull();
      expect(result.warnings.find((warning) => warning.includes("reach only"))).not.toContain(
        "except imd_score",
      );
    });
  },
);
