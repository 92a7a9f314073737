import type { DuckDBConnection } from "@duckdb/node-api";

/** The distinct extract dates (`period`, a DATE) one file put into `table`, as YYYY-MM-DD in order: its periods. */
export async function extractDates(db: DuckDBConnection, table: string, fileId: number): Promise<string[]> {
  const periods = await db.runAndReadAll(
    `SELECT strftime(period, '%Y-%m-%d') AS period
     FROM (SELECT DISTINCT period FROM ${table} WHERE source_file = ${fileId} AND period IS NOT NULL) ORDER BY 1`,
  );
  return periods.getRowObjectsJS().map((row) => String(row.period));
}
