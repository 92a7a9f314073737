import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../../pipeline-input-error.ts";
import { findDuplicateKey } from "../find-duplicate-key.ts";
import { locateCsvLine } from "../locate-csv-line.ts";
import { createSourceFilesTable, headingSql, pathSql, recordedInputs } from "../source-files.ts";
import { sqlLiteral } from "../sql-literal.ts";
import { CENSUS_TABLES } from "./census-2021-tables.ts";

/**
 * `census_counts` holds every Census 2021 count read, whichever layout it came in: one row per table, LSOA
 * and category (`source_row` is the file's 0-based data row); `source_files` names each file and the
 * heading holding each category, so checks spanning both layouts can name the file and column.
 */
export async function createCensusTables(db: DuckDBConnection): Promise<void> {
  await createSourceFilesTable(db);
  await db.run(`
    CREATE TABLE IF NOT EXISTS census_counts (
      source_file INTEGER, source_row BIGINT, table_id VARCHAR, lsoa_code VARCHAR, category VARCHAR, value DOUBLE);
    CREATE TABLE IF NOT EXISTS census_roles AS
      SELECT * FROM (VALUES ${CENSUS_TABLES.flatMap((table) =>
        table.categories.map(
          (category) => `(${sqlLiteral(table.id)}, ${sqlLiteral(category.id)}, ${sqlLiteral(category.role)})`,
        ),
      ).join(", ")}) AS roles(table_id, category, role);`);
}

/**
 * Checks over every Census file of either layout: one count per table, LSOA and category; and categories
 * that add up to their table's total, so no share can exceed 100% (a tidy file without a total row must
 * hold every category, as its total is their sum).
 */
export async function checkCensusCounts(db: DuckDBConnection): Promise<void> {
  await findDuplicateKey(db, await recordedInputs(db), {
    table: "census_counts",
    key: ["table_id", "lsoa_code", "category"],
    keyLabel: "LSOA code + category",
    expected: "one count per Census table, LSOA and category",
  });
  await checkTotals(db);
}

async function checkTotals(db: DuckDBConnection): Promise<void> {
  const problem = (
    await db.runAndReadAll(`
      WITH per_lsoa AS (
        SELECT c.source_file, c.table_id, c.lsoa_code,
          any_value(c.value) FILTER (WHERE r.role = 'total') AS total,
          any_value(c.source_row) FILTER (WHERE r.role = 'total') AS total_row,
          sum(c.value) FILTER (WHERE r.role = 'leaf') AS leaves,
          count(*) FILTER (WHERE r.role = 'leaf') AS leaf_count,
          min(c.source_row) AS first_row
        FROM census_counts c JOIN census_roles r USING (table_id, category)
        GROUP BY ALL
      ),
      expected AS (SELECT table_id, count(*) FILTER (WHERE role = 'leaf') AS leaf_count FROM census_roles GROUP BY ALL)
      SELECT p.*, e.leaf_count AS expected_leaves,
        ${pathSql("p.source_file")} AS path, ${headingSql("p.source_file", "'total'")} AS total_heading,
        ${headingSql("p.source_file", "'value'")} AS value_heading
      FROM per_lsoa p JOIN expected e USING (table_id)
      WHERE (p.total IS NULL AND p.leaf_count < e.leaf_count)
        OR (p.total IS NOT NULL AND p.leaf_count = e.leaf_count AND p.leaves <> p.total)
        OR (p.total IS NOT NULL AND p.leaves > p.total)
      ORDER BY p.source_file, coalesce(p.total_row, p.first_row) LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (problem === undefined) return;
  const file = String(problem.path);
  const table = CENSUS_TABLES.find((candidate) => candidate.id === problem.table_id);
  const lsoa = String(problem.lsoa_code);
  if (problem.total === null) {
    throw new PipelineInputError({
      file,
      line: await locateCsvLine(file, { dataRow: Number(problem.first_row) }),
      column: String(problem.value_heading ?? "value"),
      expected: `every category of ${problem.table_id} (${table?.title}) for LSOA ${lsoa}, or its total: the share's denominator is their sum`,
      found: `${Number(problem.leaf_count)} of the ${Number(problem.expected_leaves)} categories and no total`,
      fix: "download the whole table for every LSOA again; a filtered or cut-short extract cannot give shares",
    });
  }
  throw new PipelineInputError({
    file,
    line: await locateCsvLine(file, { dataRow: Number(problem.total_row) }),
    column: String(problem.total_heading ?? "value"),
    expected: `the total of ${problem.table_id} (${table?.title}) for LSOA ${lsoa} to be ${Number(problem.leaf_count) === Number(problem.expected_leaves) ? "" : "at least "}the sum of its categories, ${Number(problem.leaves).toLocaleString("en-GB")}`,
    found: `${Number(problem.total).toLocaleString("en-GB")}`,
    fix: "download the table again: Census 2021 tables add up exactly, so a total that differs means a damaged or edited file",
  });
}
