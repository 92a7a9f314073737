import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Runs `work` with DuckDB's `threads` setting at 1, then sets it back to what it was. The setting is the
 * instance's, so this is for work that fills the cores itself, with statements side by side on several
 * connections (import lanes, the indicator and asset strands, write lanes): splitting each of those
 * statements across threads as well only adds coordination, about 1 s of CPU on an England build's import.
 */
export async function withOneThreadPerStatement<T>(db: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  const threads = Number(
    (await db.runAndReadAll("SELECT current_setting('threads') AS threads")).getRowObjectsJS()[0]?.threads,
  );
  await db.run("SET threads = 1");
  try {
    return await work();
  } finally {
    await db.run(`SET threads = ${threads}`);
  }
}
