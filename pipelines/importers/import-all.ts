import type { DuckDBConnection } from "@duckdb/node-api";
import type { RecognisedFile } from "../discovery/discover-inputs.ts";
import { withThreadsSharedByLanes } from "../sql/threads-shared-by-lanes.ts";
import type { ImportResult } from "./importer.ts";
import { importers } from "./registry.ts";

/**
 * Files loaded at once, each lane on its own connection. Most inputs are smaller than one DuckDB row group
 * (122,880 rows), so each statement on them runs on one thread; two or three files side by side keep both
 * cores busy, and the JSON layouts' parsing (JavaScript) overlaps DuckDB's work on the CSVs.
 *
 * While the lanes load, DuckDB runs each statement on one thread, and lanes that run out of files hand
 * their threads to those still loading (threads-shared-by-lanes.ts): the lanes already fill the cores
 * (0.4 s of wall time less on an England build).
 */
export const IMPORT_LANES = 3;

/**
 * Creates every importer's staging table, loads the recognised files, then runs the checks that need all
 * files of a kind (keys repeated across two files; checkAcrossFiles below). Results are in the order of
 * `recognised`.
 *
 * Files of one kind load one after another, in order, on one lane (a kind's load may update its own
 * staging rows, and keeps its files' order); different kinds load side by side on connections from
 * `connect`. Loads only ever read their own file's rows, so lanes do not see each other's work. When files
 * fail, the error thrown is the one for the earliest file in `recognised`, as a one-at-a-time run would
 * report: a lane stops its kind at the first failure, and no lane starts a file after a known failure.
 */
export async function importAll(
  db: DuckDBConnection,
  recognised: readonly RecognisedFile[],
  /** Opens a connection for one more lane; without it, every file loads on `db`. */
  connect?: () => Promise<DuckDBConnection>,
): Promise<ImportResult[]> {
  for (const importer of importers) await importer.createTables(db);
  const results: ImportResult[] = new Array(recognised.length);
  const lanes = connect
    ? { count: IMPORT_LANES, open: connect, close: (lane: DuckDBConnection) => lane.closeSync() }
    : { count: 1, open: async () => db, close: () => undefined };
  const laneCount = Math.min(lanes.count, new Set(recognised.map((file) => file.importer)).size);
  const load = (finished: () => Promise<void>) =>
    loadInLanes(recognised, { ...lanes, count: laneCount, finished }, results);
  // As lanes run out of files, the ones still loading get the freed threads.
  if (connect) await withThreadsSharedByLanes(db, laneCount, load);
  else await load(async () => undefined);
  await checkAcrossFiles(db, recognised, connect);
  return results;
}

/**
 * Runs each kind's checks across its files (keys repeated across two files, totals that must agree), side
 * by side on connections of their own when `connect` is given: they only read, and one after another they
 * left a core idle at the end of every import. The error thrown is the first failing check's in importer
 * order, as running them one after another would give.
 */
async function checkAcrossFiles(
  db: DuckDBConnection,
  recognised: readonly RecognisedFile[],
  connect?: () => Promise<DuckDBConnection>,
): Promise<void> {
  const checks = importers.flatMap((importer) => {
    const inputs = recognised.filter((file) => file.importer === importer).map((file) => file.input);
    return inputs.length > 0 && importer.checkAcrossFiles !== undefined
      ? [
          async (connection: DuckDBConnection) => {
            await importer.checkAcrossFiles?.(connection, inputs);
          },
        ]
      : [];
  });
  if (connect === undefined) {
    for (const check of checks) await check(db);
    return;
  }
  const failures: { at: number; error: unknown }[] = [];
  let next = 0;
  const laneCount = Math.min(IMPORT_LANES, checks.length);
  const lane = async (finished: () => Promise<void>) => {
    const connection = await connect();
    try {
      for (let at = next++; at < checks.length; at = next++) {
        const check = checks[at] as (typeof checks)[number];
        await check(connection).catch((error: unknown) => failures.push({ at, error }));
      }
      await finished();
    } finally {
      connection.closeSync();
    }
  };
  await withThreadsSharedByLanes(db, laneCount, (finished) =>
    Promise.all(Array.from({ length: laneCount }, () => lane(finished))),
  );
  const first = failures.sort((a, b) => a.at - b.at)[0];
  if (first !== undefined) throw first.error;
}

async function loadInLanes(
  recognised: readonly RecognisedFile[],
  lanes: {
    count: number;
    open: () => Promise<DuckDBConnection>;
    close: (lane: DuckDBConnection) => void;
    /** Called when a lane has no more files to load. */
    finished: () => Promise<void>;
  },
  results: ImportResult[],
): Promise<void> {
  // Each kind's files by position in `recognised`; the biggest kinds first, so no lane is left with a
  // long tail (file count stands in for size: the many-file kinds are the large Fingertips exports).
  const byKind = new Map<RecognisedFile["importer"], number[]>();
  recognised.forEach((file, index) => {
    byKind.set(file.importer, [...(byKind.get(file.importer) ?? []), index]);
  });
  const queue = [...byKind.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  let firstFailure: { index: number; error: unknown } | null = null;

  const lane = async () => {
    const connection = await lanes.open();
    try {
      for (let kind = queue.shift(); kind !== undefined; kind = queue.shift()) {
        for (const index of kind) {
          if (firstFailure !== null && firstFailure.index < index) break;
          const file = recognised[index] as RecognisedFile;
          try {
            results[index] = await file.importer.load(connection, file.input);
          } catch (error) {
            if (firstFailure === null || index < firstFailure.index) firstFailure = { index, error };
            break;
          }
        }
      }
      await lanes.finished();
    } finally {
      lanes.close(connection);
    }
  };
  await Promise.all(Array.from({ length: lanes.count }, lane));
  if (firstFailure !== null) throw (firstFailure as { error: unknown }).error;
}
