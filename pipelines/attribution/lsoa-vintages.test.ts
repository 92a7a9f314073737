import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { populationInputs } from "../../tests/fixtures/pipeline/population-inputs.ts";
import { TINY_INPUTS } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { build } from "../build.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { withMemoryDb } from "../testing/with-memory-db.ts";

const outDir = mkdtempSync(join(tmpdir(), "pipeline-vintages-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// ONS's lookup for the tiny LSOAs: six unchanged, E01000007 (2011) split into two new 2021 LSOAs.
const LOOKUP = `LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND,LAD22CD,LAD22NM,LAD22NMW,ObjectId\n${[
  1, 2, 3, 4, 5, 6,
]
  .map((n) => `E0100000${n},T,E0100000${n},T,U,E06000001,T,,${n}`)
  .join("\n")}\nE01000007,T,E01034000,T,S,E06000001,T,,7\nE01000007,T,E01034001,T,S,E06000001,T,,8\n`;
const registrations = readFileSync(join(TINY_INPUTS, "gp-registrations.csv"), "utf8");
const row = (lsoa: string, patients: number) =>
  `GP_PRAC_PAT_LIST,01APR2024,A00004,STATION ROAD SURGERY,${lsoa},ALL,${patients}\n`;

async function values(directory: string, sql: string) {
  return withMemoryDb(async (db) => {
    await db.run(`CREATE VIEW indicator_values AS SELECT * FROM read_parquet('${directory}/indicator_values.parquet');
      CREATE VIEW lsoa_values AS SELECT * FROM read_parquet('${directory}/lsoa_values.parquet')`);
    return (await db.runAndReadAll(sql)).getRowObjectsJS();
  });
}

async function buildWith(changes: Record<string, string>) {
  const inputs = populationInputs(changes);
  try {
    return await build({ inputs: [inputs.dir], outDir });
  } finally {
    inputs.remove();
  }
}

describe("LSOA vintages with ONS's 2011 → 2021 lookup", () => {
  it("converts IoD 2019 scores to the 2021 LSOAs of the registrations (a split LSOA's parts inherit its score)", async () => {
    const result = await buildWith({
      "gp-registrations.csv": registrations + row("E01034000", 100),
      "lookup.csv": LOOKUP,
    });
    expect(result.warnings).toContainEqual(
      expect.stringContaining("lsoa_scores converted from 2011 to 2021 LSOAs"),
    );
    const [a00004] = await values(
      result.directory,
      "SELECT value FROM indicator_values WHERE indicator_id = 'imd_score' AND area_code = 'A00004'",
    );
    // E01000005 (50) for 100 patients, E01034000 inherits E01000007's 60 for 100; E01000006 has none.
    expect(a00004?.value).toBeCloseTo((100 * 50 + 100 * 60) / 200, 10);
  });

  it("converts Census 2021 counts to the 2011 LSOAs of the registrations (a split LSOA's parts are added)", async () => {
    const ts003 = readFileSync(
      join(import.meta.dirname, "../../tests/fixtures/pipeline/tiny-population/census2021-ts003-lsoa.csv"),
      "utf8",
    )
      .replace(/\n[^\n]*E01000007[^\n]*/, "")
      .concat("2021,T 7B,E01034000,100,30\n2021,T 7C,E01034001,200,10\n");
    const result = await buildWith({
      "gp-registrations.csv": registrations + row("E01000007", 100),
      "census2021-ts003-lsoa.csv": ts003,
      "lookup.csv": LOOKUP,
    });
    const [lsoa] = await values(
      result.directory,
      "SELECT value FROM lsoa_values WHERE measure_id = 'living_alone_66plus' AND lsoa_code = 'E01000007'",
    );
    expect(lsoa?.value).toBeCloseTo((100 * 40) / 300, 10);
  });

  it("rejects registrations holding codes of both vintages", async () => {
    const error = await buildWith({
      "gp-registrations.csv": registrations + row("E01034000", 5) + row("E01000007", 5),
      "lookup.csv": LOOKUP,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PipelineInputError);
    expect(error).toMatchObject({ line: 13, column: "LSOA_CODE" });
    expect((error as PipelineInputError).found).toContain(
      "E01000007 (a 2011 code) here, but E01034000 (a 2021 code) at line 12",
    );
  });
});
