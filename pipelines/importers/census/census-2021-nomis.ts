import type { DuckDBConnection } from "@duckdb/node-api";
import { scoredLsoaCodeRule } from "../code-rules.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "../importer.ts";
import { loadCheckedCsv } from "../load-checked-csv.ts";
import { recordSourceFile } from "../source-files.ts";
import { sqlLiteral } from "../sql-literal.ts";
import { freeText, optional, wholeNumber } from "../value-rules.ts";
import { CENSUS_PERIOD, CENSUS_TABLES, nomisColumnName } from "./census-2021-tables.ts";
import { checkCensusCounts, createCensusTables } from "./census-counts.ts";

const countRule = wholeNumber({
  expected: "a whole number of people or households, 0 or more",
  fix: "correct the count; Census counts are digits only, with no commas or spaces",
});

/** Every category of every table, as Nomis heads it, with and without the "; measures: Value" tail. */
const categoryColumns: ColumnSpec[] = CENSUS_TABLES.flatMap((table) =>
  table.categories.map((category): ColumnSpec => {
    const headings = [category.label, ...(category.aliases ?? [])].map(
      (label) => `${table.prefix}: ${label}`,
    );
    return {
      name: nomisColumnName(table, category),
      label: `${headings[0]}; measures: Value`,
      aliases: [...headings, ...headings.slice(1).map((heading) => `${heading}; measures: Value`)],
      // A file is a Census table when it has some table's total column.
      presence: category.role === "total" ? { anyOf: "census-total" } : "optional",
      rule: countRule,
    };
  }),
);

/**
 * Census 2021 topic summaries by LSOA in the Nomis bulk-download layout (census2021-tsNNN-lsoa.csv):
 * `date,geography,geography code,<Table>: Total…,<Table>: <category>…`, one column per category, headed
 * with or without "; measures: Value" (Nomis writes both). Tables and categories are listed in
 * census-2021-tables.ts; each count goes to `census_counts` as one row per LSOA and category.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "date",
    label: "date",
    aliases: [],
    presence: "optional",
    rule: optional(freeText({ expected: "the census year", fix: "" })),
  },
  {
    name: "geography",
    label: "geography",
    aliases: [],
    presence: "optional",
    rule: optional(freeText({ expected: "the LSOA name", fix: "" })),
  },
  {
    name: "lsoa_code",
    label: "geography code",
    aliases: ["geography_code", "LSOA21CD", "LSOA code"],
    presence: "required",
    rule: scoredLsoaCodeRule,
  },
  ...categoryColumns,
];

export const census2021Nomis: Importer = {
  kind: "census-2021-nomis",
  title: "Census 2021 LSOA table (Nomis bulk layout)",
  columns,
  createTables: createCensusTables,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const present = CENSUS_TABLES.flatMap((census) =>
      census.categories
        .filter((category) => input.columns.has(nomisColumnName(census, category)))
        .map((category) => ({ census, category, column: nomisColumnName(census, category) })),
    );
    const rows = await loadCheckedCsv(db, input, {
      columns,
      // One pass over the staged rows, each unnested into a row per category (lists unnested side by side
      // in one SELECT are zipped): the LSOA code is converted once per row, not once per category, which a
      // UNION ALL of one SELECT per category did at three times the cost.
      copy: async ({ table, typed }) => {
        const list = (items: readonly string[]) => `[${items.join(", ")}]`;
        await db.run(`
          INSERT INTO census_counts
          SELECT ${input.fileId}, source_row, unnest(${list(present.map(({ census }) => sqlLiteral(census.id)))}),
            lsoa_code, unnest(${list(present.map(({ category }) => sqlLiteral(category.id)))}), unnest(counts)
          FROM (
            SELECT rowid AS source_row, ${typed("lsoa_code")} AS lsoa_code,
              ${list(present.map(({ column }) => typed(column)))} AS counts
            FROM ${table}
          )`);
      },
    });
    await recordSourceFile(
      db,
      input,
      new Map(
        present.map(({ category, column }) => [
          category.id,
          input.header[input.columns.get(column) ?? -1] ?? column,
        ]),
      ),
    );
    return { rows, periods: [CENSUS_PERIOD] };
  },

  checkAcrossFiles: (db: DuckDBConnection) => checkCensusCounts(db),
};
