import type { DuckDBConnection } from "@duckdb/node-api";
import { INPUT_MAPPING_FILE } from "../../discovery/input-mapping.ts";
import { PipelineInputError } from "../../pipeline-input-error.ts";
import { scoredLsoaCodeRule } from "../code-rules.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "../importer.ts";
import { loadCheckedCsv } from "../load-checked-csv.ts";
import { locateCsvLine } from "../locate-csv-line.ts";
import { recordSourceFile } from "../source-files.ts";
import { sqlLiteral } from "../sql-literal.ts";
import { freeText, optional, wholeNumber } from "../value-rules.ts";
import { CENSUS_PERIOD, CENSUS_TABLES, type CensusTable, categoryIndex } from "./census-2021-tables.ts";
import { checkCensusCounts, createCensusTables } from "./census-counts.ts";

const text = (what: string) => optional(freeText({ expected: what, fix: "" }));

/**
 * Census 2021 tables by LSOA in the tidy long layout (Trafford Data Lab, ONS API extracts):
 * `area_code,area_name,geography,period,indicator,[category],measure,unit,value`, one row per LSOA and
 * category. The category is in its own column when the table names one (`general_health`, `unpaid_care`,
 * `availability_category`), otherwise in `indicator`. Only `Count` rows are read (percentages would be
 * counted twice). One table per file, found from the categories it holds.
 */
const columns: readonly ColumnSpec[] = [
  {
    name: "lsoa_code",
    label: "area_code",
    aliases: ["lsoa_code", "LSOA21CD"],
    presence: "required",
    rule: scoredLsoaCodeRule,
  },
  { name: "area_name", label: "area_name", aliases: [], presence: "optional", rule: text("the LSOA name") },
  { name: "geography", label: "geography", aliases: [], presence: "optional", rule: text("the geography") },
  { name: "period", label: "period", aliases: [], presence: "optional", rule: text("the census date") },
  { name: "indicator", label: "indicator", aliases: [], presence: "required", rule: text("the indicator") },
  {
    name: "category",
    label: "category",
    aliases: ["availability_category", "general_health", "unpaid_care", "household_composition", "age_band"],
    presence: "optional",
    rule: text("the category"),
  },
  { name: "measure", label: "measure", aliases: [], presence: "optional", rule: text("Count") },
  { name: "unit", label: "unit", aliases: [], presence: "optional", rule: text("the unit") },
  {
    name: "value",
    label: "value",
    aliases: [],
    presence: "required",
    rule: wholeNumber({
      expected: "a whole number of people or households, 0 or more",
      fix: "correct the count; Census counts are digits only, with no commas or spaces",
    }),
  },
];

const normalisedSql = (column: string) => `trim(regexp_replace(lower(${column}), '[^a-z0-9]+', ' ', 'g'))`;

export const census2021Tidy: Importer = {
  kind: "census-2021-tidy",
  title: "Census 2021 LSOA table (tidy long layout)",
  columns,
  createTables: createCensusTables,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const rows = await loadCheckedCsv(db, input, {
      columns,
      // Percentages or other measures beside the counts are left out.
      leaveOut: async (table) => {
        if (input.columns.has("measure")) {
          await db.run(
            `DELETE FROM ${table} WHERE lower(trim(coalesce(measure, 'count'), ' ')) NOT IN ('count', '')`,
          );
        }
      },
      copy: async ({ table, typed }) => {
        const categoryColumn = input.columns.has("category") ? "category" : "indicator";
        const census = await findTable(db, table, input, categoryColumn);
        const labels = [...categoryIndex(census)].map(
          ([label, category]) => `(${sqlLiteral(label)}, ${sqlLiteral(category.id)})`,
        );
        await db.run(`
          INSERT INTO census_counts
          SELECT ${input.fileId}, s.source_row, '${census.id}', s.lsoa_code, l.category, s.value
          FROM (
            SELECT rowid AS source_row, ${typed("lsoa_code")} AS lsoa_code, ${typed("value")} AS value,
              ${normalisedSql(categoryColumn)} AS label
            FROM ${table}
          ) AS s JOIN (VALUES ${labels.join(", ")}) AS l(label, category) USING (label)`);
      },
    });
    const heading = input.header[input.columns.get("value") ?? -1] ?? "value";
    await recordSourceFile(
      db,
      input,
      new Map([
        ["total", heading],
        ["value", heading],
      ]),
    );
    return { rows, periods: [CENSUS_PERIOD] };
  },

  checkAcrossFiles: (db: DuckDBConnection) => checkCensusCounts(db),
};

/** The table whose categories the file holds; every category must be one of that table's. */
async function findTable(
  db: DuckDBConnection,
  table: string,
  input: RecognisedInput,
  categoryColumn: string,
): Promise<CensusTable> {
  const found = (
    await db.runAndReadAll(`
      SELECT ${normalisedSql(categoryColumn)} AS label, any_value(${categoryColumn}) AS text, min(rowid) AS first_row
      FROM ${table} GROUP BY 1 ORDER BY first_row`)
  ).getRowObjectsJS();
  const indexes = CENSUS_TABLES.map((census) => ({ census, index: categoryIndex(census) }));
  const best = indexes
    .map(({ census, index }) => ({
      census,
      index,
      matches: found.filter((row) => index.has(String(row.label))).length,
    }))
    .sort((a, b) => b.matches - a.matches)[0];
  const heading = input.header[input.columns.get(categoryColumn) ?? -1] ?? categoryColumn;
  const stranger = found.find((row) => !best?.index.has(String(row.label)));
  if (best === undefined || best.matches === 0 || stranger !== undefined) {
    const firstRow = Number((stranger ?? found[0])?.first_row ?? 0);
    const known = CENSUS_TABLES.map((census) => `${census.id} ${census.title}`).join(", ");
    throw new PipelineInputError({
      file: input.path,
      line: await locateCsvLine(input.path, { dataRow: firstRow }),
      column: heading,
      expected:
        best === undefined || best.matches === 0
          ? `a category of a Census 2021 table the pipeline reads (${known})`
          : `a category of ${best.census.id} ${best.census.title}: ${best.census.categories.map((category) => `"${category.label}"`).join(", ")}`,
      found: `"${String((stranger ?? found[0])?.text ?? "")}"`,
      fix:
        best === undefined || best.matches === 0
          ? `remove the file from the input folder or list it as "ignore" in ${INPUT_MAPPING_FILE}`
          : "correct the category, or keep one Census table per file",
    });
  }
  return best.census;
}
