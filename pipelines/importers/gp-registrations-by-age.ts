import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { ageLabelRule } from "./age-label-rule.ts";
import { organisationCodeRule, practiceCodeRule } from "./code-rules.ts";
import { extractDates } from "./extract-dates.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { locateStagedRow } from "./locate-staged-row.ts";
import { calendarDate, choice, freeText, optional, wholeNumber } from "./value-rules.ts";

/**
 * NHS Digital "Patients Registered at a GP Practice", single year of age (gp-reg-pat-prac-sing-age*.csv):
 * PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,ORG_CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS
 * (July 2022 onwards SUB_ICB_LOCATION_CODE / ONS_SUB_ICB_LOCATION_CODE; the metadata calls TYPE ORG_TYPE).
 * Local teams often keep only EXTRACT_DATE,ORG_CODE,SEX,AGE,NUMBER_OF_PATIENTS. AGE runs 0…94, then 95+,
 * and an ALL row per practice and sex carries the total; SEX is MALE, FEMALE or ALL (the "-all" file).
 * Commissioner codes and postcode are not read: the practice map says where a practice belongs.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "extract_date",
    label: "EXTRACT_DATE",
    aliases: ["Extract Date"],
    presence: "optional",
    rule: calendarDate({
      expected: "the extract date, as 01APR2020, 2020-04-01 or 01/04/2020",
      fix: "correct the date; every row of one extract carries the same date",
    }),
  },
  {
    name: "org_type",
    label: "ORG_TYPE",
    aliases: ["TYPE"],
    presence: "optional",
    rule: optional(freeText({ expected: "the organisation type (GP)", fix: "" })),
  },
  {
    // Named org_code, not practice_code, and without a PRACTICE_CODE alias: otherwise a registrations-by-LSOA
    // header with a misspelt LSOA column would look nearer to this layout (missing AGE) than to its own.
    name: "org_code",
    label: "ORG_CODE",
    aliases: [],
    presence: "required",
    rule: practiceCodeRule,
  },
  {
    // The practice's commissioner: read to spot a practice missing from the practice map
    // (attribution/practice-map-coverage.ts).
    name: "commissioner_code",
    label: "CCG_CODE",
    aliases: ["SUB_ICB_LOCATION_CODE", "SUB_ICB_LOC_CODE"],
    presence: "optional",
    rule: optional(organisationCodeRule),
  },
  {
    name: "sex",
    label: "SEX",
    aliases: ["Gender"],
    presence: "required",
    rule: choice({
      values: { ALL: "ALL", PERSONS: "ALL", MALE: "MALE", M: "MALE", FEMALE: "FEMALE", F: "FEMALE" },
      expected: "MALE, FEMALE or ALL",
      fix: "use MALE and FEMALE rows (or ALL for both sexes together)",
    }),
  },
  { name: "age", label: "AGE", aliases: [], presence: "required", rule: ageLabelRule },
  {
    name: "patients",
    label: "NUMBER_OF_PATIENTS",
    aliases: ["Number of Patients", "patients"],
    presence: "required",
    rule: wholeNumber({
      expected: "a whole number of registered patients, 0 or more",
      fix: "correct the count; it must be digits only, with no commas, spaces or minus sign",
    }),
  },
];

export const gpRegistrationsByAge: Importer = {
  kind: "gp-registrations-by-age",
  title: "NHS Digital patients registered at a GP practice by sex and single year of age",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(`CREATE TABLE registrations_by_age (
      source_file INTEGER, source_row BIGINT, period DATE, practice_code VARCHAR, commissioner_code VARCHAR,
      sex VARCHAR, age VARCHAR, patients INTEGER)`);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    let others = 0;
    const rows = await loadCheckedCsv(db, input, {
      columns,
      // Regional and national files also hold commissioner rows (ORG_TYPE not GP), with commissioner codes
      // in ORG_CODE: only GP practices are read.
      leaveOut: async (table) => {
        if (!input.columns.has("org_type")) return;
        others = (
          await db.run(
            // The plain comparison first: it settles the million GP rows, so only the rest are normalised.
            `DELETE FROM ${table} WHERE org_type IS DISTINCT FROM 'GP' AND upper(trim(coalesce(org_type, ''), ' ')) NOT IN ('GP', '')`,
          )
        ).rowsChanged;
      },
      copy: async ({ table, typed }) => {
        await db.run(`
          INSERT INTO registrations_by_age
          SELECT ${input.fileId}, rowid, ${typed("extract_date")}, ${typed("org_code")}, ${typed("commissioner_code")}, ${typed("sex")},
            ${typed("age")}, ${typed("patients")}
          FROM ${table}`);
      },
    });
    const periods = await extractDates(db, "registrations_by_age", input.fileId);
    return {
      rows,
      periods,
      ...(others > 0
        ? { notes: [`${others.toLocaleString("en-GB")} rows of other organisation types left out`] }
        : {}),
    };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "registrations_by_age",
      key: ["period", "practice_code", "sex", "age"],
      keyLabel: "EXTRACT_DATE + ORG_CODE + SEX + AGE",
      expected: "one row per extract date, practice, sex and age",
    });
    await checkAllRowsAddUp(db, inputs);
  },
};

/**
 * An ALL row must equal the sum of its practice's single-age rows for that sex: if it does not, the file
 * is damaged or two extracts are mixed, and age shares would silently disagree with list sizes. Having
 * been checked, ALL rows are not used again (the single ages carry the same patients).
 */
async function checkAllRowsAddUp(db: DuckDBConnection, inputs: readonly RecognisedInput[]): Promise<void> {
  const mismatch = (
    await db.runAndReadAll(`
      WITH sums AS (
        SELECT period, practice_code, sex,
          sum(patients) FILTER (WHERE age <> 'ALL') AS single_ages,
          count(*) FILTER (WHERE age <> 'ALL') AS ages,
          any_value(patients) FILTER (WHERE age = 'ALL') AS total,
          any_value(source_file) FILTER (WHERE age = 'ALL') AS source_file,
          any_value(source_row) FILTER (WHERE age = 'ALL') AS source_row
        FROM registrations_by_age GROUP BY period, practice_code, sex
      )
      SELECT * FROM sums WHERE total IS NOT NULL AND ages > 0 AND total <> single_ages
      ORDER BY source_file, source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (mismatch === undefined) return;
  throw new PipelineInputError({
    ...(await locateStagedRow(inputs, mismatch, ["patients"], "NUMBER_OF_PATIENTS")),
    expected: `the ALL row of practice ${String(mismatch.practice_code)} (${String(mismatch.sex)}) to equal the sum of its single-age rows, ${Number(mismatch.single_ages).toLocaleString("en-GB")}`,
    found: `${Number(mismatch.total).toLocaleString("en-GB")}`,
    fix: "download the file again (it may be cut short or mix two extracts), or delete the ALL rows: totals are computed from the single ages",
  });
}
