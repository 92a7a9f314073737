import { DOUBLE, type DuckDBConnection, DuckDBDataChunk, INTEGER, VARCHAR } from "@duckdb/node-api";

export type AppendedValue = string | number | null;
export type AppendedColumn = "INTEGER" | "DOUBLE" | "VARCHAR";

const DUCKDB_TYPES = { INTEGER, DOUBLE, VARCHAR } as const;

/** DuckDB's vector size: the appender takes data chunks of at most this many rows. */
export const CHUNK_ROWS = 2048;

/**
 * Appends rows read in JavaScript (from JSON inputs, or computed) to a DuckDB table through the appender:
 * no SQL text to build or escape. `columns` gives each column's type in table order; a null (or a number
 * that is not finite) is a NULL whatever the type. Rows go in column-wise, a data chunk of 2,048 at a time:
 * one native call per column and chunk instead of one per value, which is what made appending a hundred
 * thousand rows cost a noticeable part of a build.
 */
export async function appendRows(
  db: DuckDBConnection,
  table: string,
  columns: readonly AppendedColumn[],
  rows: Iterable<readonly AppendedValue[]>,
): Promise<number> {
  const types = columns.map((type) => DUCKDB_TYPES[type]);
  const appender = await db.createAppender(table);
  let count = 0;
  let pending: (string | number | null)[][] = columns.map(() => []);
  let pendingRows = 0;
  const flushChunk = () => {
    if (pendingRows === 0) return;
    const chunk = DuckDBDataChunk.create(types, pendingRows);
    chunk.setColumns(pending);
    appender.appendDataChunk(chunk);
    pending = columns.map(() => []);
    pendingRows = 0;
  };
  try {
    for (const row of rows) {
      for (let index = 0; index < columns.length; index++) {
        (pending[index] as (string | number | null)[]).push(cellValue(columns[index], row[index]));
      }
      pendingRows++;
      count++;
      if (pendingRows === CHUNK_ROWS) flushChunk();
    }
    flushChunk();
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return count;
}

function cellValue(
  type: AppendedColumn | undefined,
  value: AppendedValue | undefined,
): string | number | null {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value)))
    return null;
  if (type === "VARCHAR") return String(value);
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
