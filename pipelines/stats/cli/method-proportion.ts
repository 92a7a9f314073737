import { crudeRateLimits } from "../crude-rate.ts";
import type { CsvRow } from "../csv.ts";
import { wilsonLimits } from "../wilson.ts";
import type { StatsOptions } from "./args.ts";
import { groupRows } from "./group-rows.ts";
import type { InputTable } from "./input-table.ts";
import { limitCells, limitColumns } from "./limit-columns.ts";
import { cell, type OutputTable } from "./output-table.ts";

/**
 * `proportion` (Wilson) and `rate` (exact Poisson below 10 events, Byar from 10): columns count, denominator.
 * Without --group-by every row gets value, limits and note, its other columns kept; with it, counts and
 * denominators are summed per group (as PHEindicatormethods does for grouped data) and one row per group is written.
 */
type Kind = "proportion" | "rate";

const DEFAULT_MULTIPLIER: Record<Kind, number> = { proportion: 1, rate: 100_000 };

interface Pair {
  readonly count: number | undefined;
  readonly denominator: number | undefined;
}

function readPair(table: InputTable, row: CsvRow, kind: Kind): Pair {
  const count = table.number(row, "count", { min: 0, describe: "a count" });
  const denominator = table.number(row, "denominator", { min: 0, aboveMin: true, describe: "a denominator" });
  if (kind === "proportion" && count !== undefined && denominator !== undefined && count > denominator) {
    throw table.problem(
      row,
      "count",
      `a count no larger than its denominator (${denominator}) for a proportion`,
      String(count),
      "check the count and denominator are not swapped, or use the rate method for events that can exceed the population",
    );
  }
  return { count, denominator };
}

function resultCells(pair: Pair, kind: Kind, options: StatsOptions): string[] {
  const multiplier = options.multiplier ?? DEFAULT_MULTIPLIER[kind];
  const { count, denominator } = pair;
  if (count === undefined || denominator === undefined) {
    const missing = count === undefined ? "count" : "denominator";
    return [
      cell(undefined),
      ...limitCells(options.levels, () => undefined),
      `no ${missing}: nothing to calculate`,
    ];
  }
  const limitsAt = (level: number) =>
    kind === "proportion"
      ? wilsonLimits(count, denominator, level, multiplier)
      : crudeRateLimits(count, denominator, level, multiplier);
  return [cell((count / denominator) * multiplier), ...limitCells(options.levels, limitsAt), ""];
}

export function runProportionOrRate(table: InputTable, options: StatsOptions, kind: Kind): OutputTable {
  table.requireColumns(["count", "denominator"], `the ${kind}'s numerator and denominator`);
  const added = ["value", ...limitColumns(options.levels), "note"];
  if (options.groupBy.length === 0) {
    table.refuseColumns(added);
    return {
      header: [...table.header, ...added],
      rows: table.rows.map((row) => [
        ...row.fields,
        ...resultCells(readPair(table, row, kind), kind, options),
      ]),
    };
  }
  const rows = groupRows(table, options.groupBy).map((group) => {
    const pairs = group.rows.map((row) => readPair(table, row, kind));
    const complete = pairs.every((pair) => pair.count !== undefined && pair.denominator !== undefined);
    const total = (pick: (pair: Pair) => number | undefined) =>
      pairs.reduce((sum, pair) => sum + (pick(pair) ?? 0), 0);
    const summed = { count: total((pair) => pair.count), denominator: total((pair) => pair.denominator) };
    if (!complete) {
      const blanks = [cell(undefined), ...limitCells(options.levels, () => undefined)];
      return [...group.key, "", "", ...blanks, "a row in this group has no count or denominator"];
    }
    return [
      ...group.key,
      cell(summed.count),
      cell(summed.denominator),
      ...resultCells(summed, kind, options),
    ];
  });
  return { header: [...options.groupBy, "count", "denominator", ...added], rows };
}
