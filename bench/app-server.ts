/**
 * The production app server for the page benchmarks, started as `npm start` and the browser tests start
 * theirs (`node --import tsx server/index.ts`, NODE_ENV=production, DATA_BUILD_DIR at a data build) but bound
 * to loopback only, in its own process group so `stop()` ends it whatever it started.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { killGroupAtExit } from "./exit-cleanup.ts";
import { freePort } from "./free-port.ts";

export interface AppServer {
  baseURL: string;
  stop(): Promise<void>;
}

export async function startAppServer(options: {
  /** The folder holding `build/` (see app-build.ts). */
  appDir: string;
  dataBuildDir: string;
  startTimeoutMs?: number;
}): Promise<AppServer> {
  const port = await freePort();
  const server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: options.appDir,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_BUILD_DIR: options.dataBuildDir,
      NODE_ENV: "production",
    },
    // Request logs are not wanted; errors are kept for the message if it fails.
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  const forget = killGroupAtExit(server.pid);
  let errors = "";
  server.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString("utf8")).slice(-4_000);
  });
  const exited = new Promise<void>((resolve) =>
    server.once("exit", () => {
      forget();
      resolve();
    }),
  );
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    signalGroup(server, "SIGTERM");
    const timer = setTimeout(() => signalGroup(server, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(baseURL, server, options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}${errors ? `\n${errors}` : ""}`);
  }
  return { baseURL, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitUntilAnswering(baseURL: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The app server exited with ${server.exitCode}`);
    try {
      // Any HTTP answer means it listens; the page benchmarks check their own pages' statuses.
      await fetch(`${baseURL}/bench-server-check`, {
        signal: AbortSignal.timeout(Math.max(1_000, deadline - Date.now())),
      });
      return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app server did not answer at ${baseURL} within ${timeoutMs / 1000} s`);
}
