import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importOneFile } from "../tests/fixtures/pipeline/import-one-file.ts";
import { type BuildResult, build } from "./build.ts";
import { splitCsvRecord } from "./discovery/read-csv-header.ts";
import { sqlLiteral } from "./importers/sql-literal.ts";
import { withMemoryDb } from "./testing/with-memory-db.ts";

// Real public data lives beside the repository (../shared/data/real), never inside it; see its README.
const realData = path.resolve(import.meta.dirname, "../../shared/data/real");
const pennine = path.join(realData, "pennine-lancashire");
const trafford = path.join(realData, "trafford");
const imdScores = path.join(realData, "england/imd2019-lsoa-scores.csv");
const epcn = path.join(realData, "england/ePCN-2020-04.xlsx");
const present = [pennine, trafford, imdScores, epcn].every((file) => existsSync(file));
if (!present) console.warn(`Skipping the real population-data tests: ${realData} is not here.`);

async function query(directory: string, sql: string): Promise<Record<string, unknown>[]> {
  return withMemoryDb(async (db) => {
    for (const table of ["indicator_values", "areas", "age_sex", "lsoa_values"]) {
      await db.run(
        `CREATE VIEW ${table} AS SELECT * FROM read_parquet(${sqlLiteral(path.join(directory, `${table}.parquet`))})`,
      );
    }
    return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  });
}

/** The rows of a small CSV as objects (the Trafford files quote fields holding commas, never newlines). */
function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trimEnd().split(/\r?\n/);
  const names = splitCsvRecord(header ?? "");
  return lines.map((line) =>
    Object.fromEntries(splitCsvRecord(line).map((value, index) => [names[index], value])),
  );
}

describe.skipIf(!present)("real data: Pennine Lancashire population indicators", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "pipeline-real-population-"));
  let result: BuildResult;
  beforeAll(async () => {
    result = await build({ inputs: [pennine, imdScores], outDir });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("gives the 74 practices in 13 PCNs", async () => {
    const [row] = await query(
      result.directory,
      "SELECT count(*) FILTER (WHERE area_type = 'practice') AS practices, count(*) FILTER (WHERE area_type = 'pcn') AS pcns FROM areas",
    );
    expect(row).toEqual({ practices: 74n, pcns: 13n });
  });

  it("takes aged 65+ and age_sex from the single-age file, England being its total", async () => {
    const rows = readCsv(path.join(pennine, "gp-reg-pat-prac-sing-age.csv"));
    const total = rows.reduce((sum, row) => sum + Number(row.NUMBER_OF_PATIENTS), 0);
    const older = rows
      .filter((row) => Number.parseInt(row.AGE ?? "", 10) >= 65)
      .reduce((sum, row) => sum + Number(row.NUMBER_OF_PATIENTS), 0);
    const [england] = await query(
      result.directory,
      "SELECT count, denominator FROM indicator_values WHERE indicator_id = 'aged_65plus' AND area_type = 'england'",
    );
    expect(england).toEqual({ count: older, denominator: total });
    const [ages] = await query(
      result.directory,
      "SELECT sum(patients) AS patients, count(DISTINCT area_code) FILTER (WHERE area_type = 'practice') AS practices FROM age_sex WHERE area_type IN ('england', 'practice') AND sex = 'persons' GROUP BY area_type = 'england' ORDER BY 1 DESC LIMIT 1",
    );
    expect(Number(ages?.patients)).toBe(total);
  });

  it("gives Core20 from the published deciles, rising with the practice IMD score", async () => {
    const [row] = await query(
      result.directory,
      `SELECT count(*) AS practices, corr(c.value, i.value) AS r
       FROM indicator_values c JOIN indicator_values i USING (area_code)
       WHERE c.indicator_id = 'core20_share' AND i.indicator_id = 'imd_score' AND c.area_type = 'practice'`,
    );
    // P81778 is in the practice list but has no patients in the registrations extract.
    expect(Number(row?.practices)).toBe(73);
    expect(Number(row?.r)).toBeGreaterThan(0.8);
  });

  it("reads the ePCN workbook: every practice, and the Pennine practices in the same 13 PCNs", async () => {
    const imported = await importOneFile(epcn);
    try {
      const [counts] = await imported.query(
        "SELECT count(*) AS practices, count(DISTINCT pcn_code) AS pcns FROM practice_map",
      );
      expect(counts).toEqual({ practices: 6757n, pcns: 1250n });
      const local = readCsv(path.join(pennine, "pcn-practices.csv"));
      const map = await imported.query(
        `SELECT practice_code, pcn_name FROM practice_map WHERE practice_code IN (${local.map((row) => sqlLiteral(row.PCode ?? "")).join(", ")})`,
      );
      const pcnOf = new Map(map.map((row) => [row.practice_code, row.pcn_name]));
      expect(local.every((row) => pcnOf.get(row.PCode) === row.PCN)).toBe(true);
    } finally {
      imported.close();
    }
  });
});

