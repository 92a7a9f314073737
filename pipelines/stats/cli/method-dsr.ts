import type { CsvRow } from "../csv.ts";
import { type DsrAgeBand, directlyStandardisedRate, dsrLimits } from "../dsr.ts";
import { ESP2013, ESP2013_AGE_BANDS, type Esp2013AgeBand, esp2013Band } from "../esp2013.ts";
import type { StatsOptions } from "./args.ts";
import { groupRows } from "./group-rows.ts";
import type { InputTable } from "./input-table.ts";
import { limitCells, limitColumns } from "./limit-columns.ts";
import { cell, type OutputTable } from "./output-table.ts";

/**
 * `dsr`: one row per age band with count and population, and either a standard_population column or an
 * age_band label naming one of ESP2013's 19 bands (then each group must have every band exactly once). A blank
 * count is 0, as in PHEindicatormethods. One output row per group.
 */
function esp2013Bands(table: InputTable, rows: readonly CsvRow[]): Esp2013AgeBand[] {
  const seen = new Set<Esp2013AgeBand>();
  const bands = rows.map((row) => {
    const label = table.text(row, "age_band");
    const band = esp2013Band(label);
    if (band === undefined) {
      throw table.problem(
        row,
        "age_band",
        `an ESP2013 age band (${ESP2013_AGE_BANDS.join(", ")})`,
        `"${label}"`,
        "relabel the band, or give a standard_population column with your own weights",
      );
    }
    if (seen.has(band)) {
      throw table.problem(
        row,
        "age_band",
        "each age band once per group",
        `"${label}" again`,
        "add this band's rows together",
      );
    }
    seen.add(band);
    return band;
  });
  const missing = ESP2013_AGE_BANDS.filter((band) => !seen.has(band));
  const first = rows[0];
  if (missing.length > 0 && first !== undefined) {
    throw table.problem(
      first,
      "age_band",
      "all 19 ESP2013 age bands in the group starting here",
      `none for ${missing.join(", ")}`,
      "add the missing bands, with a count of 0 where there were no events",
    );
  }
  return bands;
}

function bandsOf(table: InputTable, rows: readonly CsvRow[]): DsrAgeBand[] {
  const weights = table.has("standard_population")
    ? rows.map((row) =>
        table.requiredNumber(row, "standard_population", { min: 0, describe: "a standard population" }),
      )
    : esp2013Bands(table, rows).map((band) => ESP2013[band]);
  return rows.map((row, i) => ({
    count: table.number(row, "count", { min: 0, describe: "a count" }) ?? 0,
    population: table.requiredNumber(row, "population", { min: 0, aboveMin: true, describe: "a population" }),
    standardPopulation: weights[i] as number,
  }));
}

export function runDsr(table: InputTable, options: StatsOptions): OutputTable {
  table.requireColumns(["count", "population"], "events and population per age band");
  if (!table.has("standard_population")) table.requireColumns(["age_band"], "the ESP2013 band of each row");
  const multiplier = options.multiplier ?? 100_000;
  const rows = groupRows(table, options.groupBy).map((group) => {
    const bands = bandsOf(table, group.rows);
    const dsr = directlyStandardisedRate(bands, { multiplier });
    return [
      ...group.key,
      cell(dsr.totalCount),
      cell(dsr.totalPopulation),
      cell(dsr.value),
      ...limitCells(options.levels, (level) => dsrLimits(bands, level, multiplier)),
      dsr.note ?? "",
    ];
  });
  return {
    header: [...options.groupBy, "count", "population", "value", ...limitColumns(options.levels), "note"],
    rows,
  };
}
