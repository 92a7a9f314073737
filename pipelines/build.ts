import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ASSET_METHODS } from "./assets/asset-methods.ts";
import { createLsoaPatients } from "./attribution/lsoa-patients.ts";
import { alignLsoaVintages } from "./attribution/lsoa-vintages.ts";
import { nationalCoverage } from "./attribution/national-coverage.ts";
import { createPopulationWeightedScores } from "./attribution/population-weighted-scores.ts";
import { fillPracticeLsoa } from "./attribution/practice-lsoa-weights.ts";
import { checkPracticeMapCoverage } from "./attribution/practice-map-coverage.ts";
import { createRegisteredPatients } from "./attribution/registered-patients.ts";
import { type BuildProgress, type BuildStage, silentProgress } from "./build-progress.ts";
import { discoverInputs, type RecognisedFile } from "./discovery/discover-inputs.ts";
import { missingInputError } from "./discovery/missing-input-error.ts";
import { writeBrowserBoundaries } from "./geo/write-browser-boundaries.ts";
import { epcnWorkbook } from "./importers/epcn-workbook.ts";
import { gpRegistrationsByLsoa } from "./importers/gp-registrations-by-lsoa.ts";
import { importAll } from "./importers/import-all.ts";
import type { Importer, ImportResult } from "./importers/importer.ts";
import { iod2019LsoaScores } from "./importers/iod-2019-lsoa-scores.ts";
import { practiceNetworkMap } from "./importers/practice-network-map.ts";
import { importers } from "./importers/registry.ts";
import { PRACTICE_SCORE_MEASURES } from "./indicators/deprivation-indicators.ts";
import { fillAreas } from "./indicators/fill-areas.ts";
import { type InputReport, inputReports } from "./input-report.ts";
import { createOutputTablesSql } from "./output/output-tables.ts";
import { publishBuild, STAGING_PREFIX } from "./output/publish-build.ts";
import { sha256Files } from "./output/sha256-file.ts";
import { writeBuild } from "./output/write-build.ts";
import { runValueAndAssetStages } from "./value-and-asset-stages.ts";

export type BuildOptions = {
  /** Folders (every file in each is looked at) and/or single files. */
  inputs: readonly string[];
  /** The build root: versions, current.json and temporary directories all live here. */
  outDir: string;
  progress?: BuildProgress;
  /** The clock, replaceable in tests. */
  now?: () => Date;
};

export type BuildResult = {
  version: string;
  directory: string;
  pointerFile: string;
  inputs: InputReport[];
  tables: { table: string; rows: number }[];
  warnings: string[];
  removedBuilds: string[];
  milliseconds: number;
};

/**
 * The inputs practice figures rest on. A build given any of them needs all of them; a build given none
 * (an area-only folder such as the real Trafford one: Census tables, boundaries, assets, practice
 * locations) runs without practice figures. Other inputs (Fingertips, Census, boundaries…) are optional.
 */
const REQUIRED_IMPORTERS: readonly Importer[] = [
  gpRegistrationsByLsoa,
  iod2019LsoaScores,
  practiceNetworkMap,
];

/** Inputs that can stand in for a required one: the ePCN workbook is a practice map too. */
const ALTERNATIVES: ReadonlyMap<Importer, readonly Importer[]> = new Map([
  [practiceNetworkMap, [epcnWorkbook]],
]);

/** A file's import result with the later stages' notes about it (where its assets were placed) added. */
function withNotes(result: ImportResult, notes: readonly string[] | undefined): ImportResult {
  return notes === undefined || notes.length === 0
    ? result
    : { ...result, notes: [...(result.notes ?? []), ...notes] };
}

