import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, build } from "../build.ts";
import { generateDemo } from "../demo/generate.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { withMemoryDb } from "../testing/with-memory-db.ts";
import { FINGERTIPS_CATALOGUE } from "./fingertips-catalogue.ts";

/**
 * The seeded PCN demo writes each Fingertips export's "Compared to England" column from its own Wilson
 * limits, as Fingertips does; the pipeline's comparisons, made by the stats core from the imported figures,
 * must give the same marker for every practice, PCN and ICB.
 */
const root = mkdtempSync(path.join(tmpdir(), "fingertips-demo-"));
let result: BuildResult;
let rows: { indicator_id: string; agree: boolean; n: number }[];
beforeAll(async () => {
  const raw = path.join(root, "raw");
  await generateDemo({ scale: "pcn", outDir: raw });
  result = await build({ inputs: [raw], outDir: path.join(root, "build") });
  const ids = FINGERTIPS_CATALOGUE.map(
    (entry) => `WHEN '${entry.fingertipsId}' THEN '${entry.definition.indicator_id}'`,
  ).join(" ");
  await withMemoryDb(async (db) => {
    const exports = sqlLiteral(path.join(raw, "fingertips-*.csv"));
    const values = sqlLiteral(path.join(result.directory, "indicator_values.parquet"));
    rows = (
      await db.runAndReadAll(`
        SELECT o.indicator_id, lower(f."Compared to England value or percentiles") = o.compared_to_england AS agree,
          CAST(count(*) AS INTEGER) AS n
        FROM read_csv(${exports}, all_varchar = true, union_by_name = true) AS f
        JOIN read_parquet(${values}) AS o ON o.indicator_id = CASE f."Indicator ID" ${ids} END
          AND o.area_code = f."Area Code" AND o.period = f."Time period"
        WHERE f."Compared to England value or percentiles" <> 'Not compared'
        GROUP BY ALL ORDER BY ALL`)
    ).getRowObjectsJS() as typeof rows;
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("Fingertips comparisons on the seeded PCN demo", () => {
  it("agree with every marker the demo exports publish", () => {
    expect(rows.filter((row) => !row.agree)).toEqual([]);
    expect(rows.map((row) => row.indicator_id)).toEqual([
      "depression_prevalence",
      "diabetes_prevalence",
      "ndh_prevalence",
      "obesity_prevalence",
      "smoking_prevalence",
    ]);
    // 39 practices, 4 PCNs and 1 ICB over 5 periods (4 for NDH).
    expect(rows.reduce((total, row) => total + row.n, 0)).toBe(44 * 5 * 4 + 44 * 4);
  });

  it("takes England's IMD score from the demo's Fingertips 93553 export", () => {
    expect(result.warnings.find((warning) => warning.includes("reach only"))).toContain("except imd_score");
  });
});
