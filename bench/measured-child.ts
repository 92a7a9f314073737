/**
 * Runs an entry point (TypeScript, or plain JavaScript ending .mjs) in a child node process and measures it from outside: wall-clock seconds
 * from spawn to exit, and the child's peak resident set size. The peak comes from GNU time (`-f %M`) when
 * /usr/bin/time is installed, else from getrusage inside the child (bench/max-rss.ts); both read the kernel's
 * high-water mark of the one node process that does the work, native (DuckDB) memory included.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { killGroupAtExit } from "./exit-cleanup.ts";

export const GNU_TIME = "/usr/bin/time";
const MAX_RSS_WRAPPER = path.join(import.meta.dirname, "max-rss.ts");

export interface MeasuredRun {
  seconds: number;
  peakRssMb: number;
  output: string;
}

export interface MeasureOptions {
  cwd: string;
  /** The child (and its process group) is killed after this long. */
  timeoutMs: number;
  /** "auto" uses GNU time when installed; tests force either way. */
  rssFrom?: "auto" | "gnu-time" | "getrusage";
}

export async function runMeasured(
  script: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<MeasuredRun> {
  const rssFrom =
    options.rssFrom === "gnu-time" || ((options.rssFrom ?? "auto") === "auto" && existsSync(GNU_TIME))
      ? "gnu-time"
      : "getrusage";
  const reportDir = mkdtempSync(path.join(tmpdir(), "bench-rss-"));
  const reportFile = path.join(reportDir, "max-rss-kb");
  // A plain JavaScript entry (the compiled pipeline's launcher) runs on node alone, as its npm script
  // does; TypeScript through tsx. The getrusage wrapper is TypeScript, so it always needs tsx.
  const tsx = [process.execPath, "--import", "tsx"];
  const node = script.endsWith(".mjs") ? [process.execPath] : tsx;
  const [command, ...commandArgs] =
    rssFrom === "gnu-time"
      ? [GNU_TIME, "-f", "%M", "-o", reportFile, ...node, script, ...args]
      : [...tsx, MAX_RSS_WRAPPER, script, ...args];
  try {
    const started = process.hrtime.bigint();
    const child = spawn(command as string, commandArgs, {
      cwd: options.cwd,
      env: { ...process.env, BENCH_MAX_RSS_FILE: reportFile },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so a time-out stops GNU time and node together.
      detached: true,
    });
    const forget = killGroupAtExit(child.pid);
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-100_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (exitCode, signal) => resolve(signal ? null : exitCode));
    }).finally(() => {
      clearTimeout(timer);
      forget();
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (code !== 0) {
      const why = code === null ? `was stopped after ${options.timeoutMs / 1000} s` : `exited with ${code}`;
      throw new Error(`${script} ${args.join(" ")} ${why}:\n${output.slice(-4_000)}`);
    }
    const kilobytes = Number(readFileSync(reportFile, "utf8").trim().split("\n").at(-1));
    if (!(kilobytes > 0)) throw new Error(`No peak memory was reported for ${script}`);
    return { seconds, peakRssMb: kilobytes / 1024, output };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}
