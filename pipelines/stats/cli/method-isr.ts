import { indirectlyStandardisedRate, indirectlyStandardisedRatio, isrLimits } from "../isr.ts";
import type { StatsOptions } from "./args.ts";
import { groupRows } from "./group-rows.ts";
import type { InputTable } from "./input-table.ts";
import { limitCells, limitColumns } from "./limit-columns.ts";
import { cell, type OutputTable } from "./output-table.ts";

/**
 * `isr`: one row per age band with count, population, reference_count and reference_population. Gives the
 * indirectly standardised ratio × multiplier (default 1; 100 as Fingertips shows SMRs), or with --rate the
 * indirectly standardised rate per multiplier (default 100,000). A blank count is 0. One output row per group.
 */
export function runIsr(table: InputTable, options: StatsOptions): OutputTable {
  table.requireColumns(
    ["count", "population", "reference_count", "reference_population"],
    "observed events, population and the reference population's events and size per age band",
  );
  const rows = groupRows(table, options.groupBy).map((group) => {
    const bands = group.rows.map((row) => ({
      count: table.number(row, "count", { min: 0, describe: "a count" }) ?? 0,
      population: table.requiredNumber(row, "population", { min: 0, describe: "a population" }),
      referenceCount: table.requiredNumber(row, "reference_count", { min: 0, describe: "a reference count" }),
      referencePopulation: table.requiredNumber(row, "reference_population", {
        min: 0,
        aboveMin: true,
        describe: "a reference population",
      }),
    }));
    if (options.isrRate) {
      const rate = indirectlyStandardisedRate(bands, { multiplier: options.multiplier ?? 100_000 });
      const limitsAt = (level: number) => isrLimits(rate.observed, rate.expected, level, rate.referenceRate);
      const cells = [cell(rate.observed), cell(rate.expected), cell(rate.referenceRate), cell(rate.value)];
      return [...group.key, ...cells, ...limitCells(options.levels, limitsAt), rate.note ?? ""];
    }
    const multiplier = options.multiplier ?? 1;
    const ratio = indirectlyStandardisedRatio(bands, { multiplier });
    const limitsAt = (level: number) => isrLimits(ratio.observed, ratio.expected, level, multiplier);
    const cells = [cell(ratio.observed), cell(ratio.expected), cell(ratio.value)];
    return [...group.key, ...cells, ...limitCells(options.levels, limitsAt), ratio.note ?? ""];
  });
  const totals = options.isrRate ? ["observed", "expected", "reference_rate"] : ["observed", "expected"];
  return { header: [...options.groupBy, ...totals, "value", ...limitColumns(options.levels), "note"], rows };
}
