/**
 * `npm run bench [-- --json] [-- --only NAME,...]`: speed figures, each measured in this run, and ratios against
 * a baseline measured in the same run on the same machine (so a slow machine does not move the ratio).
 * Human-readable lines by default; with --json, one JSON object on stdout and the progress on stderr.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchAssets } from "./assets";
import { generateDemo } from "./demo";
import { bareDuckdbScan, runPipeline } from "./pipeline";
import { benchStats } from "./stats";
import { timeBest } from "./timing";

const json = process.argv.includes("--json");
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);

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

const benches: Record<string, (workDir: string) => Promise<Figures>> = {
  pipeline: pipelineDemo,
  stats: async () => benchStats(),
  assets: async () => benchAssets(),
};

const onlyArg = process.argv.indexOf("--only");
const only = onlyArg >= 0 ? (process.argv[onlyArg + 1] ?? "").split(",") : Object.keys(benches);

const workDir = mkdtempSync(path.join(tmpdir(), "pcn-bench-"));
const figures: Figures = {};
try {
  for (const name of only) {
    const bench = benches[name];
    if (!bench) throw new Error(`Unknown bench "${name}". Known: ${Object.keys(benches).join(", ")}`);
    log(`running ${name}…`);
    Object.assign(figures, await bench(workDir));
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  for (const [key, value] of Object.entries(figures)) log(`${key.padEnd(36)} ${value.toFixed(3)}`);
}
