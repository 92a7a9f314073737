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

/** DuckDB's default (16 MB) is smaller than a real England boundary file, which is one JSON object. */
const MAX_JSON_OBJECT_BYTES = 2 ** 30;

/**
 * `SELECT count(*) FROM read_csv(file)` with DuckDB's own sniffing, for exactly the files the pipeline
 * imports (found the same way; that look at headers takes a few milliseconds). The JSON inputs (GeoJSON,
 * Open Referral), which the pipeline recognises by content, are read with `read_json` instead: CSV sniffing
 * cannot read a GeoJSON file of England's size.
 */
export async function bareDuckdbScan(inputDir: string): Promise<void> {
  const reads = (await discoverInputs([inputDir], importers)).flatMap((file) => {
    if (file.status !== "recognised") return [];
    const source = sqlLiteral(file.input.path);
    return file.importer.recogniseContent
      ? [`read_json(${source}, maximum_object_size = ${MAX_JSON_OBJECT_BYTES})`]
      : [`read_csv(${source})`];
  });
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    for (const read of reads) await db.runAndReadAll(`SELECT count(*) FROM ${read}`);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
