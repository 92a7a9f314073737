import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { type InequalityGroup, type InequalityRows, inequalityRows } from "./fill-inequality.ts";

/**
 * Threads that run the SII simulations (about 1.5 s of arithmetic on an England build) beside DuckDB's
 * work on the other indicators, instead of on the main thread after it. Results do not depend on where
 * they are computed: each group's simulations start from the same fixed seed.
 *
 * The pipeline runs as TypeScript through tsx (the CLI, `npm start`, vitest), and a worker thread starts
 * without its parent's loader, so each worker registers tsx's loader before importing its module. Should
 * a worker fail to start or die, its batch is computed on this thread: slower, never different.
 */
export type InequalityWorkers = {
  /** The rows for these groups, computed on a worker thread; groups are split between the threads. */
  rows(groups: readonly InequalityGroup[]): Promise<InequalityRows>;
  close(): Promise<void>;
  /** Batches a worker thread answered (the rest were computed on this thread). */
  answeredByWorkers(): number;
};

const WORKER_MODULE = new URL("./inequality-worker.ts", import.meta.url).href;

/**
 * tsx's ESM API entry, as a file URL. Found through its package.json's exports because the plain ways fail
 * somewhere: require.resolve gives the CommonJS entry, whose register() cannot load in a worker, and vitest
 * has no import.meta.resolve.
 */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve("tsx/package.json");
  const manifest = require(manifestPath) as { exports?: Record<string, { import?: { default?: string } }> };
  const entry = manifest.exports?.["./esm/api"]?.import?.default;
  if (entry === undefined) throw new Error("tsx/package.json names no ESM entry for tsx/esm/api");
  return pathToFileURL(join(dirname(manifestPath), entry)).href;
}

function startWorker(): Worker {
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_MODULE)}); })`;
  const worker = new Worker(bootstrap, { eval: true });
  // A worker at rest must not keep the process alive should a caller forget close().
  worker.unref();
  return worker;
}

type Thread = { worker: Worker; alive: boolean };

function startThread(): Thread {
  const thread = { worker: startWorker(), alive: true };
  const stop = () => {
    thread.alive = false;
  };
  thread.worker.once("error", stop);
  thread.worker.once("exit", stop);
  return thread;
}

/** One batch on one worker; should the worker fail before answering, the same batch on this thread. */
function runOn(
  thread: Thread | undefined,
  groups: readonly InequalityGroup[],
  answered: () => void,
): Promise<InequalityRows> {
  if (thread === undefined || !thread.alive || groups.length === 0)
    return Promise.resolve(inequalityRows(groups));
  const { worker } = thread;
  return new Promise<InequalityRows>((resolve) => {
    const settle = (rows: InequalityRows) => {
      worker.off("message", onMessage);
      worker.off("error", onFailure);
      worker.off("exit", onFailure);
      worker.unref();
      resolve(rows);
    };
    const onMessage = (rows: InequalityRows) => {
      answered();
      settle(rows);
    };
    const onFailure = () => settle(inequalityRows(groups));
    worker.on("message", onMessage);
    worker.once("error", onFailure);
    worker.once("exit", onFailure);
    worker.ref();
    worker.postMessage(groups);
  });
}

/** Starts `count` worker threads (0: everything runs on this thread). */
export function startInequalityWorkers(count: number): InequalityWorkers {
  const threads: Thread[] = [];
  for (let index = 0; index < count; index++) {
    try {
      threads.push(startThread());
    } catch {
      break;
    }
  }
  // Batches queue per worker: a worker answers one message at a time, in order.
  const queues = threads.map(() => Promise.resolve());
  let next = 0;
  let answered = 0;
  const enqueue = (groups: readonly InequalityGroup[]) => {
    if (threads.length === 0) return Promise.resolve(inequalityRows(groups));
    const slot = next++ % threads.length;
    const result = (queues[slot] as Promise<void>).then(() => runOn(threads[slot], groups, () => answered++));
    queues[slot] = result.then(() => undefined);
    return result;
  };
  return {
    async rows(groups) {
      // Every worker takes a share, group by group (each group costs the same number of simulations).
      const shares = Math.max(1, Math.min(threads.length, groups.length));
      const batches = Array.from({ length: shares }, (_, share) =>
        groups.filter((_, index) => index % shares === share),
      );
      const results = await Promise.all(batches.map(enqueue));
      return {
        summaries: results.flatMap((result) => result.summaries),
        quintiles: results.flatMap((result) => result.quintiles),
      };
    },
    answeredByWorkers: () => answered,
    async close() {
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}