describe.skipIf(!present)("real data: Pennine registrations with the national ePCN workbook", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "pipeline-real-epcn-"));
  let result: BuildResult;
  beforeAll(async () => {
    // Every Pennine file but its own practice list, which the national workbook replaces.
    const files = readdirSync(pennine)
      .filter((name) => name !== "pcn-practices.csv")
      .map((name) => path.join(pennine, name));
    result = await build({ inputs: [...files, imdScores, epcn], outDir });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("keeps the practices the extract registers, not the 6,757 in England, and says why", async () => {
    const [row] = await query(
      result.directory,
      "SELECT count(*) FILTER (WHERE area_type = 'practice') AS practices, count(*) FILTER (WHERE area_type = 'practice' AND list_size = 0) AS unregistered, count(*) FILTER (WHERE area_type = 'pcn') AS pcns FROM areas",
    );
    // The Pennine extract holds every practice with patients living in its LSOAs: 262, of which 3 are not
    // in the 2020 workbook; the 73 Pennine practices with patients are among them.
    expect(row).toMatchObject({ practices: 259n, unregistered: 0n });
    expect(Number(row?.pcns)).toBeLessThan(100);
    const [pennineRow] = await query(
      result.directory,
      `SELECT count(*) AS n FROM areas WHERE area_type = 'practice' AND area_code IN (${readCsv(
        path.join(pennine, "pcn-practices.csv"),
      )
        .map((practice) => sqlLiteral(practice.PCode ?? ""))
        .join(", ")})`,
    );
    expect(pennineRow?.n).toBe(73n);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^6,498 of the practice map's practices have no registered patients .* so only the registered practices are kept$/,
      ),
    );
  });
});

describe.skipIf(!present)("real data: Trafford Census 2021 tables", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "pipeline-real-trafford-"));
  const inputs = mkdtempSync(path.join(tmpdir(), "pipeline-real-trafford-inputs-"));
  const households = readCsv(path.join(trafford, "2021_household_composition_lsoa_trafford.csv"));
  const lsoas = [...new Set(households.map((row) => row.area_code ?? ""))];
  // LSOAs ONS created in 2021 have no IoD 2019 score; registrations holding them would be on 2021 LSOAs,
  // which IoD 2019 (2011 LSOAs) cannot join without a lookup. The others kept their 2011 codes.
  const kept = lsoas.filter((code) => code < "E01033769");
  let result: BuildResult;
  beforeAll(async () => {
    // Trafford has no registrations by LSOA: one made-up practice with 10 patients in every LSOA.
    writeFileSync(
      path.join(inputs, "registrations.csv"),
      `PRACTICE_CODE,LSOA_CODE,NUMBER_OF_PATIENTS\n${kept.map((code) => `P99001,${code},10`).join("\n")}\n`,
    );
    writeFileSync(
      path.join(inputs, "practices.csv"),
      "practice_code,pcn_name,icb_name\nP99001,Test PCN,Test ICB\n",
    );
    result = await build({
      inputs: [
        inputs,
        imdScores,
        ...[
          "2021_household_composition_lsoa_trafford.csv",
          "2021_general_health_lsoa_trafford.csv",
          "2021_unpaid_care_lsoa_trafford.csv",
          "2021_car_van_availability_lsoa_trafford.csv",
          "2021_population_by_5_year_age_bands_lsoa_trafford.csv",
        ].map((name) => path.join(trafford, name)),
      ],
      outDir,
    });
  });
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(inputs, { recursive: true, force: true });
  });

  it("imports all five tables in the tidy layout", () => {
    const census = result.inputs.filter(
      (input) => input.status === "imported" && input.kind === "census-2021-tidy",
    );
    expect(census).toHaveLength(5);
    expect(kept.length).toBe(lsoas.length - 2);
  });

  it("gives living_alone_66plus LSOA shares that match the source counts exactly", async () => {
    const expected = new Map<string, number>();
    for (const code of kept) {
      const rows = households.filter((row) => row.area_code === code);
      const alone = rows.find((row) => row.indicator === "One-person household: Aged 66 years and over");
      const all = rows.reduce((sum, row) => sum + Number(row.value), 0);
      expected.set(code, (100 * Number(alone?.value)) / all);
    }
    const rows = await query(
      result.directory,
      "SELECT lsoa_code, value FROM lsoa_values WHERE measure_id = 'living_alone_66plus' ORDER BY lsoa_code",
    );
    expect(rows).toHaveLength(kept.length);
    for (const row of rows) expect(row.value).toBe(expected.get(String(row.lsoa_code)));
  });

  it("attributes the households to the practice whole, as each LSOA has only its patients", async () => {
    const alone = households
      .filter(
        (row) =>
          kept.includes(row.area_code ?? "") && row.indicator?.startsWith("One-person household: Aged 66"),
      )
      .reduce((sum, row) => sum + Number(row.value), 0);
    const all = households
      .filter((row) => kept.includes(row.area_code ?? ""))
      .reduce((sum, row) => sum + Number(row.value), 0);
    const [row] = await query(
      result.directory,
      "SELECT count, denominator FROM indicator_values WHERE indicator_id = 'living_alone_66plus' AND area_code = 'P99001'",
    );
    expect(Number(row?.count)).toBeCloseTo(alone, 6);
    expect(Number(row?.denominator)).toBeCloseTo(all, 6);
  });

  it("gives unpaid care, bad health and no-car shares from the other tables", async () => {
    const rows = await query(
      result.directory,
      "SELECT measure_id, count(*) AS lsoas, min(value) AS low, max(value) AS high FROM lsoa_values WHERE measure_id IN ('unpaid_carers', 'general_health_bad', 'no_car_households', 'residents_65plus') GROUP BY 1 ORDER BY 1",
    );
    expect(rows.map((row) => row.measure_id)).toEqual([
      "general_health_bad",
      "no_car_households",
      "residents_65plus",
      "unpaid_carers",
    ]);
    for (const row of rows) {
      expect(Number(row.lsoas)).toBe(kept.length);
      expect(Number(row.low)).toBeGreaterThanOrEqual(0);
      expect(Number(row.high)).toBeLessThan(100);
    }
  });
});
