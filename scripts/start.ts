/**
 * `npm start`: the demo in one command. Makes the seeded demo inputs and a pipeline build from them when there
 * is no build yet, builds the app when its sources are newer than the bundle, then serves it on $PORT.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const dataBuildDir = path.resolve(root, process.env.DATA_BUILD_DIR ?? "data/build");
const demoInput = path.join(root, "data/demo/pcn");

function step(label: string, command: string, args: string[]): void {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit code ${result.status}). The messages above say why.`);
    process.exit(1);
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(path.join(dataBuildDir, "current.json"))) {
  if (!existsSync(demoInput))
    step("Making the demo input files", "npx", [
      "tsx",
      "pipelines/demo/cli.ts",
      "--scale",
      "pcn",
      "--out",
      demoInput,
    ]);
  step("Building the data from the demo input files", process.execPath, [
    "scripts/pipeline.mjs",
    "--input",
    demoInput,
    "--out",
    dataBuildDir,
  ]);
}

const serverBundle = path.join(root, "build/server/index.js");
if (!existsSync(serverBundle) || statSync(serverBundle).mtimeMs < newestMtime(path.join(root, "app"))) {
  step("Building the app", "npx", ["remix", "vite:build"]);
}

console.log(`\nStarting the dashboard. Open http://localhost:${port}/ in your browser (Ctrl+C stops it).`);
const server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, PORT: port, DATA_BUILD_DIR: dataBuildDir, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
