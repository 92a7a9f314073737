import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  defineQuery,
  normaliseRow,
  QueryResultError,
  runQuery,
  type SqlEngine,
  type SqlStatement,
} from "./query";

const countQuery = defineQuery({
  name: "count-by-type",
  tables: ["areas"],
  params: z.object({ type: z.enum(["practice", "pcn"]) }),
  row: z.object({ area_type: z.string(), n: z.number().int() }),
  sql: ({ type }) => ({
    text: "SELECT area_type, count(*) AS n FROM areas WHERE area_type = $1 GROUP BY 1",
    values: [type],
  }),
});

function fakeEngine(rows: Record<string, unknown>[]): SqlEngine & { seen: SqlStatement[] } {
  const seen: SqlStatement[] = [];
  return {
    seen,
    all: async (statement) => {
      seen.push(statement);
      return rows;
    },
  };
}

describe("runQuery", () => {
  it("binds validated parameters and converts DuckDB BigInt counts to numbers", async () => {
    const engine = fakeEngine([{ area_type: "practice", n: 42n }]);
    await expect(runQuery(engine, countQuery, { type: "practice" })).resolves.toEqual([
      { area_type: "practice", n: 42 },
    ]);
    expect(engine.seen[0]?.values).toEqual(["practice"]);
  });

  it("refuses parameters outside the schema before any SQL runs", async () => {
    const engine = fakeEngine([]);
    await expect(runQuery(engine, countQuery, { type: "'; DROP TABLE areas; --" })).rejects.toThrow(
      /Invalid enum value/,
    );
    expect(engine.seen).toEqual([]);
  });

  it("names the query and row when the engine returns a row of the wrong shape", async () => {
    const engine = fakeEngine([
      { area_type: "practice", n: 1 },
      { area_type: "pcn", n: "many" },
    ]);
    const failure = runQuery(engine, countQuery, { type: "pcn" });
    await expect(failure).rejects.toBeInstanceOf(QueryResultError);
    await expect(failure).rejects.toThrow(/"count-by-type" returned a row \(2\)/);
  });
});

describe("normaliseRow", () => {
  it("keeps nulls, strings and doubles as they are", () => {
    expect(normaliseRow({ a: null, b: "x", c: 1.5, d: 9007199254740991n })).toEqual({
      a: null,
      b: "x",
      c: 1.5,
      d: 9007199254740991,
    });
  });
});
