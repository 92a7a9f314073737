/**
 * England-scale pipeline figures (issue 5) and the England data build the page benchmarks reuse.
 *
 * The demo inputs (~6,300 practices, ~33,700 LSOAs, ~1,000,000 registration rows) are generated once per
 * bench run. The pipeline runs as `npm run pipeline` would (the compiled CLI, compiled before the timed
 * runs), in a child process (bench/measured-child.ts), so its peak memory is that process's own and not the
 * harness's: `pipeline_england_seconds` is the best wall
 * time of one or two runs (spawn to exit, node start-up included), `pipeline_peak_rss_mb` the highest peak
 * resident set of those runs, and `pipeline_vs_duckdb_scan_ratio_england` the best time over the best of two
 * bare DuckDB reads of the same inputs in this process (every column loaded into a table; see
 * bench/pipeline.ts), with the ratio to a row count only beside it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CURRENT_POINTER_FILE } from "../pipelines/output/current-build-pointer.ts";
import { generateDemo } from "./demo.ts";
import { runMeasured } from "./measured-child.ts";
import { bareDuckdbScan } from "./pipeline.ts";
import { repoRoot } from "./repo-root.ts";
import { timeBest } from "./timing.ts";

/** Past this, a second run would push the whole bench too long, and it already misses its target. */
const SECOND_RUN_UNDER_SECONDS = 90;
const PIPELINE_TIMEOUT_MS = 300_000;

type Log = (line: string) => void;

const inputs = new Map<string, Promise<string>>();
const dataBuilds = new Map<string, string>();

/** The England demo inputs for this bench run, generated on first use. */
export function englandInputs(workDir: string, log: Log): Promise<string> {
  let pending = inputs.get(workDir);
  if (!pending) {
    const dir = path.join(workDir, "demo-england");
    log("  generating the England-scale demo inputs…");
    pending = generateDemo("england", dir).then(() => dir);
    inputs.set(workDir, pending);
  }
  return pending;
}

/** A folder holding an England data build and its current.json: the measured runs' own, else a new one. */
export async function englandDataBuild(workDir: string, log: Log): Promise<string> {
  const known = dataBuilds.get(workDir);
  if (known) return known;
  const inputDir = await englandInputs(workDir, log);
  const outDir = path.join(workDir, "build-england-pages");
  log("  running the pipeline on the England inputs (not timed)…");
  await runPipelineChild(inputDir, outDir);
  dataBuilds.set(workDir, outDir);
  return outDir;
}

/** The pipeline as `npm run pipeline` runs it: the compiled CLI (scripts/pipeline.mjs). */
const PIPELINE_LAUNCHER = "scripts/pipeline.mjs";

function runPipelineChild(inputDir: string, outDir: string) {
  return runMeasured(PIPELINE_LAUNCHER, ["--input", inputDir, "--out", outDir], {
    cwd: repoRoot,
    timeoutMs: PIPELINE_TIMEOUT_MS,
  });
}

/** Compiles the CLI if its sources changed since it last was, so no timed run pays for compiling. */
function compilePipeline() {
  return runMeasured(PIPELINE_LAUNCHER, ["--help"], { cwd: repoRoot, timeoutMs: PIPELINE_TIMEOUT_MS });
}

export async function benchEngland(
  workDir: string,
  log: Log,
): Promise<{
  pipeline_england_seconds: number;
  pipeline_peak_rss_mb: number;
  pipeline_vs_duckdb_scan_ratio_england: number;
  pipeline_vs_duckdb_count_ratio_england: number;
}> {
  const inputDir = await englandInputs(workDir, log);
  await compilePipeline();
  let seconds = Number.POSITIVE_INFINITY;
  let peakRssMb = 0;
  for (let run = 0; run < 2; run++) {
    if (run > 0 && seconds > SECOND_RUN_UNDER_SECONDS) break;
    const outDir = path.join(workDir, `build-england-${run}`);
    const measured = await runPipelineChild(inputDir, outDir);
    if (!existsSync(path.join(outDir, CURRENT_POINTER_FILE)))
      throw new Error(`The England pipeline run finished without ${CURRENT_POINTER_FILE}`);
    log(
      `  pipeline run ${run + 1}: ${measured.seconds.toFixed(1)} s, peak ${measured.peakRssMb.toFixed(0)} MB`,
    );
    const stages = stageTimes(measured.output);
    if (stages) log(`    stages: ${stages}`);
    seconds = Math.min(seconds, measured.seconds);
    peakRssMb = Math.max(peakRssMb, measured.peakRssMb);
    dataBuilds.set(workDir, outDir);
  }
  const scanSeconds = await timeBest(2, () => bareDuckdbScan(inputDir, "load"));
  const countSeconds = await timeBest(2, () => bareDuckdbScan(inputDir, "count"));
  log(
    `  bare DuckDB read of the same inputs: ${scanSeconds.toFixed(2)} s loading every column ` +
      `(the ratio's baseline), ${countSeconds.toFixed(2)} s only counting rows`,
  );
  return {
    pipeline_england_seconds: seconds,
    pipeline_peak_rss_mb: peakRssMb,
    pipeline_vs_duckdb_scan_ratio_england: seconds / scanSeconds,
    pipeline_vs_duckdb_count_ratio_england: seconds / countSeconds,
  };
}

/** "import 21.5 s, indicators 14.0 s, …" from the pipeline's plain progress lines (`[2/7] import: … (21.5 s)`). */
function stageTimes(output: string): string {
  return [...output.matchAll(/^\[\d+\/\d+\] (\w+): .*\(([\d.]+ m?s)\)$/gm)]
    .map((match) => `${match[1]} ${match[2]}`)
    .join(", ");
}
