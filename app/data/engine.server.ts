import path from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { type CurrentBuild, requireCurrentBuild } from "./current-build.server";
import { type QueryDefinition, runQuery, type SqlEngine, type SqlStatement } from "./query";
import { ResultCache } from "./result-cache";
import { BUILD_TABLES, loadTableSql, parquetFileName } from "./tables";

/**
 * DuckDB in node over one data build. Tables are loaded into memory once per build: the Parquet is small
 * beside the server's memory, and a page then costs a few in-memory joins instead of re-reading files.
 * A small pool of connections lets concurrent requests run side by side.
 */
class NodeEngine implements SqlEngine {
  private next = 0;
  /** Answers already given on this (immutable) build, keyed by query and validated parameters. */
  readonly results = new ResultCache<unknown[]>(2000);
  private constructor(
    readonly version: string,
    private readonly instance: DuckDBInstance,
    private readonly pool: DuckDBConnection[],
  ) {}

  static async open(build: Pick<CurrentBuild, "dir" | "version">, poolSize = 4): Promise<NodeEngine> {
    // No extension may be fetched: the product runs offline and self-hosted.
    const instance = await DuckDBInstance.create(":memory:", {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      threads: "2",
    });
    const setup = await instance.connect();
    for (const table of BUILD_TABLES) {
      await setup.run(loadTableSql(table, path.join(build.dir, parquetFileName(table))));
    }
    setup.closeSync();
    const pool = await Promise.all(Array.from({ length: poolSize }, () => instance.connect()));
    return new NodeEngine(build.version, instance, pool);
  }

  async all(statement: SqlStatement): Promise<Record<string, unknown>[]> {
    const connection = this.pool[this.next++ % this.pool.length];
    if (!connection) throw new Error("The DuckDB connection pool is empty");
    const reader = await connection.runAndReadAll(statement.text, statement.values);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  }

  close(): void {
    for (const connection of this.pool) connection.closeSync();
    this.instance.closeSync();
  }
}

let current: Promise<NodeEngine> | undefined;
let currentVersion: string | undefined;

async function getEngine(): Promise<NodeEngine> {
  const build = await requireCurrentBuild();
  if (!current || currentVersion !== build.version) {
    const previous = current;
    currentVersion = build.version;
    current = NodeEngine.open(build).catch((error: unknown) => {
      // Do not cache a failure: the next request retries, e.g. after the pipeline repaired the build.
      current = undefined;
      currentVersion = undefined;
      throw error;
    });
    // Let in-flight requests on the old build finish before closing it.
    previous?.then((engine) => setTimeout(() => engine.close(), 30_000).unref()).catch(() => undefined);
  }
  return current;
}

/** An engine over any build folder, for tests and benchmarks that compare builds or engines. */
export function openNodeEngine(
  dir: string,
  version = path.basename(dir),
): Promise<SqlEngine & { close(): void }> {
  return NodeEngine.open({ dir, version });
}

/**
 * Run a shared query against the current build on the server. Results are remembered per build (a build
 * never changes once published): the same page asked for twice, or by twenty people before a board
 * meeting, costs one query.
 */
export async function serverQuery<Params, Row>(
  query: QueryDefinition<Params, Row>,
  params: unknown,
): Promise<Row[]> {
  const engine = await getEngine();
  const parsed = query.params.parse(params);
  const key = `${query.name}\u0000${JSON.stringify(parsed)}`;
  return engine.results.get(key, () => runQuery(engine, query, parsed)) as Promise<Row[]>;
}
