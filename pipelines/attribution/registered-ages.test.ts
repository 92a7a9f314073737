import { describe, expect, it } from "vitest";
import { gpRegistrationsByAge } from "../importers/gp-registrations-by-age.ts";
import { withMemoryDb } from "../testing/with-memory-db.ts";
import { createRegisteredAges } from "./registered-ages.ts";

/** Rows of `registrations_by_age` as the importer leaves them: [period, practice, sex, age, patients]. */
type AgeRow = [string, string, string, string, number];

async function bandsOf(rows: readonly AgeRow[]) {
  return withMemoryDb(async (db) => {
    await gpRegistrationsByAge.createTables(db);
    for (const [index, [period, practice, sex, age, patients]] of rows.entries()) {
      await db.run(
        `INSERT INTO registrations_by_age VALUES (1, ${index}, DATE '${period}', '${practice}', '00Q', '${sex}', '${age}', ${patients})`,
      );
    }
    const ages = await createRegisteredAges(db);
    const bands = (
      await db.runAndReadAll("SELECT practice_code, sex, band, patients FROM practice_age_bands ORDER BY ALL")
    ).getRowsJS();
    return {
      ages,
      bands: bands.map(([practice, sex, band, patients]) => `${practice} ${sex} ${band}: ${patients}`),
    };
  });
}

describe("createRegisteredAges", () => {
  it("sums the latest extract's single ages into ESP bands by sex and for persons, 95+ in 90+", async () => {
    const { ages, bands } = await bandsOf([
      ["2024-04-01", "A00001", "MALE", "0", 3],
      ["2024-04-01", "A00001", "MALE", "4", 2],
      ["2024-04-01", "A00001", "FEMALE", "5", 7],
      ["2024-04-01", "A00001", "FEMALE", "95+", 1],
      ["2024-04-01", "A00001", "MALE", "90", 4],
      // ALL-age rows were checked on import and are not counted again; an older extract is not used.
      ["2024-04-01", "A00001", "MALE", "ALL", 9],
      ["2023-04-01", "A00001", "MALE", "0", 50],
    ]);
    expect(ages).toEqual({ period: "2024-04-01", practices: 1 });
    expect(bands).toEqual([
      "A00001 female 1: 7",
      "A00001 female 18: 1",
      "A00001 male 0: 5",
      "A00001 male 18: 4",
      "A00001 persons 0: 5",
      "A00001 persons 1: 7",
      "A00001 persons 18: 5",
    ]);
  });

  it("takes persons from SEX = ALL rows where a band has them, so the -all file beside male and female counts once", async () => {
    const { bands } = await bandsOf([
      ["2024-04-01", "A00001", "MALE", "65", 10],
      ["2024-04-01", "A00001", "FEMALE", "65", 12],
      ["2024-04-01", "A00001", "ALL", "65", 22],
      ["2024-04-01", "A00002", "MALE", "70", 4],
      ["2024-04-01", "A00002", "FEMALE", "71", 6],
    ]);
    expect(bands).toEqual([
      "A00001 female 13: 12",
      "A00001 male 13: 10",
      "A00001 persons 13: 22",
      "A00002 female 14: 6",
      "A00002 male 14: 4",
      "A00002 persons 14: 10",
    ]);
  });
});
