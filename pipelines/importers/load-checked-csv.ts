import type { DuckDBConnection } from "@duckdb/node-api";
import type { ColumnSpec, RecognisedInput } from "./importer.ts";
import { stageCsv } from "./stage-csv.ts";
import { type TypedColumns, validateStagedTable } from "./validate-staged-table.ts";

/** A staged CSV whose every value has passed its column's rule: the temporary table and each column's typed SQL. */
export type CheckedCsv = { table: string; typed: TypedColumns };

/**
 * The steps every CSV importer's `load` shares, in the order they run: stage the file (stage-csv.ts);
 * `leaveOut` may delete rows the layout does not read (other organisation types, percentages beside
 * counts) so they are never checked, and a DELETE leaves the rowid (the line) of the rest unchanged; check
 * each of `columns` against its rule (validate-staged-table.ts); let `copy` insert the rows into the
 * importer's own tables; drop the staged table. Returns the number of data rows in the file.
 */
export async function loadCheckedCsv(
  db: DuckDBConnection,
  input: RecognisedInput,
  steps: {
    columns: readonly ColumnSpec[];
    leaveOut?: (table: string) => Promise<unknown>;
    copy: (csv: CheckedCsv) => Promise<unknown>;
  },
): Promise<number> {
  const { table, rows } = await stageCsv(db, input);
  await steps.leaveOut?.(table);
  const typed = await validateStagedTable(db, table, input, steps.columns);
  await steps.copy({ table, typed });
  await db.run(`DROP TABLE ${table}`);
  return rows;
}
