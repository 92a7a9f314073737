import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { exactSum } from "./exact-sum.ts";

/** Shares of households and patient-weighted counts: fractions whose double sums depend on order. */
const TERMS = [0.1, 0.7, 1234.567, 0.2, 1e-3, 98765.4321, 0.3, 2 / 3, 1 / 7, 55.55];

function rotations<T>(values: readonly T[]): T[][] {
  return values.map((_, start) => [...values.slice(start), ...values.slice(0, start)]);
}

async function sumsInEachOrder(sumSql: (column: string) => string): Promise<number[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  try {
    const sums: number[] = [];
    for (const order of [...rotations(TERMS), ...rotations([...TERMS].reverse())]) {
      // Each order is one a parallel aggregate might add the terms in (the plain sum is told to use it).
      const values = order.map((value, index) => `(${index}, CAST(${value} AS DOUBLE))`).join(", ");
      const reader = await db.runAndReadAll(`SELECT ${sumSql("x")} FROM (VALUES ${values}) t(i, x)`);
      sums.push(Number(reader.getRowsJS()[0]?.[0]));
    }
    return sums;
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

describe("exactSum", () => {
  it("gives one total whatever order the terms are added in", async () => {
    const sums = await sumsInEachOrder(exactSum);
    expect(new Set(sums).size).toBe(1);
    expect(sums[0]).toBeCloseTo(
      TERMS.reduce((total, term) => total + term, 0),
      9,
    );
  });

  it("is needed: a plain floating-point sum of the same terms depends on the order", async () => {
    const sums = await sumsInEachOrder((column) => `sum(${column} ORDER BY i)`);
    expect(new Set(sums).size).toBeGreaterThan(1);
  });
});
