import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { DERIVED_TABLE_NAMES, deriveTableSql } from "./derived-tables";
import { BUILD_TABLES, type BuildTable, loadTableSql, parquetFileName } from "./tables";

/**
 * The tables pages look one area up in, kept in a compressed in-memory catalog. Dictionary-encoded codes
 * let DuckDB test a lookup's `area_code = $1` once per distinct code instead of once per row, which made the
 * practice page's queries 15% cheaper and the PCN overview's 45% on an England build. Tables with long
 * free-text columns (assets, areas) stay uncompressed: decompressing their names for a join cost more than
 * it saved.
 */
const PACKED_TABLES: ReadonlySet<BuildTable> = new Set([
  "indicator_values",
  "age_sex",
  "practice_lsoa",
  "peer_stats",
]);
const PACKED_CATALOG = "packed";

/**
 * Loads every table of the build at `buildDir` through `connection`: the lookup tables into the compressed
 * catalog (compressed by the checkpoint, about half a second on an England build), the rest into the default
 * in-memory one, and then the tables derived from them (derived-tables.ts).
 */
export async function loadBuildTables(connection: DuckDBConnection, buildDir: string): Promise<void> {
  await connection.run(`ATTACH ':memory:' AS ${PACKED_CATALOG} (COMPRESS)`);
  for (const table of BUILD_TABLES) {
    await connection.run(PACKED_TABLES.has(table) ? `USE ${PACKED_CATALOG}` : "USE memory");
    await connection.run(loadTableSql(table, path.join(buildDir, parquetFileName(table))));
  }
  await connection.run(`CHECKPOINT ${PACKED_CATALOG}`);
  await scopeToBuildTables(connection);
  for (const table of DERIVED_TABLE_NAMES) await connection.run(deriveTableSql(table));
}

/** Lets a connection name every table unqualified, wherever it is kept, so shared SQL runs unchanged. */
export async function scopeToBuildTables(connection: DuckDBConnection): Promise<DuckDBConnection> {
  await connection.run("USE memory");
  await connection.run(`SET search_path = 'memory.main,${PACKED_CATALOG}.main'`);
  return connection;
}
