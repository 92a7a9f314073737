import type { DuckDBConnection } from "@duckdb/node-api";
import { lsoaCodeRule, practiceCodeRule } from "./code-rules.ts";
import { extractDates } from "./extract-dates.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { calendarDate, choice, freeText, optional, wholeNumber } from "./value-rules.ts";

/**
 * NHS Digital "Patients Registered at a GP Practice", LSOA file (gp-reg-pat-prac-lsoa-all.csv):
 * PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,LSOA_CODE,SEX,NUMBER_OF_PATIENTS. Older releases
 * head the count `Number of Patients`; some split SEX into MALE and FEMALE rows instead of ALL.
 * PUBLICATION names the series and is not read.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "extract_date",
    label: "EXTRACT_DATE",
    aliases: ["Extract Date", "extract_date"],
    presence: "optional",
    rule: calendarDate({
      expected: "the extract date, as 01APR2020, 2020-04-01 or 01/04/2020",
      fix: "correct the date; every row of one extract carries the same date",
    }),
  },
  {
    name: "practice_code",
    label: "PRACTICE_CODE",
    aliases: ["Practice Code", "GP_PRACTICE_CODE"],
    presence: "required",
    rule: practiceCodeRule,
  },
  {
    name: "practice_name",
    label: "PRACTICE_NAME",
    aliases: ["Practice Name"],
    presence: "optional",
    rule: optional(freeText({ expected: "the practice name", fix: "" })),
  },
  {
    name: "lsoa_code",
    label: "LSOA_CODE",
    aliases: ["LSOA Code", "LSOA11CD", "LSOA21CD", "LSOA_2011_CODE", "LSOA_2021_CODE"],
    presence: "required",
    rule: lsoaCodeRule,
  },
  {
    name: "sex",
    label: "SEX",
    aliases: [],
    presence: "optional",
    rule: choice({
      values: { ALL: "ALL", PERSONS: "ALL", MALE: "MALE", M: "MALE", FEMALE: "FEMALE", F: "FEMALE" },
      expected: "ALL, MALE or FEMALE",
      fix: "use ALL for all patients, or MALE and FEMALE rows (they are added together when ALL is absent)",
    }),
  },
  {
    name: "patients",
    label: "NUMBER_OF_PATIENTS",
    aliases: ["Number of Patients", "patients", "registered_patients"],
    presence: "required",
    rule: wholeNumber({
      expected: "a whole number of registered patients, 0 or more",
      fix: "correct the count; it must be digits only, with no commas, spaces or minus sign",
    }),
  },
];

export const gpRegistrationsByLsoa: Importer = {
  kind: "gp-registrations-by-lsoa",
  title: "NHS Digital patients registered at a GP practice by LSOA",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(`CREATE TABLE registrations (
      source_file INTEGER, source_row BIGINT, period DATE, practice_code VARCHAR, practice_name VARCHAR,
      lsoa_code VARCHAR, sex VARCHAR, patients INTEGER)`);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        await db.run(`
        INSERT INTO registrations
        SELECT ${input.fileId}, rowid, ${typed("extract_date")}, ${typed("practice_code")},
          ${typed("practice_name")}, ${typed("lsoa_code")}, ${typed("sex", "'ALL'")}, ${typed("patients")}
        FROM ${table}`);
      },
    });
    const periods = await extractDates(db, "registrations", input.fileId);
    return { rows, periods };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "registrations",
      key: ["period", "practice_code", "lsoa_code", "sex"],
      keyLabel: "EXTRACT_DATE + PRACTICE_CODE + LSOA_CODE + SEX",
      expected: "one row per extract date, practice, LSOA and sex",
    });
  },
};
