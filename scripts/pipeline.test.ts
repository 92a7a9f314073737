import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "..");

/**
 * A copy of the launcher and the pipeline's sources (node_modules linked), so the test can change a
 * source file and see the launcher compile afresh without touching the working tree or its cache.
 */
const copy = mkdtempSync(path.join(tmpdir(), "pipeline-launcher-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
cpSync(path.join(repoRoot, "scripts", "pipeline.mjs"), path.join(copy, "scripts", "pipeline.mjs"));
cpSync(path.join(repoRoot, "pipelines"), path.join(copy, "pipelines"), { recursive: true });
cpSync(path.join(repoRoot, "package.json"), path.join(copy, "package.json"));
symlinkSync(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");

const cacheDir = path.join(copy, "compiled");
const launch = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(copy, "scripts", "pipeline.mjs"), ...args], {
    cwd: copy,
    encoding: "utf8",
    env: { ...process.env, PCN_PIPELINE_CACHE: cacheDir },
  });

describe("scripts/pipeline.mjs (npm run pipeline)", () => {
  it("runs the compiled CLI, and compiles afresh when a source it was compiled from changes", () => {
    expect(launch("--help")).toContain("Usage: npm run pipeline -- [--input <folder or file>]");
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, "cli.json"), "utf8")) as {
      compiled: string;
      root: string;
      inputs: Record<string, string>;
    };
    expect(manifest.root).toBe(`${copy}${path.sep}`);
    expect(Object.keys(manifest.inputs)).toContain("pipelines/cli.ts");
    expect(readdirSync(cacheDir)).toContain(manifest.compiled);

    const usage = path.join(copy, "pipelines", "cli", "parse-cli-args.ts");
    writeFileSync(
      usage,
      readFileSync(usage, "utf8").replace("Builds the dashboard's dataset", "Builds the CHANGED dataset"),
    );
    expect(launch("--help")).toContain("Builds the CHANGED dataset");
    const changed = JSON.parse(readFileSync(path.join(cacheDir, "cli.json"), "utf8")) as { compiled: string };
    expect(changed.compiled).not.toBe(manifest.compiled);
    // Only the current compiled file is kept.
    expect(readdirSync(cacheDir).filter((file) => /\.[cm]js$/.test(file))).toEqual([changed.compiled]);
  });

  it("keeps the CLI's exit status and message when a build fails", () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(copy, "scripts", "pipeline.mjs"),
        "--input",
        path.join(copy, "no-such-folder"),
        "--out",
        path.join(copy, "out"),
      ],
      { cwd: copy, encoding: "utf8", env: { ...process.env, PCN_PIPELINE_CACHE: cacheDir } },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("expected an input folder or file that exists");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
