/**
 * `npm run bench [-- --json] [-- --only NAME,...]`: speed figures, each measured in this run, and ratios against
 * a baseline measured in the same run on the same machine (so a slow machine does not move the ratio).
 * Human-readable lines on stdout by default, each with its target from the issues (bench/targets.ts), printed
 * as each bench finishes; with --json, one JSON object of numbers on stdout at the end. Progress goes to stderr.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchAssets } from "./assets";
import { generateDemo } from "./demo";
import { benchEngland } from "./england";
import { atExit } from "./exit-cleanup";
import { benchMap } from "./map";
import { benchPages } from "./pages";
import { bareDuckdbScan, runPipeline } from "./pipeline";
import { benchStats } from "./stats";
import { formatFigure } from "./targets";
import { timeBest } from "./timing";

const json = process.argv.includes("--json");
const progress = (line: string) => process.stderr.write(`${line}\n`);

type Figures = Record<string, number>;

async function pipelineDemo(workDir: string): Promise<Figures> {
  const inputDir = path.join(workDir, "demo-pcn");
  await generateDemo("pcn", inputDir);
  const pipelineSeconds = await timeBest(3, (i) =>
    runPipeline(inputDir, path.join(workDir, `build-pcn-${i}`)),
  );
  const scanSeconds = await timeBest(3, () => bareDuckdbScan(inputDir));
  return {
    pipeline_demo_seconds: pipelineSeconds,
    pipeline_vs_duckdb_scan_ratio: pipelineSeconds / scanSeconds,
  };
}

/** In the order they run, whatever order --only names them in (`pages` reuses the `england` build). */
const benches: Record<string, (workDir: string) => Promise<Figures>> = {
  pipeline: pipelineDemo,
  stats: async () => benchStats(),
  assets: async () => benchAssets(),
  map: async () => benchMap(),
  england: (workDir) => benchEngland(workDir, progress),
  pages: (workDir) => benchPages(workDir, progress),
};

const onlyArg = process.argv.indexOf("--only");
const only =
  onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? "").split(",").filter(Boolean) : Object.keys(benches);
const unknown = only.filter((name) => !(name in benches));
if (unknown.length > 0) {
  progress(`Unknown bench "${unknown.join(", ")}". Known: ${Object.keys(benches).join(", ")}`);
  process.exit(2);
}

const workDir = mkdtempSync(path.join(tmpdir(), "pcn-bench-"));
const removeWorkDir = () => rmSync(workDir, { recursive: true, force: true });
const forget = atExit(removeWorkDir);
const figures: Figures = {};
const started = performance.now();
try {
  for (const [name, bench] of Object.entries(benches)) {
    if (!only.includes(name)) continue;
    const benchStarted = performance.now();
    progress(`running ${name}…`);
    const measured = await bench(workDir);
    Object.assign(figures, measured);
    // Human-readable figures go out as they are measured, so a later failure does not lose them.
    for (const [key, value] of Object.entries(measured))
      if (json) progress(`  ${formatFigure(key, value)}`);
      else process.stdout.write(`${formatFigure(key, value)}\n`);
    progress(`  (${name} took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s)`);
  }
} finally {
  forget();
  removeWorkDir();
}
progress(`all done in ${((performance.now() - started) / 1000).toFixed(0)} s`);

if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
