import { describe, expect, it } from "vitest";
import { type InequalityGroup, inequalityRows } from "./inequality-rows.ts";
import { startInequalityWorkers } from "./inequality-workers.ts";

/** An ICB of 30 practices whose prevalence rises with deprivation, differently for each indicator. */
function group(indicator: number): InequalityGroup {
  return {
    indicatorId: `indicator_${indicator}`,
    period: "2023/24",
    icbCode: "QOP",
    practices: Array.from({ length: 30 }, (_, index) => ({
      practiceCode: `P${String(index).padStart(5, "0")}`,
      imdScore: 5 + index * 1.5,
      count: 60 + index * (2 + indicator),
      denominator: 1_000 + 17 * index,
    })),
  };
}

describe("startInequalityWorkers", () => {
  const groups = Array.from({ length: 6 }, (_, indicator) => group(indicator));

  it("computes on worker threads exactly what this thread computes, every group once", async () => {
    const workers = startInequalityWorkers(2);
    try {
      const rows = await workers.rows(groups);
      const expected = inequalityRows(groups);
      const byGroup = (summary: readonly unknown[]) => String(summary[0]);
      expect(workers.answeredByWorkers()).toBe(2);
      expect([...rows.summaries].sort((a, b) => byGroup(a).localeCompare(byGroup(b)))).toEqual(
        expected.summaries,
      );
      expect(rows.quintiles).toHaveLength(30);
      expect([...rows.quintiles].sort((a, b) => `${a[0]}${a[3]}`.localeCompare(`${b[0]}${b[3]}`))).toEqual(
        expected.quintiles,
      );
    } finally {
      await workers.close();
    }
  });

  it("computes on this thread when no worker is asked for", async () => {
    const workers = startInequalityWorkers(0);
    const rows = await workers.rows(groups.slice(0, 2));
    expect(workers.answeredByWorkers()).toBe(0);
    expect(rows).toEqual(inequalityRows(groups.slice(0, 2)));
    await workers.close();
  });

  it("falls back to this thread for a batch whose worker has stopped", async () => {
    const workers = startInequalityWorkers(1);
    await workers.close();
    const rows = await workers.rows(groups.slice(0, 3));
    expect(workers.answeredByWorkers()).toBe(0);
    expect(rows).toEqual(inequalityRows(groups.slice(0, 3)));
  });
});
