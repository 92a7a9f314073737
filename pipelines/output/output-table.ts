/** The shape of one output table: its Parquet columns, in order, with DuckDB types, and its row order. */
export type OutputColumn = { name: string; type: "VARCHAR" | "INTEGER" | "DOUBLE" };
export type OutputTable = { name: string; columns: readonly OutputColumn[]; orderBy: string };

/** Columns from a `{ name: type }` record, keeping its order. */
export const outputColumns = (spec: Record<string, OutputColumn["type"]>): OutputColumn[] =>
  Object.entries(spec).map(([name, type]) => ({ name, type }));
