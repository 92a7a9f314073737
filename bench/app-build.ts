/**
 * A production build of the app for the page benchmarks, made from a snapshot of the sources in a private
 * folder (`.tmp/bench-app-*`, inside the project so the bundle's imports resolve to its node_modules). The
 * shared `build/` folder is left alone: browser tests and `npm start` serve it, and a rebuild under them
 * would swap their hashed assets away mid-run. The snapshot also keeps a half-saved edit from landing in
 * only part of the bundle.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { atExit, killGroupAtExit } from "./exit-cleanup.ts";
import { repoRoot } from "./repo-root.ts";

/** Not sources: dependencies, outputs, data, scratch and version control. */
const NOT_COPIED = new Set(["node_modules", ".git", "build", "data", ".cache", "test-results"]);
const BUILD_TIMEOUT_MS = 300_000;

export interface AppBuild {
  /** The folder to serve from: `build/server/index.js` and `build/client/` are inside it. */
  dir: string;
  remove(): void;
}

export async function buildApp(): Promise<AppBuild> {
  const scratch = path.join(repoRoot, ".tmp");
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(path.join(scratch, "bench-app-"));
  const forget = atExit(() => rmSync(dir, { recursive: true, force: true }));
  const remove = () => {
    forget();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const entry of readdirSync(repoRoot)) {
      if (NOT_COPIED.has(entry) || entry.startsWith(".tmp")) continue;
      cpSync(path.join(repoRoot, entry), path.join(dir, entry), { recursive: true });
    }
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
    await run("npx", ["remix", "vite:build"], dir);
    return { dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const forget = killGroupAtExit(child.pid);
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-8_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, BUILD_TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      forget();
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${output.slice(-4_000)}`));
    });
  });
}
