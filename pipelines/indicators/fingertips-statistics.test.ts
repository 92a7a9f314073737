import { describe, expect, it } from "vitest";
import { assignQuantiles, recentTrend, wilsonLimits } from "../stats/index.ts";
import {
  COMPARISON_TEXT,
  type FingertipsColumns,
  fingertipsStatistics,
  fingertipsStatisticsInSlices,
  TREND_TEXT,
} from "./fingertips-statistics.ts";

type Row = { [K in keyof FingertipsColumns]: FingertipsColumns[K] extends ArrayLike<infer T> ? T : never };

/** One output row with everything absent; tests override what they need. */
const row = (overrides: Partial<Row> = {}): Row => ({
  group: 0,
  periodRank: 1,
  proportion: true,
  hasLimits: false,
  polarity: "none",
  decileGroup: null,
  value: null,
  count: null,
  denominator: null,
  lower95: null,
  upper95: null,
  lower998: null,
  upper998: null,
  englandValue: null,
  icbValue: null,
  pcnValue: null,
  ...overrides,
});

const columnsOf = (rows: readonly Row[]): FingertipsColumns => {
  const keys = Object.keys(row()) as (keyof Row)[];
  return Object.fromEntries(
    keys.map((key) => [key, rows.map((r) => r[key])]),
  ) as unknown as FingertipsColumns;
};

const percent = (count: number, denominator: number) => ({
  count,
  denominator,
  value: (100 * count) / denominator,
});
const comparison = (code: number | undefined) => COMPARISON_TEXT[code ?? 0];
const trend = (code: number | undefined) => TREND_TEXT[code ?? 0];

describe("fingertipsStatistics", () => {
  it("keeps published limits and computes only the missing ones, as Wilson × 100", () => {
    const stats = fingertipsStatistics(
      columnsOf([
        row({ ...percent(60, 400), lower95: 11, upper95: 19 }),
        row({ ...percent(60, 400), group: 1 }),
        row({ group: 2, proportion: false, value: 3, count: 60, denominator: 400 }),
      ]),
    );
    const at95 = wilsonLimits(60, 400, 0.95, 100);
    const at998 = wilsonLimits(60, 400, 0.998, 100);
    expect([stats.lower95[0], stats.upper95[0]]).toEqual([11, 19]);
    expect([stats.lower998[0], stats.upper998[0]]).toEqual([at998.lower, at998.upper]);
    expect([stats.lower95[1], stats.upper95[1]]).toEqual([at95.lower, at95.upper]);
    // Published (non-proportion) values never get computed limits.
    expect(Number.isNaN(stats.lower95[2] as number)).toBe(true);
  });

  it("compares at 95% with polarity: better/worse when judged, higher/lower when not", () => {
    const area = { ...percent(40, 400), lower95: 7.4, upper95: 13.4 };
    const stats = fingertipsStatistics(
      columnsOf([
        row({ ...area, polarity: "higher_is_worse", englandValue: 15.2, icbValue: 13.4, pcnValue: 5 }),
        row({ ...area, group: 1, polarity: "none", englandValue: 15.2, icbValue: 7.4, pcnValue: 5 }),
        row({ ...area, group: 2, polarity: "higher_is_better", englandValue: 15.2 }),
      ]),
    );
    expect([0, 1, 2].map((r) => comparison(stats.comparedToEngland[r]))).toEqual([
      "better",
      "lower",
      "worse",
    ]);
    // The comparator on a limit is similar (ends included), as Fingertips has it.
    expect([comparison(stats.comparedToIcb[0]), comparison(stats.comparedToIcb[1])]).toEqual([
      "similar",
      "similar",
    ]);
    expect([comparison(stats.comparedToPcn[0]), comparison(stats.comparedToPcn[1])]).toEqual([
      "worse",
      "higher",
    ]);
    expect(comparison(stats.comparedToPcn[2])).toBeNull();
  });

  it("writes the recent trend on each area's latest period with a value, as the stats core gives it", async () => {
    const counts = [100, 90, 80, 70, 60];
    const rows = counts.map((count, index) =>
      row({ ...percent(count, 400), periodRank: index + 1, polarity: "higher_is_worse" }),
    );
    // A later period without a value does not move the trend; a gap in an area's run stops it.
    rows.push(row({ periodRank: 6, polarity: "higher_is_worse" }));
    const gapped = [1, 2, 4, 5, 6].map((rank) => row({ ...percent(50, 400), group: 1, periodRank: rank }));
    const stats = fingertipsStatistics(columnsOf([...rows, ...gapped]));
    const expected = recentTrend(
      counts.map((count, index) => ({ period: index + 1, ...percent(count, 400) })),
      "proportion",
      "low-is-good",
    );
    expect(expected.label).toBe("Decreasing and getting better");
    expect(Array.from(stats.trend.subarray(0, 6), trend)).toEqual([
      null,
      null,
      null,
      null,
      expected.label,
      null,
    ]);
    expect(trend(stats.trend[10])).toBe("Cannot be calculated");
    // A part at a time (letting the event loop run between parts), the same statistics.
    expect(await fingertipsStatisticsInSlices(columnsOf([...rows, ...gapped]))).toEqual(stats);
    // Values of one period (the build's own proportions) are given no trend at all.
    const single = fingertipsStatistics(columnsOf([...rows, ...gapped]), { trends: false });
    expect(Array.from(single.trend).every((code) => code === 0)).toBe(true);
    expect(Array.from(single.lower95)).toEqual(Array.from(stats.lower95));
  });

  it("gives published values a trend only when their indicator has limits", () => {
    const scores = [1, 2, 3, 4, 5].map((rank) => row({ proportion: false, value: rank, periodRank: rank }));
    const stats = fingertipsStatistics(columnsOf(scores));
    expect(Array.from(stats.trend).every((code) => code === 0)).toBe(true);
  });

  it("ranks practices into deciles within each group by phe_quantile (1 = highest)", () => {
    const values = [3, 9, 1, 4, 7, 2, 8, 6, 10, 5, 11];
    const stats = fingertipsStatistics(
      columnsOf([
        ...values.map((value, index) => row({ group: index, value, decileGroup: 7, proportion: false })),
        row({ group: 99, value: 1, decileGroup: 8, proportion: false }),
      ]),
    );
    expect(Array.from(stats.decile.subarray(0, values.length))).toEqual(assignQuantiles(values));
    // A group of fewer than ten practices has no deciles.
    expect(stats.decile[values.length]).toBe(0);
  });
});
