import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Runs `work`, `lanes` lanes of statements side by side on connections of their own (import lanes, the
 * indicator and asset strands, write lanes), with DuckDB's threads shared among the lanes still running.
 * While the lanes fill the cores each statement runs on one thread: splitting each of them across threads
 * as well only adds coordination, about 1 s of CPU on an England build's import. As each lane calls
 * `laneFinished`, the freed threads go to the lanes left (the last one gets them all), so a long file at
 * the end of an import does not load on one core while the other waits. The setting is the instance's; it
 * is put back afterwards.
 */
export async function withThreadsSharedByLanes<T>(
  db: DuckDBConnection,
  lanes: number,
  work: (laneFinished: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const threads = Number(
    (await db.runAndReadAll("SELECT current_setting('threads') AS threads")).getRowObjectsJS()[0]?.threads,
  );
  let running = lanes;
  const perLane = () => Math.max(1, Math.floor(threads / Math.max(1, running)));
  let current = perLane();
  // One statement at a time on `db`: lanes that finish together queue their changes here.
  let settings: Promise<void> = db.run(`SET threads = ${current}`).then(() => undefined);
  await settings;
  const laneFinished = () => {
    running--;
    settings = settings.then(async () => {
      const wanted = perLane();
      if (wanted === current) return;
      current = wanted;
      await db.run(`SET threads = ${wanted}`);
    });
    return settings;
  };
  try {
    return await work(laneFinished);
  } finally {
    await settings.catch(() => undefined);
    await db.run(`SET threads = ${threads}`);
  }
}
