import type { DuckDBConnection } from "@duckdb/node-api";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { freeText, optional } from "./value-rules.ts";

/**
 * A postcode → LSOA lookup in the ONS layouts: the National Statistics Postcode Lookup (NSPL) and ONS
 * Postcode Directory (ONSPD) CSVs (`pcds`, `lsoa11`/`lsoa21` or `LSOA21CD`, `lat`, `long`), and extracts of
 * them such as Trafford Data Lab's `postcode,lsoa_code,lon,lat`.
 *
 * The LSOA and coordinate columns are read leniently, because national files hold values that are not
 * English LSOAs or real positions: Northern Ireland SOA codes, blanks, pseudo-codes for the Channel
 * Islands, and latitude 99.999999 for postcodes without a grid reference. Those become NULL here and the
 * postcode then places nothing; every postcode must still be unique.
 */
const lenient = (what: string) => optional(freeText({ expected: what, fix: "" }));

const columns: readonly ColumnSpec[] = [
  {
    name: "postcode",
    label: "pcds",
    aliases: ["postcode", "pcd", "pcd2", "pcd7", "pcd8", "Postcode"],
    presence: "required",
    rule: freeText({ expected: "a postcode", fix: "fill in the postcode, or remove the row" }),
  },
  {
    name: "lsoa21",
    label: "lsoa21",
    aliases: ["lsoa21cd", "lsoa21_code"],
    presence: { anyOf: "lsoa" },
    rule: lenient("the postcode's 2021 LSOA code"),
  },
  {
    name: "lsoa11",
    label: "lsoa11",
    aliases: ["lsoa11cd", "lsoa11_code"],
    presence: { anyOf: "lsoa" },
    rule: lenient("the postcode's 2011 LSOA code"),
  },
  {
    name: "lsoa_code",
    label: "lsoa_code",
    aliases: ["LSOA code", "lsoa"],
    presence: { anyOf: "lsoa" },
    rule: lenient("the postcode's LSOA code"),
  },
  { name: "lat", label: "lat", aliases: ["latitude"], presence: "optional", rule: lenient("latitude") },
  {
    name: "lon",
    label: "long",
    aliases: ["lon", "longitude"],
    presence: "optional",
    rule: lenient("longitude"),
  },
];

/** The LSOA-shaped code of a column, else NULL. */
const lsoaOrNull = (sql: string) =>
  `CASE WHEN regexp_full_match(upper(${sql}), '[EWS]01[0-9]{6}') THEN upper(${sql}) END`;

export const postcodeLookup: Importer = {
  kind: "postcode-lookup",
  title: "ONS postcode lookup (NSPL / ONSPD)",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(`CREATE TABLE postcode_lookup (
      source_file INTEGER, source_row BIGINT, postcode_key VARCHAR, postcode VARCHAR,
      lsoa21 VARCHAR, lsoa11 VARCHAR, lsoa_code VARCHAR, lon DOUBLE, lat DOUBLE)`);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        const coordinate = (name: string, limit: number) =>
          `CASE WHEN abs(TRY_CAST(${typed(name)} AS DOUBLE)) <= ${limit} THEN TRY_CAST(${typed(name)} AS DOUBLE) END`;
        const lon = coordinate("lon", 180);
        const lat = coordinate("lat", 90);
        await db.run(`
        INSERT INTO postcode_lookup
        SELECT ${input.fileId}, rowid, replace(upper(${typed("postcode")}), ' ', ''), ${typed("postcode")},
          ${lsoaOrNull(typed("lsoa21"))}, ${lsoaOrNull(typed("lsoa11"))}, ${lsoaOrNull(typed("lsoa_code"))},
          CASE WHEN ${lat} IS NOT NULL AND NOT (${lon} = 0 AND ${lat} = 0) THEN ${lon} END,
          CASE WHEN ${lon} IS NOT NULL AND NOT (${lon} = 0 AND ${lat} = 0) THEN ${lat} END
        FROM ${table}`);
      },
    });
    return { rows, periods: [] };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "postcode_lookup",
      key: ["postcode_key"],
      keyLabel: "postcode",
      expected: "one row per postcode",
    });
  },
};
