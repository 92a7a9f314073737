import type { CsvRow } from "../csv.ts";
import { type SiiQuantile, simulateSii } from "../sii.ts";
import type { StatsOptions } from "./args.ts";
import { groupRows } from "./group-rows.ts";
import type { InputTable } from "./input-table.ts";
import { limitCells, limitColumns } from "./limit-columns.ts";
import { cell, type OutputTable } from "./output-table.ts";

/**
 * `sii`: one row per quantile with quantile, population, value and either se (on the log scale for rates,
 * logit for proportions) or lower95 and upper95. Proportions are on the 0–1 scale. One output row per group
 * with the SII and RII and their simulated limits.
 */
function quantileOf(table: InputTable, row: CsvRow, options: StatsOptions): SiiQuantile {
  const value = table.requiredNumber(row, "value", { describe: "the quantile's value" });
  if (options.valueType === "proportion" && !(value > 0 && value < 1)) {
    throw table.problem(
      row,
      "value",
      "a proportion strictly between 0 and 1",
      String(value),
      "give proportions on the 0–1 scale, not as percentages",
    );
  }
  if (options.valueType === "rate" && !(value > 0)) {
    throw table.problem(
      row,
      "value",
      "a rate above 0 (rates are taken on the log scale)",
      String(value),
      "check the value, or use --value-type normal",
    );
  }
  const base = {
    quantile: table.requiredNumber(row, "quantile", { describe: "a quantile number" }),
    population: table.requiredNumber(row, "population", { min: 0, aboveMin: true, describe: "a population" }),
    value,
  };
  if (table.has("se"))
    return {
      ...base,
      standardError: table.requiredNumber(row, "se", { min: 0, describe: "a standard error" }),
    };
  return {
    ...base,
    lower95: table.requiredNumber(row, "lower95", { describe: "the value's lower 95% limit" }),
    upper95: table.requiredNumber(row, "upper95", { describe: "the value's upper 95% limit" }),
  };
}

export function runSii(table: InputTable, options: StatsOptions): OutputTable {
  table.requireColumns(["quantile", "population", "value"], "each quantile's number, population and value");
  if (!table.has("se"))
    table.requireColumns(["lower95", "upper95"], "95% limits, used when there is no se column");
  const rows = groupRows(table, options.groupBy).map((group) => {
    const seen = new Set<number>();
    const quantiles = group.rows.map((row) => {
      const quantile = quantileOf(table, row, options);
      if (seen.has(quantile.quantile)) {
        throw table.problem(
          row,
          "quantile",
          "each quantile once per group",
          String(quantile.quantile),
          "add --group-by for the columns that tell the groups apart",
        );
      }
      seen.add(quantile.quantile);
      return quantile;
    });
    const blanks = (note: string) => [
      ...group.key,
      "",
      ...limitCells(options.levels, () => undefined),
      "",
      ...limitCells(options.levels, () => undefined),
      note,
    ];
    if (quantiles.length < 5 || quantiles.length > 100)
      return blanks(`the SII needs 5 to 100 quantiles; this group has ${quantiles.length}`);
    const simulation = simulateSii(quantiles, {
      valueType: options.valueType,
      transform: options.transform,
      multiplier: options.multiplier ?? 1,
      ...(options.repetitions === undefined ? {} : { repetitions: options.repetitions }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    });
    // The RII divides by the fitted value at the start of the ranking; where that is 0 it has no finite value.
    const finite = (limits: { lower: number; upper: number }) =>
      Number.isFinite(limits.lower) && Number.isFinite(limits.upper);
    const riiDefined =
      Number.isFinite(simulation.rii) && options.levels.every((level) => finite(simulation.riiLimits(level)));
    return [
      ...group.key,
      cell(simulation.sii),
      ...limitCells(options.levels, simulation.siiLimits),
      riiDefined ? cell(simulation.rii) : "",
      ...limitCells(options.levels, (level) => (riiDefined ? simulation.riiLimits(level) : undefined)),
      riiDefined ? "" : "RII undefined: the fitted value at the start of the ranking is 0 or crosses 0",
    ];
  });
  const header = [
    ...options.groupBy,
    "sii",
    ...limitColumns(options.levels, "sii_"),
    "rii",
    ...limitColumns(options.levels, "rii_"),
    "note",
  ];
  return { header, rows };
}
