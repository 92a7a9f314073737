import type { CsvRow } from "../csv.ts";
import type { InputTable } from "./input-table.ts";

/** Rows grouped by the --group-by columns, groups in order of first appearance; one group when there are none. */
export interface RowGroup {
  readonly key: readonly string[];
  readonly rows: readonly CsvRow[];
}

export function groupRows(table: InputTable, columns: readonly string[]): RowGroup[] {
  table.requireColumns(columns, "named by --group-by");
  const groups = new Map<string, { key: string[]; rows: CsvRow[] }>();
  for (const row of table.rows) {
    const key = columns.map((column) => table.text(row, column));
    const id = JSON.stringify(key);
    const group = groups.get(id);
    if (group) group.rows.push(row);
    else groups.set(id, { key, rows: [row] });
  }
  return [...groups.values()];
}
