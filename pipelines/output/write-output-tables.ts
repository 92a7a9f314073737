import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlLiteral } from "../importers/sql-literal.ts";
import type { BuildManifest } from "./build-manifest.ts";
import { outputTables } from "./output-tables.ts";
import { sha256File } from "./sha256-file.ts";

/**
 * Writes each output table to `<directory>/<table>.parquet`, zstd-compressed, rows in a fixed order so the
 * same data always gives the same bytes (and the same build hash).
 */
export async function writeOutputTables(
  db: DuckDBConnection,
  directory: string,
): Promise<BuildManifest["outputs"]> {
  const outputs: BuildManifest["outputs"] = [];
  for (const table of outputTables) {
    const file = `${table.name}.parquet`;
    const path = join(directory, file);
    const columns = table.columns.map((column) => column.name).join(", ");
    const copied = await db.run(
      `COPY (SELECT ${columns} FROM ${table.name} ORDER BY ${table.orderBy}) TO ${sqlLiteral(path)} (FORMAT parquet, COMPRESSION zstd)`,
    );
    outputs.push({
      file,
      table: table.name,
      sha256: await sha256File(path),
      rows: copied.rowsChanged,
      schema: table.columns.map((column) => ({ name: column.name, type: column.type })),
    });
  }
  return outputs;
}
