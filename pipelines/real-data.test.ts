import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, build } from "./build.ts";
import { sqlLiteral } from "./importers/sql-literal.ts";
import { withMemoryDb } from "./testing/with-memory-db.ts";

// Real public data lives beside the repository (../shared/data/real), never inside it; see its README.
const repoRoot = path.resolve(import.meta.dirname, "..");
const realData = path.resolve(repoRoot, "../shared/data/real");
const pennine = path.join(realData, "pennine-lancashire");
const imdScores = path.join(realData, "england/imd2019-lsoa-scores.csv");
const present = existsSync(path.join(pennine, "gp-reg-pat-prac-lsoa-all.csv")) && existsSync(imdScores);
if (!present)
  console.warn(
    `Skipping the real-data pipeline test: ${realData} is not here (it ships beside the project in CI).`,
  );

describe.skipIf(!present)("real data: Pennine Lancashire registrations + IMD 2019 scores", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "pipeline-real-"));
  let result: BuildResult;
  let comparison: { r: number; median_abs_diff: number; practices: number };

  beforeAll(async () => {
    // Two inputs combined without copying: the Pennine folder and one England file.
    result = await build({ inputs: [pennine, imdScores], outDir });
    await withMemoryDb(async (db) => {
      const values = sqlLiteral(path.join(result.directory, "indicator_values.parquet"));
      const published = sqlLiteral(path.join(pennine, "fingertips-practice-imd.csv"));
      const rows = await db.runAndReadAll(`
        SELECT corr(ours.value, ohid.Value) AS r, median(abs(ours.value - ohid.Value)) AS median_abs_diff, count(*) AS practices
        FROM read_parquet(${values}) AS ours
        JOIN read_csv(${published}) AS ohid ON ohid.AreaCode = ours.area_code
        WHERE ours.indicator_id = 'imd_score' AND ours.area_type = 'practice' AND ohid.IndicatorID = 93553 AND ohid.Year = 2019`);
      const row = rows.getRowObjectsJS()[0];
      comparison = {
        r: Number(row?.r),
        median_abs_diff: Number(row?.median_abs_diff),
        practices: Number(row?.practices),
      };
    });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("takes every file of the folder and the IMD scores, each for its layout", () => {
    const imported = result.inputs
      .filter((input) => input.status === "imported")
      .map((input) => path.basename(input.file));
    expect(imported).toEqual([
      "fingertips-practice-imd.csv",
      "fingertips-smoking-prevalence-qof.csv",
      "gp-reg-pat-prac-lsoa-all.csv",
      "gp-reg-pat-prac-sing-age.csv",
      "imd2019-domain-deciles-lsoa.csv",
      "lsoa-2011.geojson",
      "pcn-practices.csv",
      "imd2019-lsoa-scores.csv",
    ]);
  });

  it("agrees with OHID's published practice IMD 2019 scores (Fingertips 93553)", () => {
    expect(comparison.practices).toBeGreaterThanOrEqual(70);
    expect(comparison.r).toBeGreaterThanOrEqual(0.99);
    expect(comparison.median_abs_diff).toBeLessThanOrEqual(1.0);
  });
});
