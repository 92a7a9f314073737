import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tinyInputs } from "../tests/fixtures/pipeline/tiny-inputs.ts";
import { BUILD_STAGES } from "./build-progress.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const outDir = mkdtempSync(path.join(tmpdir(), "pipeline-cli-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The CLI as a user runs it, in a child process: exit status and both streams. */
function cli(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "pipelines/cli.ts"), ...args],
    {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, PIPELINE_DEBUG: "" },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("npm run pipeline", () => {
  it("prints usage for --help", () => {
    const run = cli("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("--input <path>");
  });

  it("builds, logging one line per stage when not on a terminal, then the report", () => {
    const inputs = tinyInputs();
    try {
      const run = cli("--input", inputs.dir, "--out", outDir);
      expect(run.status).toBe(0);
      const stageLine = new RegExp(`^\\[\\d/${BUILD_STAGES.length}\\]`);
      expect(run.stderr.split("\n").filter((line) => stageLine.test(line))).toHaveLength(BUILD_STAGES.length);
      expect(run.stdout).toContain("ignored: header matches no known layout");
      expect(run.stdout).toMatch(/Build \d{8}T\d{6}-[0-9a-f]{8} written to/);
    } finally {
      inputs.remove();
    }
  });

  it("prints a bad input as one readable message, no stack trace, and exits 1", () => {
    const inputs = tinyInputs({
      "gp-registrations.csv": "PRACTICE_CODE,LSOA_CODE,NUMBER_OF_PATIENTS\nA00001,E01000001,lots\n",
    });
    try {
      const run = cli("--input", inputs.dir, "--out", outDir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        "gp-registrations.csv, line 2, column NUMBER_OF_PATIENTS: expected a whole number",
      );
      expect(run.stderr).toContain("How to fix:");
      expect(run.stderr).toMatch(/The current build, \d{8}T\d{6}-[0-9a-f]{8}, is unchanged/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      inputs.remove();
    }
  });

  it("exits 1 on a bad Fingertips export, naming the file, line and column", () => {
    const inputs = tinyInputs({
      "smoking.csv":
        "IndicatorID,AreaCode,Timeperiod,Value,Count,Denominator\n91547,A00001,2023/24,125,500,400\n",
    });
    try {
      const run = cli("--input", inputs.dir, "--out", outDir);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(
        "smoking.csv, line 2, column Count: expected a count no larger than its Denominator",
      );
      expect(run.stderr).toMatch(/The current build, \d{8}T\d{6}-[0-9a-f]{8}, is unchanged/);
    } finally {
      inputs.remove();
    }
  });

  it("rejects an unknown option with the usage", () => {
    const run = cli("--inptu", "x");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Usage:");
  });
});
