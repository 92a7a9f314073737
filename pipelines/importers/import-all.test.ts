import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RecognisedFile } from "../discovery/discover-inputs.ts";
import { IMPORT_LANES, importAll } from "./import-all.ts";
import type { Importer } from "./importer.ts";

let instance: DuckDBInstance;
beforeEach(async () => {
  instance = await DuckDBInstance.create(":memory:");
});
afterEach(() => instance.closeSync());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A kind whose load records what it did and when, fails on the named files, and takes `ms` per file. */
function fakeKind(kind: string, log: string[], options: { failOn?: string[]; ms?: number } = {}): Importer {
  return {
    kind,
    title: kind,
    columns: [],
    createTables: async () => undefined,
    async load(_db, input) {
      log.push(`start ${input.path}`);
      await pause(options.ms ?? 1);
      if (options.failOn?.includes(input.path)) throw new Error(`bad ${input.path}`);
      log.push(`end ${input.path}`);
      return { rows: input.fileId, periods: [] };
    },
  };
}

const file = (importer: Importer, path: string, fileId: number): RecognisedFile => ({
  status: "recognised",
  importer,
  input: { fileId, path, header: [], columns: new Map() },
  byMapping: false,
});

describe("importAll", () => {
  it("returns results in the order files were recognised, whatever lane loaded them", async () => {
    const log: string[] = [];
    const [a, b, c] = [fakeKind("a", log, { ms: 20 }), fakeKind("b", log), fakeKind("c", log, { ms: 5 })];
    const files = [file(a, "a1", 1), file(b, "b1", 2), file(a, "a2", 3), file(c, "c1", 4), file(b, "b2", 5)];
    const db = await instance.connect();
    let opened = 0;
    const results = await importAll(db, files, async () => {
      opened++;
      return instance.connect();
    });
    expect(results.map((result) => result.rows)).toEqual([1, 2, 3, 4, 5]);
    expect(opened).toBe(Math.min(IMPORT_LANES, 3));
    // One kind's files load one after another, in order.
    expect(log.indexOf("end a1")).toBeLessThan(log.indexOf("start a2"));
    expect(log.indexOf("end b1")).toBeLessThan(log.indexOf("start b2"));
    // Kinds load side by side: another kind starts before the slow kind's first file ends.
    expect(log.indexOf("start b1")).toBeLessThan(log.indexOf("end a1"));
  });

  it("throws the earliest file's error even when a later file fails first", async () => {
    const log: string[] = [];
    const slow = fakeKind("slow", log, { ms: 40, failOn: ["s1"] });
    const fast = fakeKind("fast", log, { ms: 1, failOn: ["f2"] });
    const files = [file(slow, "s1", 1), file(fast, "f1", 2), file(fast, "f2", 3), file(fast, "f3", 4)];
    const db = await instance.connect();
    await expect(importAll(db, files, () => instance.connect())).rejects.toThrow("bad s1");
    // The failing kind stops at its first failure.
    expect(log).not.toContain("start f3");
  });

  it("loads every file on the one connection when no more are offered", async () => {
    const log: string[] = [];
    const seen = new Set<unknown>();
    const kind = fakeKind("k", log);
    const recording: Importer = {
      ...kind,
      load: (db, input) => {
        seen.add(db);
        return kind.load(db, input);
      },
    };
    const db = await instance.connect();
    const results = await importAll(db, [file(recording, "k1", 1), file(recording, "k2", 2)]);
    expect(results.map((result) => result.rows)).toEqual([1, 2]);
    expect([...seen]).toEqual([db]);
  });
});
