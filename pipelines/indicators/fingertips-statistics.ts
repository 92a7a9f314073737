import { runAtOnce, runInSlices, type SteppedWork } from "../event-loop.ts";
import {
  assignQuantiles,
  type Comparison,
  compareWithComparator,
  type Polarity,
  recentTrend,
  type TrendPoint,
  wilsonLimitsBatch,
} from "../stats/index.ts";
import type { POLARITIES } from "./indicator-definition.ts";

/**
 * The statistics of Fingertips indicator values, on columns (one entry per output row) rather than row
 * objects, so an England build's ~200,000 rows cost milliseconds. Every figure comes from the stats core:
 * Wilson limits where Fingertips left a limit empty, Fingertips' overlapping-interval comparison at 95%,
 * its recent trend, and PHEindicatormethods' deciles. Nothing here decides a method; it only feeds the core.
 */
export type FingertipsColumns = {
  /** Same number for the rows of one indicator and area, which are consecutive and in period order. */
  group: ArrayLike<number>;
  /** 1, 2, … over the indicator's periods (all areas), so a missing period breaks a trend's run. */
  periodRank: ArrayLike<number>;
  proportion: ArrayLike<boolean>;
  /** Whether the indicator has any published 95% limits (a trend by limits is possible). */
  hasLimits: ArrayLike<boolean>;
  polarity: ArrayLike<(typeof POLARITIES)[number]>;
  /** Rows ranked together into deciles (practices of one indicator and period); null for other areas. */
  decileGroup: ArrayLike<number | null>;
  value: ArrayLike<number | null>;
  count: ArrayLike<number | null>;
  denominator: ArrayLike<number | null>;
  lower95: ArrayLike<number | null>;
  upper95: ArrayLike<number | null>;
  lower998: ArrayLike<number | null>;
  upper998: ArrayLike<number | null>;
  /** The comparator's value in the same period, null when there is none. */
  englandValue: ArrayLike<number | null>;
  icbValue: ArrayLike<number | null>;
  pcnValue: ArrayLike<number | null>;
};

/** Stored as codes and turned into text in SQL; 0 is NULL. */
export const COMPARISON_TEXT = [null, "better", "similar", "worse", "higher", "lower"] as const;
export const TREND_TEXT = [
  null,
  "Cannot be calculated",
  "No significant change",
  "Increasing",
  "Decreasing",
  "Increasing and getting better",
  "Increasing and getting worse",
  "Decreasing and getting better",
  "Decreasing and getting worse",
] as const;

export type FingertipsStatistics = {
  /** NaN where there is no limit. */
  lower95: Float64Array;
  upper95: Float64Array;
  lower998: Float64Array;
  upper998: Float64Array;
  comparedToEngland: Uint8Array;
  comparedToIcb: Uint8Array;
  comparedToPcn: Uint8Array;
  trend: Uint8Array;
  /** 0 where there is none. */
  decile: Uint8Array;
};

/** Fingertips compares at one level per indicator; these QOF prevalences and the smoking export use 95%. */
export const COMPARISON_LEVEL = 0.95;

const STATS_POLARITY: Record<(typeof POLARITIES)[number], Polarity> = {
  higher_is_worse: "low-is-good",
  higher_is_better: "high-is-good",
  none: "no-judgement",
};

const orUndefined = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? undefined : value;

const comparisonCode = (comparison: Comparison) =>
  comparison === "not compared" ? 0 : COMPARISON_TEXT.indexOf(comparison);

export type StatisticsOptions = {
  /** false for values of one period: no trend is worked out, and `trend` stays 0 (none). */
  trends?: boolean;
};

export function fingertipsStatistics(
  columns: FingertipsColumns,
  options: StatisticsOptions = {},
): FingertipsStatistics {
  return runAtOnce(statisticsSteps(columns, options));
}

/**
 * fingertipsStatistics a part at a time, letting the event loop run between parts (limits, comparisons,
 * trends, deciles; a few hundred milliseconds in all at England scale): the build works them out on the
 * main thread while the other strands' statements wait for it to be free.
 */
export function fingertipsStatisticsInSlices(
  columns: FingertipsColumns,
  options: StatisticsOptions = {},
): Promise<FingertipsStatistics> {
  return runInSlices(statisticsSteps(columns, options));
}

/** Rows compared, and areas' trends worked out, between two pauses. */
const ROWS_PER_SLICE = 50_000;
const GROUPS_PER_SLICE = 10_000;

