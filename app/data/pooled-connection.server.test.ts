import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { PooledConnection } from "./pooled-connection.server";

describe("PooledConnection", () => {
  let instance: DuckDBInstance;
  let pooled: PooledConnection;
  let prepare: MockInstance<DuckDBConnection["prepare"]>;

  beforeEach(async () => {
    instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      "CREATE TABLE areas AS SELECT * FROM (VALUES ('A1', 10), ('B2', 20), ('C3', 30)) t(code, size)",
    );
    prepare = vi.spyOn(connection, "prepare");
    pooled = new PooledConnection(connection, 2);
  });
  afterEach(() => {
    pooled.close();
    instance.closeSync();
  });

  const sizeOf = (code: string) => ({ text: "SELECT size FROM areas WHERE code = $1", values: [code] });

  it("prepares a SQL text once and binds each call's own values", async () => {
    const answers = await Promise.all(["A1", "B2", "C3", "A1"].map((code) => pooled.all(sizeOf(code))));
    expect(answers).toEqual([[{ size: 10 }], [{ size: 20 }], [{ size: 30 }], [{ size: 10 }]]);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it("counts the queries waiting or running, for the pool to choose by", async () => {
    const pending = [pooled.all(sizeOf("A1")), pooled.all(sizeOf("B2"))];
    expect(pooled.load).toBe(2);
    await Promise.all(pending);
    expect(pooled.load).toBe(0);
  });

  it("keeps a bounded number of statements, preparing an evicted text again", async () => {
    await pooled.all({ text: "SELECT 1 AS one", values: [] });
    await pooled.all({ text: "SELECT 2 AS two", values: [] });
    await pooled.all({ text: "SELECT 3 AS three", values: [] });
    expect(await pooled.all({ text: "SELECT 1 AS one", values: [] })).toEqual([{ one: 1 }]);
    expect(prepare).toHaveBeenCalledTimes(4);
  });

  it("reads every row of a result longer than one chunk, in order, with DuckDB's JS values", async () => {
    const rows = await pooled.all({
      text: "SELECT range AS n, range::VARCHAR AS s FROM range($1)",
      values: [5000],
    });
    expect(rows).toHaveLength(5000);
    expect(rows[0]).toEqual({ n: 0n, s: "0" });
    expect(rows[2048]).toEqual({ n: 2048n, s: "2048" });
    expect(rows[4999]).toEqual({ n: 4999n, s: "4999" });
  });

  it("names a repeated column as DuckDB's own reader does, and an empty result has no rows", async () => {
    expect(await pooled.all({ text: "SELECT 1 AS a, 2 AS a", values: [] })).toEqual([{ a: 1, "a:1": 2 }]);
    expect(await pooled.all({ text: "SELECT size FROM areas WHERE code = $1", values: ["Z9"] })).toEqual([]);
  });

  it("goes on after a failed query", async () => {
    await expect(pooled.all({ text: "SELECT nonsense FROM nowhere", values: [] })).rejects.toThrow();
    expect(await pooled.all(sizeOf("B2"))).toEqual([{ size: 20 }]);
    expect(pooled.load).toBe(0);
  });
});
