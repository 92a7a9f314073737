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

/** How the bare read treats each input: every column into a table, or only a row count. */
export type ScanMode = "load" | "count";

/**
 * The floor the pipeline is compared with: a bare DuckDB read of exactly the files the pipeline imports
 * (found the same way; that look at headers takes a few milliseconds), with DuckDB's own sniffing.
 *
 * - `load` (the ratio's baseline): `CREATE TABLE … AS SELECT * FROM read_csv(file)`, every column of every
 *   row parsed and stored, which is the least any pipeline must do with its inputs before it can use them;
 * - `count`: `SELECT count(*) FROM read_csv(file)`, which DuckDB answers without converting a single value
 *   (no column is projected), reported beside it as the absolute floor of just tokenising the files.
 *
 * Returns the rows read (a JSON file is one row), the same in both modes.
 *
 * The JSON inputs (GeoJSON, Open Referral), which the pipeline recognises by content, are read with
 * `read_json` instead: CSV sniffing cannot read a GeoJSON file of England's size.
 */
export async function bareDuckdbScan(inputDir: string, mode: ScanMode = "load"): Promise<number> {
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
    let rows = 0;
    for (const [index, read] of reads.entries()) {
      const counted =
        mode === "load"
          ? `CREATE TABLE input_${index} AS SELECT * FROM ${read}; SELECT count(*) FROM input_${index}`
          : `SELECT count(*) FROM ${read}`;
      rows += Number((await db.runAndReadAll(counted)).getRowsJS()[0]?.[0]);
    }
    return rows;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
