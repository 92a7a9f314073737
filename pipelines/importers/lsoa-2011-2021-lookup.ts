import type { DuckDBConnection } from "@duckdb/node-api";
import { scoredLsoaCodeRule } from "./code-rules.ts";
import { findDuplicateKey } from "./find-duplicate-key.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { choice, freeText, optional } from "./value-rules.ts";

const name = (what: string) => optional(freeText({ expected: what, fix: "" }));

/**
 * ONS "LSOA (2011) to LSOA (2021) to Local Authority District (2022) Lookup for England and Wales":
 * `LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM,CHGIND,LAD22CD,…`, one row per pair of a 2011 and a 2021 LSOA that
 * overlap. CHGIND: U unchanged, S a 2011 LSOA split, M 2011 LSOAs merged, X a redrawn boundary. Given with
 * inputs on both vintages, it lets the build convert LSOA data to the registrations' vintage
 * (attribution/lsoa-vintages.ts); the local-authority columns are not read.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "lsoa11",
    label: "LSOA11CD",
    aliases: ["lsoa11_code"],
    presence: "required",
    rule: scoredLsoaCodeRule,
  },
  {
    name: "lsoa11_name",
    label: "LSOA11NM",
    aliases: [],
    presence: "optional",
    rule: name("the 2011 LSOA name"),
  },
  {
    name: "lsoa21",
    label: "LSOA21CD",
    aliases: ["lsoa21_code"],
    presence: "required",
    rule: scoredLsoaCodeRule,
  },
  {
    name: "lsoa21_name",
    label: "LSOA21NM",
    aliases: [],
    presence: "optional",
    rule: name("the 2021 LSOA name"),
  },
  {
    name: "change",
    label: "CHGIND",
    aliases: ["change_indicator"],
    presence: "optional",
    rule: optional(
      choice({
        values: { U: "U", S: "S", M: "M", X: "X" },
        expected: "U (unchanged), S (split), M (merged) or X (redrawn)",
        fix: "correct the change indicator, as in ONS's lookup",
      }),
    ),
  },
];

export const lsoa20112021Lookup: Importer = {
  kind: "lsoa-2011-2021-lookup",
  title: "ONS LSOA 2011 to LSOA 2021 lookup",
  columns,

  async createTables(db: DuckDBConnection) {
    await db.run(
      "CREATE TABLE lsoa_lookup (source_file INTEGER, source_row BIGINT, lsoa11 VARCHAR, lsoa21 VARCHAR, change VARCHAR)",
    );
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      copy: async ({ table, typed }) => {
        await db.run(`
        INSERT INTO lsoa_lookup
        SELECT ${input.fileId}, rowid, ${typed("lsoa11")}, ${typed("lsoa21")}, ${typed("change")} FROM ${table}`);
      },
    });
    return { rows, periods: [] };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    await findDuplicateKey(db, inputs, {
      table: "lsoa_lookup",
      key: ["lsoa11", "lsoa21"],
      keyLabel: "LSOA11CD + LSOA21CD",
      expected: "each pair of a 2011 and a 2021 LSOA once",
    });
  },
};
