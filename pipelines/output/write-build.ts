import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { NationalCoverage } from "../attribution/national-coverage.ts";
import type { IndicatorDefinition } from "../indicators/indicator-definition.ts";
import { INEQUALITY_METHOD } from "../inequality/fill-inequality.ts";
import type { InputReport } from "../input-report.ts";
import { pipelineVersion } from "../pipeline-version.ts";
import type { BuildManifest } from "./build-manifest.ts";
import { buildVersion } from "./build-version.ts";
import { writeOutputTables } from "./write-output-tables.ts";

export type BuildContents = {
  createdAt: Date;
  inputs: readonly InputReport[];
  /** SHA-256 of each imported input, in the order of the imported entries of `inputs`. */
  inputHashes: readonly string[];
  indicators: readonly IndicatorDefinition[];
  warnings: readonly string[];
  /** Outputs already written into the directory beside the tables (the browser's LSOA boundaries). */
  files?: BuildManifest["outputs"];
  /** Methods of outputs other than indicators (asset placement, supply, need against assets…). */
  methods?: readonly BuildManifest["methods"][number][];
  coverage?: NationalCoverage;
};

const VERSION_METHOD =
  "UTC time of the build (yyyymmddThhmmss) and the first 8 hex digits of a SHA-256 over the output Parquet files' names and SHA-256 hashes; the same data gives the same hash.";

/**
 * Writes every output table (on connections from `connect` when given, see writeOutputTables) and then
 * `manifest.json` into `directory`; returns the build's version.
 */
export async function writeBuild(
  db: DuckDBConnection,
  directory: string,
  contents: BuildContents,
  connect?: () => Promise<DuckDBConnection>,
): Promise<{ version: string; outputs: BuildManifest["outputs"] }> {
  const outputs = [...(await writeOutputTables(db, directory, connect)), ...(contents.files ?? [])];
  const version = buildVersion(contents.createdAt, outputs);
  const imported = contents.inputs.flatMap((input) => (input.status === "imported" ? [input] : []));
  const manifest: BuildManifest = {
    pipeline_version: await pipelineVersion(),
    build_version: version,
    created_at: contents.createdAt.toISOString(),
    inputs: imported.map((input, index) => ({
      file: input.file,
      kind: input.kind,
      title: input.title,
      sha256: contents.inputHashes[index] ?? "",
      rows: input.rows,
      periods: [...input.periods],
      ...(input.notes === undefined ? {} : { notes: [...input.notes] }),
    })),
    ignored: contents.inputs.flatMap((input) =>
      input.status === "ignored" ? [{ file: input.file, reason: input.reason }] : [],
    ),
    outputs,
    methods: [
      ...contents.indicators.map((indicator) => ({ topic: indicator.indicator_id, text: indicator.method })),
      { topic: "inequality", text: INEQUALITY_METHOD },
      ...(contents.methods ?? []),
      { topic: "build version", text: VERSION_METHOD },
    ],
    warnings: [...contents.warnings],
    ...(contents.coverage === undefined
      ? {}
      : {
          coverage: {
            national_registrations: contents.coverage.registrations,
            national_ages: contents.coverage.ages,
          },
        }),
  };
  await writeFile(join(directory, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { version, outputs };
}
