import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll } from "vitest";
import { type BuildResult, build } from "../build.ts";
import type { ThrowAwayInputs } from "./bad-input-harness.ts";

export type BuiltOnce = {
  outDir: string;
  /** The build's result; there once the file's beforeAll has run. */
  readonly result: BuildResult;
  /** Rows of one output table's Parquet, filtered by `where`, and in `order` when one is given. */
  read(table: string, where?: string, order?: string): Promise<Record<string, unknown>[]>;
  /** A connection to an in-memory DuckDB for queries of the output; the caller closes it. */
  connect(): Promise<DuckDBConnection>;
};

/**
 * Registers the file's hooks: one build before its tests into a temporary folder, from folders of inputs
 * or from throw-away inputs (removed once built), and, after them, removal of the folder.
 */
export function buildOnce(options: {
  prefix: string;
  inputs: readonly string[] | (() => ThrowAwayInputs);
  now?: () => Date;
}): BuiltOnce {
  const outDir = mkdtempSync(join(tmpdir(), options.prefix));
  let result: BuildResult | undefined;
  let instance: DuckDBInstance | undefined;
  beforeAll(async () => {
    const throwAway = options.inputs instanceof Function ? options.inputs() : null;
    const inputs = throwAway === null ? [...(options.inputs as readonly string[])] : [throwAway.dir];
    try {
      result = await build({ inputs, outDir, ...(options.now ? { now: options.now } : {}) });
    } finally {
      throwAway?.remove();
    }
    instance = await DuckDBInstance.create(":memory:");
  });
  afterAll(() => {
    instance?.closeSync();
    rmSync(outDir, { recursive: true, force: true });
  });

  const built: BuiltOnce = {
    outDir,
    get result() {
      if (result === undefined)
        throw new Error("the build has not run: use buildOnce's result inside a test");
      return result;
    },
    connect() {
      if (instance === undefined) throw new Error("the build has not run");
      return instance.connect();
    },
    async read(table, where = "true", order) {
      const db = await built.connect();
      try {
        const path = join(built.result.directory, `${table}.parquet`);
        const ordered = order === undefined ? "" : ` ORDER BY ${order}`;
        return (
          await db.runAndReadAll(`SELECT * FROM read_parquet('${path}') WHERE ${where}${ordered}`)
        ).getRowObjectsJS() as Record<string, unknown>[];
      } finally {
        db.closeSync();
      }
    },
  };
  return built;
}
