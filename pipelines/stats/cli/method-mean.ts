import { mean, meanLimits } from "../mean.ts";
import type { StatsOptions } from "./args.ts";
import { groupRows } from "./group-rows.ts";
import type { InputTable } from "./input-table.ts";
import { limitCells, limitColumns } from "./limit-columns.ts";
import { cell, type OutputTable } from "./output-table.ts";

/** `mean`: a column `value`, one number per row; one output row per group with its t-based limits. */
export function runMean(table: InputTable, options: StatsOptions): OutputTable {
  table.requireColumns(["value"], "the numbers to average");
  const rows = groupRows(table, options.groupBy).map((group) => {
    const values = group.rows.map((row) => table.requiredNumber(row, "value", { describe: "a value" }));
    const result = mean(values);
    return [
      ...group.key,
      cell(result.count),
      cell(result.standardDeviation),
      cell(result.value),
      ...limitCells(options.levels, (level) => meanLimits(values, level)),
      result.note ?? "",
    ];
  });
  return {
    header: [...options.groupBy, "count", "sd", "value", ...limitColumns(options.levels), "note"],
    rows,
  };
}
