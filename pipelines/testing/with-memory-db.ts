import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** Runs `use` on a connection to a fresh in-memory DuckDB (to query a build's Parquet), closed however it ends. */
export async function withMemoryDb<T>(use: (db: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    return await use(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
