import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it } from "vitest";
import { createLsoaPatients } from "./lsoa-patients.ts";
import { NATIONAL_LSOAS, nationalCoverage } from "./national-coverage.ts";

describe("nationalCoverage", () => {
  const instances: DuckDBInstance[] = [];
  afterEach(() => {
    for (const instance of instances.splice(0)) instance.closeSync();
  });

  /** Registrations over `lsoas` LSOAs (10 patients each) and an England age profile of `aged` persons. */
  async function coverage(lsoas: number, aged: number) {
    const instance = await DuckDBInstance.create(":memory:");
    instances.push(instance);
    const db = await instance.connect();
    await db.run(`
      CREATE TABLE registered_patients AS
        SELECT 'A' || (i % 7) AS practice_code, 'E01' || lpad(CAST(i AS VARCHAR), 6, '0') AS lsoa_code, 10 AS patients
        FROM range(${lsoas}) t(i);
      CREATE TABLE age_sex (area_code VARCHAR, area_type VARCHAR, sex VARCHAR, age_band VARCHAR, patients INTEGER);
      INSERT INTO age_sex VALUES ('E92000001', 'england', 'persons', '0-4', ${aged}),
        ('E92000001', 'england', 'male', '0-4', ${aged});
      CREATE TABLE practice_map (practice_code VARCHAR);`);
    await createLsoaPatients(db);
    return nationalCoverage(db);
  }

  it("takes registrations reaching nearly every LSOA, and ages holding as many patients, as England's", async () => {
    expect(await coverage(NATIONAL_LSOAS, NATIONAL_LSOAS * 10)).toEqual({ registrations: true, ages: true });
    // Ages count persons only (male rows are a part of them) and allow the extracts' small differences.
    expect(await coverage(NATIONAL_LSOAS, NATIONAL_LSOAS * 9.6)).toEqual({ registrations: true, ages: true });
  });

  it("takes a regional single-age file beside national registrations as regional", async () => {
    expect(await coverage(NATIONAL_LSOAS, NATIONAL_LSOAS * 9)).toEqual({ registrations: true, ages: false });
  });

  it("takes a regional extract as regional, whatever its age file holds", async () => {
    expect(await coverage(NATIONAL_LSOAS - 1, NATIONAL_LSOAS * 10)).toEqual({
      registrations: false,
      ages: false,
    });
  });
});