function* statisticsSteps(
  columns: FingertipsColumns,
  { trends = true }: StatisticsOptions,
): SteppedWork<FingertipsStatistics> {
  const rows = columns.group.length;
  const limits = fillMissingLimits(columns);
  yield;
  const stats: FingertipsStatistics = {
    ...limits,
    comparedToEngland: new Uint8Array(rows),
    comparedToIcb: new Uint8Array(rows),
    comparedToPcn: new Uint8Array(rows),
    trend: new Uint8Array(rows),
    decile: new Uint8Array(rows),
  };
  // One object reused for every row: at England scale this loop runs 200,000 times.
  const area = {
    value: undefined as number | undefined,
    lower: undefined as number | undefined,
    upper: undefined as number | undefined,
  };
  const compare = (comparator: number | null | undefined, polarity: Polarity) =>
    comparisonCode(compareWithComparator(area, orUndefined(comparator), polarity));
  for (let row = 0; row < rows; row++) {
    area.value = orUndefined(columns.value[row]);
    area.lower = orUndefined(limits.lower95[row]);
    area.upper = orUndefined(limits.upper95[row]);
    const polarity = STATS_POLARITY[columns.polarity[row] ?? "none"];
    stats.comparedToEngland[row] = compare(columns.englandValue[row], polarity);
    stats.comparedToIcb[row] = compare(columns.icbValue[row], polarity);
    stats.comparedToPcn[row] = compare(columns.pcnValue[row], polarity);
    if (row % ROWS_PER_SLICE === ROWS_PER_SLICE - 1) yield;
  }
  if (trends) yield* fillTrends(columns, limits, stats.trend);
  yield;
  fillDeciles(columns, stats.decile);
  return stats;
}

/**
 * Published limits are kept as they are; a proportion's empty limit becomes its Wilson limit × 100 from Count
 * and Denominator (PCN and ICB sums have no published limits at all).
 */
function fillMissingLimits(columns: FingertipsColumns) {
  const rows = columns.group.length;
  const counts = new Float64Array(rows).fill(Number.NaN);
  const denominators = new Float64Array(rows).fill(Number.NaN);
  for (let row = 0; row < rows; row++) {
    const count = columns.count[row];
    const denominator = columns.denominator[row];
    const missing =
      columns.lower95[row] === null ||
      columns.upper95[row] === null ||
      columns.lower998[row] === null ||
      columns.upper998[row] === null;
    if (
      missing &&
      columns.proportion[row] &&
      columns.value[row] !== null &&
      typeof count === "number" &&
      typeof denominator === "number" &&
      denominator > 0 &&
      count <= denominator
    ) {
      counts[row] = count;
      denominators[row] = denominator;
    }
  }
  const at95 = wilsonLimitsBatch(counts, denominators, { confidence: 0.95, multiplier: 100 });
  const at998 = wilsonLimitsBatch(counts, denominators, { confidence: 0.998, multiplier: 100 });
  const keep = (published: ArrayLike<number | null>, computed: Float64Array) => {
    for (let row = 0; row < rows; row++) {
      const given = published[row];
      if (given !== null && given !== undefined) computed[row] = given;
    }
    return computed;
  };
  return {
    lower95: keep(columns.lower95, at95.lower),
    upper95: keep(columns.upper95, at95.upper),
    lower998: keep(columns.lower998, at998.lower),
    upper998: keep(columns.upper998, at998.upper),
  };
}

/**
 * Fingertips' recent trend for each indicator and area, written on the area's latest period with a value.
 * Proportions use the χ² test for trend on counts; other indicators a regression on their 95% limits, and
 * none at all when the indicator has no limits (a trend of unqualified scores would always read "Cannot be
 * calculated").
 */
function* fillTrends(
  columns: FingertipsColumns,
  limits: { lower95: Float64Array; upper95: Float64Array },
  trend: Uint8Array,
): SteppedWork<void> {
  const rows = columns.group.length;
  let start = 0;
  let groups = 0;
  while (start < rows) {
    if (++groups % GROUPS_PER_SLICE === 0) yield;
    let end = start;
    while (end < rows && columns.group[end] === columns.group[start]) end++;
    let latest = -1;
    for (let row = start; row < end; row++) if (columns.value[row] !== null) latest = row;
    const proportion = columns.proportion[start] === true;
    if (latest >= 0 && (proportion || columns.hasLimits[start] === true)) {
      // A period the area has no row for is an invalid point, so the run of five stops there as Fingertips' does.
      const points: TrendPoint[] = [];
      for (let row = start; row <= latest; row++) {
        const period = columns.periodRank[row] as number;
        for (let gap = (points.at(-1)?.period ?? period) + 1; gap < period; gap++)
          points.push({ period: gap });
        points.push({
          period,
          value: orUndefined(columns.value[row]),
          count: orUndefined(columns.count[row]),
          denominator: orUndefined(columns.denominator[row]),
          lower95: orUndefined(limits.lower95[row]),
          upper95: orUndefined(limits.upper95[row]),
        });
      }
      const result = recentTrend(
        points,
        proportion ? "proportion" : "limits",
        STATS_POLARITY[columns.polarity[start] ?? "none"],
      );
      trend[latest] = TREND_TEXT.indexOf(result.label as (typeof TREND_TEXT)[number]);
    }
    start = end;
  }
}

/** Deciles within each group (practices of one indicator and period), 1 = highest values (phe_quantile). */
function fillDeciles(columns: FingertipsColumns, decile: Uint8Array): void {
  const groups = new Map<number, number[]>();
  for (let row = 0; row < columns.group.length; row++) {
    const group = columns.decileGroup[row];
    if (group === null || group === undefined) continue;
    const members = groups.get(group);
    if (members) members.push(row);
    else groups.set(group, [row]);
  }
  for (const members of groups.values()) {
    const assigned = assignQuantiles(members.map((row) => orUndefined(columns.value[row])));
    members.forEach((row, index) => {
      decile[row] = assigned[index] ?? 0;
    });
  }
}
