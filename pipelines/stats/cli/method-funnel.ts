import type { CsvRow } from "../csv.ts";
import { type FunnelRow, funnelPlotLines } from "../funnel-limits.ts";
import { funnelSignificance } from "../funnel-significance.ts";
import type { StatsOptions } from "./args.ts";
import { groupRows } from "./group-rows.ts";
import type { InputTable } from "./input-table.ts";
import { cell, type OutputTable } from "./output-table.ts";

/**
 * `funnel --statistic proportion|ratio|rate`: where each area sits on a funnel plot at 95% and 99.8%, or with
 * --lines the 100 rows of funnel lines to draw. Columns: count and denominator (proportions, crude rates),
 * count and expected (ratios), count and value (DSRs: --rate-type dsr, the DSR per multiplier). Each --group-by
 * group is its own funnel. Without --lines every input row is kept, with funnel_average and funnel_significance.
 */
function columnsFor(options: StatsOptions): string[] {
  if (options.statistic === "ratio") return ["count", "expected"];
  if (options.statistic === "rate" && options.rateType === "dsr") return ["count", "value"];
  return ["count", "denominator"];
}

function funnelRow(table: InputTable, row: CsvRow, options: StatsOptions): FunnelRow {
  const numerator = table.requiredNumber(row, "count", { min: 0, describe: "a count" });
  const positive = (column: string, describe: string) =>
    table.requiredNumber(row, column, { min: 0, aboveMin: true, describe });
  if (options.statistic === "ratio")
    return { numerator, denominator: positive("expected", "expected events") };
  if (options.statistic === "rate" && options.rateType === "dsr") {
    // PHE derives each area's denominator from its DSR; areas with no events carry no denominator.
    const rate = table.number(row, "value", { min: 0, describe: "a directly standardised rate" });
    if (numerator > 0 && !(rate !== undefined && rate > 0)) {
      throw table.problem(
        row,
        "value",
        "a rate above 0 for an area with events",
        rate === undefined ? "a blank" : String(rate),
        "fill in the area's DSR",
      );
    }
    return rate === undefined ? { numerator } : { numerator, rate };
  }
  const denominator = positive("denominator", "a denominator");
  if (options.statistic === "proportion" && numerator > denominator) {
    throw table.problem(
      row,
      "count",
      `a count no larger than its denominator (${denominator})`,
      String(numerator),
      "check the count and denominator are not swapped",
    );
  }
  return { numerator, denominator };
}

export function runFunnel(table: InputTable, options: StatsOptions): OutputTable {
  const statistic = options.statistic ?? "proportion";
  table.requireColumns(columnsFor(options), `the ${statistic} funnel's inputs`);
  const multiplier = options.multiplier ?? (statistic === "rate" ? 100_000 : 1);
  const groups = groupRows(table, options.groupBy).map((group) => ({
    group,
    rows: group.rows.map((row) => funnelRow(table, row, options)),
  }));
  if (options.lines) {
    const header = [...options.groupBy, "at", "baseline"];
    for (const line of ["lower95", "upper95", "lower998", "upper998"]) header.push(`${line}_x`, line);
    const rows = groups.flatMap(({ group, rows: funnelRows }) =>
      funnelPlotLines(funnelRows, {
        statistic,
        multiplier,
        ratioType: options.ratioType,
        rateType: options.rateType,
        yearsOfData: options.years,
      }).map((point) => [
        ...group.key,
        cell(point.at),
        cell(point.baseline),
        ...[point.lower95, point.upper95, point.lower998, point.upper998].flatMap(({ x, y }) => [
          cell(x),
          cell(y),
        ]),
      ]),
    );
    return { header, rows };
  }
  table.refuseColumns(["funnel_average", "funnel_significance"]);
  const byRow = new Map<CsvRow, [string, string]>();
  for (const { group, rows: funnelRows } of groups) {
    const { average, significance } = funnelSignificance(funnelRows, {
      statistic,
      rateType: options.rateType,
      multiplier,
    });
    const shown = statistic === "ratio" ? average : average * multiplier;
    group.rows.forEach((row, i) => {
      byRow.set(row, [cell(shown), significance[i] ?? ""]);
    });
  }
  return {
    header: [...table.header, "funnel_average", "funnel_significance"],
    rows: table.rows.map((row) => [...row.fields, ...(byRow.get(row) ?? ["", ""])]),
  };
}
