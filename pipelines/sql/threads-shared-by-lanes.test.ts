import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { withThreadsSharedByLanes } from "./threads-shared-by-lanes.ts";

const threadsSetting = async (db: DuckDBConnection) =>
  Number((await db.runAndReadAll("SELECT current_setting('threads')")).getRowsJS()[0]?.[0]);

async function withFourThreads(test: (db: DuckDBConnection) => Promise<void>): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "4" });
  const db = await instance.connect();
  try {
    await test(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

describe("withThreadsSharedByLanes", () => {
  it("gives each of three lanes one thread, then shares the freed threads as lanes finish", () =>
    withFourThreads(async (db) => {
      const seen: number[] = [];
      await withThreadsSharedByLanes(db, 3, async (laneFinished) => {
        seen.push(await threadsSetting(db));
        await laneFinished();
        seen.push(await threadsSetting(db));
        await laneFinished();
        seen.push(await threadsSetting(db));
        await laneFinished();
      });
      // 4 threads among 3 lanes, then 2, then the last lane alone; the instance's setting afterwards.
      expect(seen).toEqual([1, 2, 4]);
      expect(await threadsSetting(db)).toBe(4);
    }));

  it("leaves the setting right when lanes finish at the same moment and when the work fails", () =>
    withFourThreads(async (db) => {
      await expect(
        withThreadsSharedByLanes(db, 2, async (laneFinished) => {
          await Promise.all([laneFinished(), laneFinished()]);
          expect(await threadsSetting(db)).toBe(4);
          throw new Error("a lane failed");
        }),
      ).rejects.toThrow("a lane failed");
      expect(await threadsSetting(db)).toBe(4);
    }));
});
