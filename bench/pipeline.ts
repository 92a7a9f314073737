/**
 * Benchmarks for the data pipeline, called by bench/run.ts: the whole pipeline on a folder, and the floor
 * it is compared with, a bare DuckDB read of the same files (pipeline_vs_duckdb_scan_ratio).
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { build } from "../pipelines/build.ts";
import { discoverInputs } from "../pipelines/discovery/discover-inputs.ts";
import { importers } from "../pipelines/importers/registry.ts";
import { sqlLiteral } from "../pipelines/importers/sql-literal.ts";

export async function runPipeline(inputDir: string, outDir: string): Promise<void> {
  await build({ inputs: [inputDir], outDir });
}

/**
 * `SELECT count(*) FROM read_csv(file)` with DuckDB's own sniffing, for exactly the files the pipeline
 * imports (found the same way; that look at headers takes a few milliseconds).
 */
export async function bareDuckdbScan(inputDir: string): Promise<void> {
  const files = (await discoverInputs([inputDir], importers)).flatMap((file) =>
    file.status === "recognised" ? [file.input.path] : [],
  );
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    for (const file of files) await db.runAndReadAll(`SELECT count(*) FROM read_csv(${sqlLiteral(file)})`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
