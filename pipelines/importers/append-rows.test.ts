import { describe, expect, it } from "vitest";
import { withMemoryDb } from "../testing/with-memory-db.ts";
import { type AppendedValue, appendRows } from "./append-rows.ts";

describe("appendRows", () => {
  it("appends every row in order across several data chunks, nulls and non-finite numbers as NULL", async () => {
    const rows: AppendedValue[][] = Array.from({ length: 5_000 }, (_, i) => [
      `name ${i}`,
      i % 7 === 0 ? null : i,
      i % 11 === 0 ? Number.NaN : i / 4,
    ]);
    rows.push(["last", "42", Number.POSITIVE_INFINITY]);
    await withMemoryDb(async (db) => {
      await db.run("CREATE TABLE t (name VARCHAR, n INTEGER, x DOUBLE)");
      expect(await appendRows(db, "t", ["VARCHAR", "INTEGER", "DOUBLE"], rows)).toBe(5_001);
      const read = (await db.runAndReadAll("SELECT name, n, x FROM t")).getRowsJS();
      expect(read).toHaveLength(5_001);
      expect(read[0]).toEqual(["name 0", null, null]);
      expect(read[2049]).toEqual(["name 2049", 2049, 2049 / 4]);
      expect(read[4998]).toEqual(["name 4998", null, 4998 / 4]);
      expect(read[5000]).toEqual(["last", 42, null]);
      const nulls = (
        await db.runAndReadAll(
          "SELECT count(*) FILTER (WHERE n IS NULL), count(*) FILTER (WHERE x IS NULL) FROM t",
        )
      ).getRowsJS()[0];
      expect(nulls?.map(Number)).toEqual([715, 456]);
    });
  });

  it("appends nothing from no rows", async () => {
    await withMemoryDb(async (db) => {
      await db.run("CREATE TABLE t (name VARCHAR)");
      expect(await appendRows(db, "t", ["VARCHAR"], [])).toBe(0);
    });
  });
});
