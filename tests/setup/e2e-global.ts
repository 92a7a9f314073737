import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findChromium } from "./chromium";
import { prepareDemoBuild, repoRoot } from "./demo-build";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The same app with no data build at all, for the "nothing built yet" page. */
    emptyBaseURL: string;
    chromiumPath: string | null;
  }
}

const servers: ChildProcess[] = [];

export async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    if (process.env.CI === "true") {
      throw new Error(
        "Chromium was not found at /usr/bin/chromium; CI must install it (apt-get install -y chromium).",
      );
    }
    console.warn(
      "Skipping browser tests: no Chromium found (install it with `apt-get install -y chromium`).",
    );
    project.provide("chromiumPath", null);
    project.provide("baseURL", "");
    project.provide("emptyBaseURL", "");
    return;
  }
  const workDir = path.join(repoRoot, ".tmp/e2e");
  rmSync(workDir, { recursive: true, force: true });
  const { dataBuildDir } = prepareDemoBuild(workDir);
  const emptyDataDir = path.join(workDir, "no-build");
  mkdirSync(emptyDataDir, { recursive: true });
  // One after the other: a port is only taken once its server listens, so parallel starts could share one.
  const baseURL = await startServer(dataBuildDir);
  const emptyBaseURL = await startServer(emptyDataDir);
  project.provide("baseURL", baseURL);
  project.provide("emptyBaseURL", emptyBaseURL);
  project.provide("chromiumPath", chromiumPath);
}

export async function teardown() {
  for (const server of servers) if (server.pid) process.kill(-server.pid, "SIGTERM");
}

async function startServer(dataBuildDir: string): Promise<string> {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), DATA_BUILD_DIR: dataBuildDir, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so teardown stops the server and anything it started together.
    detached: true,
  });
  servers.push(server);
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL);
  return baseURL;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(baseURL: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      // Any HTTP answer means it is listening (the server with no build answers 503 on purpose).
      await fetch(`${baseURL}/`);
      return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app did not start at ${baseURL} within 30 s`);
}
