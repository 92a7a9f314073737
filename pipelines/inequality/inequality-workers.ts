import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import { type InequalityGroup, type InequalityRows, inequalityRows } from "./inequality-rows.ts";

/**
 * Threads that run the SII simulations (about 1.5 s of arithmetic on an England build) beside DuckDB's
 * work on the other indicators, instead of on the main thread after it. Results do not depend on where
 * they are computed: each group's simulations start from the same fixed seed.
 *
 * The pipeline runs as TypeScript through tsx, and a worker thread starts without its parent's loader.
 * Registering tsx in each worker cost about 0.4 s of CPU per worker (its loader thread, then a transform
 * of every module), so instead the worker's module graph is bundled once per process with esbuild into one
 * script of plain JavaScript, which each worker evaluates in a few milliseconds. Should bundling fail, or a
 * worker fail to start or die, its batch is computed on this thread: slower, never different.
 */
export type InequalityWorkers = {
  /** The rows for these groups, computed on a worker thread; groups are split between the threads. */
  rows(groups: readonly InequalityGroup[]): Promise<InequalityRows>;
  close(): Promise<void>;
  /** Batches a worker thread answered (the rest were computed on this thread). */
  answeredByWorkers(): number;
};

const WORKER_MODULE = fileURLToPath(new URL("./inequality-worker.ts", import.meta.url));

let workerScript: Promise<string> | null = null;

/** The worker module and everything it imports, as one CommonJS script (built once per process). */
function bundledWorkerScript(): Promise<string> {
  workerScript ??= build({
    entryPoints: [WORKER_MODULE],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "silent",
  }).then((result) => {
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error("esbuild wrote no worker script");
    return output.text;
  });
  return workerScript;
}

function startWorker(script: string): Worker {
  const worker = new Worker(script, { eval: true });
  // A worker at rest must not keep the process alive should a caller forget close().
  worker.unref();
  return worker;
}

type Thread = { worker: Worker; alive: boolean };

function startThread(script: string): Thread {
  const thread = { worker: startWorker(script), alive: true };
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
  // The threads start once the script is built; until then (a few tens of milliseconds) batches wait.
  const started =
    count <= 0
      ? Promise.resolve()
      : bundledWorkerScript().then(
          (script) => {
            for (let index = 0; index < count; index++) threads.push(startThread(script));
          },
          () => undefined,
        );
  // Batches queue per worker: a worker answers one message at a time, in order.
  const queues: Promise<void>[] = [];
  let next = 0;
  let answered = 0;
  const enqueue = async (groups: readonly InequalityGroup[]) => {
    await started;
    if (threads.length === 0) return inequalityRows(groups);
    const slot = next++ % threads.length;
    const result = (queues[slot] ?? Promise.resolve()).then(() =>
      runOn(threads[slot], groups, () => answered++),
    );
    queues[slot] = result.then(() => undefined);
    return result;
  };
  return {
    async rows(groups) {
      // Every worker takes a share, group by group (each group costs the same number of simulations).
      await started;
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
      await started;
      await Promise.all(threads.map(({ worker }) => worker.terminate()));
    },
  };
}
