import type { DuckDBConnection } from "@duckdb/node-api";
import { latitudeRule, longitudeRule, missingAsNull } from "./asset-value-rules.ts";
import { practiceCodeRule } from "./code-rules.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { freeText, optional, wholeNumber } from "./value-rules.ts";

/**
 * A list of GP practices with their postcodes (and list sizes), such as Trafford Data Lab's
 * `practice_code,practice_name,practice_postcode,registered_patients,…`: where each practice is, for the
 * map, when no practice-by-LSOA registrations say where its patients live. Practices are placed like
 * community assets (their own coordinates, else the postcode lookup) into `practice_locations`.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "practice_code",
    label: "practice_code",
    aliases: ["Practice Code", "PRACTICE_CODE"],
    presence: "required",
    rule: practiceCodeRule,
  },
  {
    name: "practice_name",
    label: "practice_name",
    aliases: ["Practice Name", "PRACTICE_NAME"],
    presence: "optional",
    rule: optional(freeText({ expected: "the practice name", fix: "" })),
  },
  {
    name: "postcode",
    label: "practice_postcode",
    aliases: ["Practice Postcode", "PRACTICE_POSTCODE"],
    presence: "required",
    rule: missingAsNull(
      freeText({ expected: "the practice's postcode", fix: "correct the postcode or leave it blank" }),
    ),
  },
  {
    name: "registered_patients",
    label: "registered_patients",
    aliases: ["list_size", "Number of Patients", "NUMBER_OF_PATIENTS"],
    presence: "optional",
    rule: optional(
      wholeNumber({
        expected: "the practice's registered patients, a whole number",
        fix: "correct the count; digits only",
      }),
    ),
  },
  { name: "lon", label: "longitude", aliases: ["lon", "long"], presence: "optional", rule: longitudeRule },
  { name: "lat", label: "latitude", aliases: ["lat"], presence: "optional", rule: latitudeRule },
];

export const gpPracticeList: Importer = {
  kind: "gp-practice-list",
  title: "GP practices with postcodes",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(`CREATE TABLE practice_list (
      source_file INTEGER, source_row BIGINT, practice_code VARCHAR, practice_name VARCHAR, postcode VARCHAR,
      registered_patients INTEGER, lon DOUBLE, lat DOUBLE)`);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        await db.run(`
        INSERT INTO practice_list
        SELECT ${input.fileId}, rowid, ${typed("practice_code")}, ${typed("practice_name")}, ${typed("postcode")},
          ${typed("registered_patients")}, ${typed("lon")}, ${typed("lat")}
        FROM ${table}`);
      },
    });
    return { rows, periods: [] };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "practice_list",
      key: ["practice_code"],
      keyLabel: "practice_code",
      expected: "one row per practice",
    });
  },
};
