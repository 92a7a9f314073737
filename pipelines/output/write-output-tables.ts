import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { withThreadsSharedByLanes } from "../sql/threads-shared-by-lanes.ts";
import type { BuildManifest } from "./build-manifest.ts";
import { outputTables } from "./output-tables.ts";
import { sha256File } from "./sha256-file.ts";

/**
 * Tables written at once: each COPY sorts and compresses mostly on one thread, so two keep both cores busy.
 * With lanes, each statement runs on one thread until one lane has nothing left to write
 * (threads-shared-by-lanes.ts), and the largest tables go first, so neither lane is left with a long one
 * at the end.
 */
const WRITE_LANES = 2;

/**
 * Writes each output table to `<directory>/<table>.parquet`, zstd-compressed, rows in a fixed order so the
 * same data always gives the same bytes (and the same build hash). With `connect`, tables are written two
 * at a time on connections of their own; the outputs are listed in the contract's order either way.
 */
export async function writeOutputTables(
  db: DuckDBConnection,
  directory: string,
  connect?: () => Promise<DuckDBConnection>,
): Promise<BuildManifest["outputs"]> {
  const outputs: BuildManifest["outputs"] = new Array(outputTables.length);
  const order = connect ? await largestFirst(db) : outputTables.map((_, index) => index);
  let next = 0;
  const lane = async (connection: DuckDBConnection, finished?: () => Promise<void>) => {
    for (let at = next++; at < order.length; at = next++) {
      const index = order[at] as number;
      const table = outputTables[index] as (typeof outputTables)[number];
      const file = `${table.name}.parquet`;
      const path = join(directory, file);
      const columns = table.columns.map((column) => column.name).join(", ");
      const copied = await connection.run(
        `COPY (SELECT ${columns} FROM ${table.name} ORDER BY ${table.orderBy}) TO ${sqlLiteral(path)} (FORMAT parquet, COMPRESSION zstd)`,
      );
      outputs[index] = {
        file,
        table: table.name,
        sha256: await sha256File(path),
        rows: copied.rowsChanged,
        schema: table.columns.map((column) => ({ name: column.name, type: column.type })),
      };
    }
    await finished?.();
  };
  if (!connect) {
    await lane(db);
    return outputs;
  }
  const lanes = await Promise.all(Array.from({ length: WRITE_LANES }, connect));
  try {
    await withThreadsSharedByLanes(db, lanes.length, (finished) =>
      Promise.all(lanes.map((connection) => lane(connection, finished))),
    );
  } finally {
    for (const connection of lanes) connection.closeSync();
  }
  return outputs;
}

/** Positions in `outputTables`, the largest table first by DuckDB's estimate of its size. */
async function largestFirst(db: DuckDBConnection): Promise<number[]> {
  const sizes = new Map(
    (await db.runAndReadAll("SELECT table_name, estimated_size FROM duckdb_tables()"))
      .getRowsJS()
      .map(([name, size]) => [String(name), Number(size)]),
  );
  const size = (index: number) => sizes.get(outputTables[index]?.name ?? "") ?? 0;
  return outputTables.map((_, index) => index).sort((a, b) => size(b) - size(a) || a - b);
}
