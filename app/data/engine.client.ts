import type { AsyncDuckDB, AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import {
  DERIVED_TABLES,
  type DerivedTable,
  deriveTableSql,
  isDerivedTable,
  type TableName,
} from "./derived-tables";
import { type QueryDefinition, runQuery, type SqlEngine, type SqlStatement } from "./query";
import { type BuildTable, loadTableSql, parquetFileName } from "./tables";

/**
 * DuckDB-WASM in the browser over the same Parquet the server reads, fetched from our own origin.
 * Everything (the module, its worker and its wasm) is self-hosted through Vite `?url` imports and the library
 * is imported only when first needed, so the first page's JavaScript stays small. The pinned 1.28 build has
 * Parquet built in, so no extension is ever downloaded (later versions fetch one at the first Parquet read).
 */
class BrowserEngine implements SqlEngine {
  private readonly loaded = new Map<TableName, Promise<void>>();

  constructor(
    private readonly db: AsyncDuckDB,
    private readonly connection: AsyncDuckDBConnection,
    private readonly dataBaseUrl: string,
  ) {}

  /** Fetch and load each table once; queries only wait for the tables they name. */
  async ensureTables(tables: readonly TableName[]): Promise<void> {
    await Promise.all(tables.map((table) => this.ensureTable(table)));
  }

  private ensureTable(table: TableName): Promise<void> {
    let pending = this.loaded.get(table);
    if (!pending) {
      pending = isDerivedTable(table) ? this.deriveTable(table) : this.loadTable(table);
      pending.catch(() => this.loaded.delete(table));
      this.loaded.set(table, pending);
    }
    return pending;
  }

  private async loadTable(table: BuildTable): Promise<void> {
    const fileName = parquetFileName(table);
    const response = await fetch(`${this.dataBaseUrl}/${fileName}`);
    if (!response.ok) throw new Error(`Could not load ${fileName} (HTTP ${response.status})`);
    await this.db.registerFileBuffer(fileName, new Uint8Array(await response.arrayBuffer()));
    await this.connection.query(loadTableSql(table, fileName));
  }

  private async deriveTable(table: DerivedTable): Promise<void> {
    await this.ensureTables(DERIVED_TABLES[table].from);
    await this.connection.query(deriveTableSql(table));
  }

  async all(statement: SqlStatement): Promise<Record<string, unknown>[]> {
    const prepared = await this.connection.prepare(statement.text);
    try {
      const table = await prepared.query(...statement.values);
      return table.toArray().map((row: { toJSON(): Record<string, unknown> }) => ({ ...row.toJSON() }));
    } finally {
      await prepared.close();
    }
  }
}

const engines = new Map<string, Promise<BrowserEngine>>();

async function openEngine(dataBaseUrl: string): Promise<BrowserEngine> {
  const duckdb = await import("@duckdb/duckdb-wasm");
  const [{ default: wasmUrl }, { default: workerUrl }] = await Promise.all([
    import("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url"),
    import("@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url"),
  ]);
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(wasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = await db.connect();
  await connection.query("SET autoinstall_known_extensions = false");
  await connection.query("SET autoload_known_extensions = false");
  return new BrowserEngine(db, connection, dataBaseUrl);
}

/** One engine per data build; a page moving to a newer build gets a fresh one. */
function getEngine(dataBaseUrl: string): Promise<BrowserEngine> {
  let engine = engines.get(dataBaseUrl);
  if (!engine) {
    engine = openEngine(dataBaseUrl);
    engine.catch(() => engines.delete(dataBaseUrl));
    engines.set(dataBaseUrl, engine);
  }
  return engine;
}

/** Run a shared query in the browser against the build served at `dataBaseUrl`. */
export async function browserQuery<Params, Row>(
  dataBaseUrl: string,
  query: QueryDefinition<Params, Row>,
  params: unknown,
): Promise<Row[]> {
  const engine = await getEngine(dataBaseUrl);
  await engine.ensureTables(query.tables);
  return runQuery(engine, query, params);
}
