import { createRequire } from "node:module";
import path from "node:path";
import { DERIVED_TABLE_NAMES, deriveTableSql } from "~/data/derived-tables";
import type { SqlEngine, SqlStatement } from "~/data/query";
import { BUILD_TABLES, loadTableSql, parquetFileName } from "~/data/tables";

const require = createRequire(import.meta.url);

interface BlockingConnection {
  query(sql: string): unknown;
  prepare(sql: string): {
    query(...values: unknown[]): { toArray(): { toJSON(): Record<string, unknown> }[] };
    close(): void;
  };
}

/**
 * The browser's DuckDB build (the same wasm file the app ships) run in node through its blocking bindings,
 * configured as engine.client.ts configures it, so tests can prove both engines give the same rows.
 */
export async function openWasmEngine(buildDir: string): Promise<SqlEngine & { version: string }> {
  const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
  const dist = path.dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, "duckdb-mvp.wasm"), mainWorker: "" },
      eh: { mainModule: path.join(dist, "duckdb-eh.wasm"), mainWorker: "" },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection: BlockingConnection = db.connect();
  connection.query("SET autoinstall_known_extensions = false");
  connection.query("SET autoload_known_extensions = false");
  for (const table of BUILD_TABLES)
    connection.query(loadTableSql(table, path.join(buildDir, parquetFileName(table))));
  for (const table of DERIVED_TABLE_NAMES) connection.query(deriveTableSql(table));
  const [versionRow] = (connection.prepare("SELECT version() AS v").query().toArray() ?? []).map((r) =>
    r.toJSON(),
  );
  return {
    version: String(versionRow?.v),
    all: async (statement: SqlStatement) => {
      const prepared = connection.prepare(statement.text);
      try {
        return prepared
          .query(...statement.values)
          .toArray()
          .map((row) => ({ ...row.toJSON() }));
      } finally {
        prepared.close();
      }
    },
  };
}
