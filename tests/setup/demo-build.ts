import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed with exit code ${result.status}`);
}

/**
 * Raw demo files, a pipeline build from them and the production app bundle, made once into `workDir`.
 * Tests get the same data a user sees after the README's first command.
 */
export function prepareDemoBuild(workDir: string): { dataBuildDir: string } {
  const rawDir = path.join(workDir, "raw");
  const dataBuildDir = path.join(workDir, "build");
  if (!existsSync(path.join(dataBuildDir, "current.json"))) {
    run("npx", ["tsx", "pipelines/demo/cli.ts", "--scale", "pcn", "--out", rawDir]);
    run(process.execPath, ["scripts/pipeline.mjs", "--input", rawDir, "--out", dataBuildDir]);
  }
  if (!existsSync(path.join(repoRoot, "build/server/index.js")) || process.env.E2E_REBUILD_APP !== "0") {
    run("npx", ["remix", "vite:build"]);
  }
  return { dataBuildDir };
}
