import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { DERIVED_TABLE_NAMES, type DerivedTable, deriveTableSql, type TableName } from "./derived-tables";
import { BUILD_TABLES, loadTableSql, parquetFileName } from "./tables";

/**
 * The tables pages look one area up in, kept in a compressed in-memory catalog. Dictionary-encoded codes
 * let DuckDB test a lookup's `area_code = $1` once per distinct code instead of once per row, which made the
 * practice page's queries 15% cheaper and the PCN overview's 45% on an England build. Tables with long
 * free-text columns (assets, areas) stay uncompressed: decompressing their names for a join cost more than
 * it saved. age_sex_shares repeats each area's name on every band: compressed, it takes 5 MB, not 45.
 */
const PACKED_TABLES: ReadonlySet<TableName> = new Set([
  "indicator_values",
  "age_sex",
  "practice_lsoa",
  "peer_stats",
  "age_sex_shares",
]);
const PACKED_CATALOG = "packed";

/**
 * Derived tables a page reads its rows from by this column alone (an equality, or a short `IN` list),
 * which DuckDB answers from an ART index instead of scanning row groups: about half of each such query's
 * cost on an England build, for some 150 ms at load. Only the server keeps them; the browser never runs
 * those queries.
 */
const INDEXED_LOOKUPS: readonly (readonly [DerivedTable, string])[] = [
  ["practice_top_assets", "practice_code"],
  ["practice_supply_by_theme", "practice_code"],
  ["age_sex_shares", "area_key"],
];

/**
 * Loads every table of the build at `buildDir` through `connection`: the lookup tables into the compressed
 * catalog (compressed by a checkpoint, about half a second on an England build), the rest into the default
 * in-memory one, then the tables derived from them (derived-tables.ts), and the indexes of the lookups.
 */
export async function loadBuildTables(connection: DuckDBConnection, buildDir: string): Promise<void> {
  await connection.run(`ATTACH ':memory:' AS ${PACKED_CATALOG} (COMPRESS)`);
  for (const table of BUILD_TABLES) {
    await switchToCatalogOf(connection, table);
    await connection.run(loadTableSql(table, path.join(buildDir, parquetFileName(table))));
  }
  await connection.run(`CHECKPOINT ${PACKED_CATALOG}`);
  await scopeToBuildTables(connection);
  for (const table of DERIVED_TABLE_NAMES) {
    await switchToCatalogOf(connection, table);
    await connection.run(deriveTableSql(table));
  }
  await connection.run(`CHECKPOINT ${PACKED_CATALOG}`);
  await scopeToBuildTables(connection);
  for (const [table, column] of INDEXED_LOOKUPS)
    await connection.run(`CREATE INDEX ${table}_by_${column} ON ${table} (${column})`);
}

/** Makes the catalog `table` belongs in the one new tables go to, still finding tables in the other. */
async function switchToCatalogOf(connection: DuckDBConnection, table: TableName): Promise<void> {
  const [home, other] = PACKED_TABLES.has(table) ? [PACKED_CATALOG, "memory"] : ["memory", PACKED_CATALOG];
  // USE also narrows the search path to its own catalog, so the path is set again after it.
  await connection.run(`USE ${home}`);
  await connection.run(`SET search_path = '${home}.main,${other}.main'`);
}

/** Lets a connection name every table unqualified, wherever it is kept, so shared SQL runs unchanged. */
export async function scopeToBuildTables(connection: DuckDBConnection): Promise<DuckDBConnection> {
  await connection.run("USE memory");
  await connection.run(`SET search_path = 'memory.main,${PACKED_CATALOG}.main'`);
  return connection;
}
