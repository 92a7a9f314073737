import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { type CurrentBuild, requireCurrentBuild } from "./current-build.server";
import { loadBuildTables, scopeToBuildTables } from "./load-build-tables.server";
import { PooledConnection } from "./pooled-connection.server";
import { type QueryDefinition, runQuery, type SqlEngine, type SqlStatement } from "./query";
import { ResultCache } from "./result-cache";

/**
 * DuckDB in node over one data build. Tables are loaded into memory once per build: the Parquet is small
 * beside the server's memory, and a page then costs a few in-memory joins instead of re-reading files.
 * A small pool of connections lets concurrent requests run side by side.
 */
class NodeEngine implements SqlEngine {
  private turn = 0;
  /** Answers already given on this (immutable) build, keyed by query and validated parameters. */
  readonly results = new ResultCache<unknown[]>(2000);
  /** Whole-table answers indexed by key (serverIndex), by query name, kept as long as this build is served. */
  readonly indexes = new Map<string, Promise<ReadonlyMap<string, unknown>>>();
  private constructor(
    readonly version: string,
    private readonly instance: DuckDBInstance,
    private readonly pool: PooledConnection[],
  ) {}

  static async open(build: Pick<CurrentBuild, "dir" | "version">, poolSize = 4): Promise<NodeEngine> {
    // No extension may be fetched: the product runs offline and self-hosted. One thread per query: a page's
    // queries are lookups of one area's rows, too small to split, and handing work to a second DuckDB thread
    // cost more CPU than it saved on an England build; queries still run side by side, one per connection.
    const instance = await DuckDBInstance.create(":memory:", {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      threads: "1",
    });
    const setup = await instance.connect();
    await loadBuildTables(setup, build.dir);
    setup.closeSync();
    const pool = await Promise.all(
      Array.from(
        { length: poolSize },
        async () => new PooledConnection(await scopeToBuildTables(await instance.connect())),
      ),
    );
    return new NodeEngine(build.version, instance, pool);
  }

  /**
   * Runs on the connection with the least work queued, so a page's slow queries (its profile and its
   * assets) do not wait behind each other on one connection while another stands idle. Ties go round the
   * pool, so every connection prepares the pages' statements early, not only the first when traffic is light.
   */
  all(statement: SqlStatement): Promise<Record<string, unknown>[]> {
    const start = this.turn++ % this.pool.length;
    let idlest: PooledConnection | undefined;
    for (let k = 0; k < this.pool.length; k++) {
      const connection = this.pool[(start + k) % this.pool.length];
      if (connection && (!idlest || connection.load < idlest.load)) idlest = connection;
    }
    if (!idlest) throw new Error("The DuckDB connection pool is empty");
    return idlest.all(statement);
  }

  close(): void {
    for (const connection of this.pool) connection.close();
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

/**
 * The rows of a parameterless query indexed by `keyOf` (the first row for a key wins), read once per build
 * and kept with that build's engine, apart from the bounded result cache, so they are never evicted. For a
 * small table that pages look one row up in on every request: the lookup then needs no turn on the DuckDB
 * pool, where under load it waited longer than the query took, before the page's own queries could start.
 */
export async function serverIndex<Row>(
  query: QueryDefinition<Record<string, never>, Row>,
  keyOf: (row: Row) => string,
): Promise<ReadonlyMap<string, Row>> {
  const engine = await getEngine();
  let index = engine.indexes.get(query.name);
  if (!index) {
    const pending = runQuery(engine, query, {}).then((rows) => {
      const byKey = new Map<string, Row>();
      for (const row of rows) if (!byKey.has(keyOf(row))) byKey.set(keyOf(row), row);
      return byKey;
    });
    // A failed read is not kept: the next request tries again.
    pending.catch(() => {
      if (engine.indexes.get(query.name) === pending) engine.indexes.delete(query.name);
    });
    engine.indexes.set(query.name, pending);
    index = pending;
  }
  return index as Promise<ReadonlyMap<string, Row>>;
}