/**
 * Runs every stage into a temporary directory inside `outDir`, then swaps it in as a new version and
 * repoints `current.json`. Any failure before the swap removes the temporary directory and leaves the
 * previous build and pointer exactly as they were.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const progress = options.progress ?? silentProgress;
  const now = options.now ?? (() => new Date());
  const timed = async <T>(
    stage: BuildStage,
    detail: string,
    run: () => Promise<T>,
    summary: (result: T) => string,
  ) => {
    const stageStarted = performance.now();
    progress.started(stage, detail);
    const result = await run();
    progress.finished(stage, summary(result), performance.now() - stageStarted);
    return result;
  };

  const discovered = await timed(
    "discover",
    options.inputs.join(", "),
    () => discoverInputs(options.inputs, importers),
    (files) =>
      `${files.filter((file) => file.status === "recognised").length} of ${files.length} files recognised`,
  );
  const recognised = discovered.filter((file): file is RecognisedFile => file.status === "recognised");
  const practiceBuild =
    recognised.length === 0 ||
    recognised.some(
      (file) =>
        REQUIRED_IMPORTERS.includes(file.importer) ||
        [...ALTERNATIVES.values()].flat().includes(file.importer),
    );
  for (const importer of practiceBuild ? REQUIRED_IMPORTERS : []) {
    const accepted = [importer, ...(ALTERNATIVES.get(importer) ?? [])];
    if (!recognised.some((file) => accepted.includes(file.importer)))
      throw missingInputError(importer, discovered, options.inputs);
  }
  // Hash inputs while DuckDB works: hashing runs on this thread, DuckDB on its own.
  const inputHashes = sha256Files(recognised.map((file) => file.input.path));
  inputHashes.catch(() => undefined);

  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  let stagingDirectory: string | null = null;
  try {
    await db.run(createOutputTablesSql());
    const imported = await timed(
      "import",
      `${recognised.length} files`,
      () => importAll(db, recognised, () => instance.connect()),
      (reports) =>
        `${reports.reduce((total, report) => total + report.rows, 0).toLocaleString("en-GB")} rows from ${reports.length} files`,
    );

    const registered = await timed(
      "attribute",
      "LSOA → practice weights",
      async () => {
        const vintages = await alignLsoaVintages(db, recognised);
        await checkPracticeMapCoverage(db, recognised);
        const patients = await createRegisteredPatients(db);
        const pairs = await fillPracticeLsoa(db);
        await createLsoaPatients(db);
        await createPopulationWeightedScores(db, PRACTICE_SCORE_MEASURES);
        return { patients, pairs, vintages };
      },
      ({ patients, pairs }) =>
        `${pairs.toLocaleString("en-GB")} practice-LSOA pairs, ${patients.patients.toLocaleString("en-GB")} patients (extract ${patients.period ?? "undated"})`,
    );

    // The areas come first: both the indicators and the assets' supply per practice read them.
    await fillAreas(db);
    const { values, indicators, warnings, places } = await runValueAndAssetStages({
      instance,
      db,
      progress,
      registered,
      inputs: new Map(recognised.map((file) => [file.input.fileId, file.input])),
      // No LSOA is in two boundary files (lsoa-boundaries.ts checks), so one map holds every file's shapes.
      shapes: new Map(imported.flatMap((result) => [...(result.shapes ?? [])])),
    });
    const coverage = await nationalCoverage(db);

    await mkdir(options.outDir, { recursive: true });
    stagingDirectory = await mkdtemp(join(options.outDir, STAGING_PREFIX));
    // mkdtemp makes the directory private (0700); the published build must be readable by the app.
    await chmod(stagingDirectory, 0o755);
    const directory = stagingDirectory;
    const createdAt = now();
    const inputs = inputReports(
      discovered,
      imported.map((result, index) =>
        withNotes(result, places.notes.get(recognised[index]?.input.fileId ?? -1)),
      ),
    );
    const { outputs, version } = await timed(
      "write",
      "Parquet (zstd) and manifest",
      async () =>
        writeBuild(
          db,
          directory,
          {
            createdAt,
            inputs,
            inputHashes: await inputHashes,
            indicators,
            warnings,
            files:
              places.boundaries === null
                ? []
                : [await writeBrowserBoundaries(directory, places.boundaries, places.mapped)],
            methods: ASSET_METHODS,
            coverage,
          },
          () => instance.connect(),
        ),
      ({ outputs }) => `${outputs.length} tables`,
    );

    const published = await timed(
      "publish",
      version,
      () => publishBuild(options.outDir, directory, version, createdAt),
      (result) =>
        `current.json → ${result.version}${result.removed.length > 0 ? `; removed ${result.removed.length} old builds` : ""}`,
    );
    stagingDirectory = null;
    return {
      version: published.version,
      directory: published.directory,
      pointerFile: published.pointerFile,
      inputs,
      tables: outputs.map((output) => ({ table: output.table, rows: output.rows })),
      warnings: values === 0 ? [...warnings, "no indicator values were produced"] : warnings,
      removedBuilds: published.removed,
      milliseconds: performance.now() - started,
    };
  } finally {
    db.closeSync();
    instance.closeSync();
    if (stagingDirectory !== null) await rm(stagingDirectory, { recursive: true, force: true });
  }
}
