import { assetOutputTables } from "../assets/asset-output-tables.ts";
import { peerStatsOutputTable } from "../indicators/peer-stats.ts";
import { inequalityOutputTables } from "../inequality/inequality-output-tables.ts";
import { type OutputTable, outputColumns } from "./output-table.ts";

/**
 * The tables a build writes, one Parquet file each: the contract between the pipeline, the app and later
 * slices. Column order and types are fixed here; every stage inserts into tables created from this list,
 * and the manifest's schemas are copied from it.
 *
 * Counts are INTEGER rather than BIGINT so that both DuckDB engines hand JavaScript plain numbers (the
 * England list, about 63 million, is far below 2^31). Measures are DOUBLE and rounded only on display,
 * using `indicators.decimals`.
 */
export type { OutputColumn, OutputTable } from "./output-table.ts";

const columns = outputColumns;

const AREA_TYPE_ORDER = "CASE area_type WHEN 'england' THEN 0 WHEN 'icb' THEN 1 WHEN 'pcn' THEN 2 ELSE 3 END";

export const outputTables: readonly OutputTable[] = [
  {
    name: "indicators",
    columns: columns({
      indicator_id: "VARCHAR",
      name: "VARCHAR",
      short_name: "VARCHAR",
      theme: "VARCHAR",
      definition: "VARCHAR",
      numerator: "VARCHAR",
      denominator: "VARCHAR",
      unit: "VARCHAR",
      polarity: "VARCHAR",
      source: "VARCHAR",
      method: "VARCHAR",
      decimals: "INTEGER",
    }),
    orderBy: "indicator_id",
  },
  {
    name: "areas",
    columns: columns({
      area_code: "VARCHAR",
      area_name: "VARCHAR",
      area_type: "VARCHAR",
      parent_code: "VARCHAR",
      pcn_code: "VARCHAR",
      icb_code: "VARCHAR",
      list_size: "INTEGER",
    }),
    orderBy: `${AREA_TYPE_ORDER}, area_code`,
  },
  {
    name: "indicator_values",
    columns: columns({
      indicator_id: "VARCHAR",
      area_code: "VARCHAR",
      area_type: "VARCHAR",
      period: "VARCHAR",
      count: "DOUBLE",
      denominator: "DOUBLE",
      value: "DOUBLE",
      lower95: "DOUBLE",
      upper95: "DOUBLE",
      lower998: "DOUBLE",
      upper998: "DOUBLE",
      compared_to_england: "VARCHAR",
      compared_to_icb: "VARCHAR",
      compared_to_pcn: "VARCHAR",
      trend: "VARCHAR",
      decile: "INTEGER",
    }),
    orderBy: `indicator_id, period, ${AREA_TYPE_ORDER}, area_code`,
  },
  {
    name: "practice_lsoa",
    columns: columns({
      practice_code: "VARCHAR",
      lsoa_code: "VARCHAR",
      patients: "INTEGER",
      weight: "DOUBLE",
    }),
    orderBy: "practice_code, lsoa_code",
  },
  {
    name: "lsoa_values",
    columns: columns({ lsoa_code: "VARCHAR", measure_id: "VARCHAR", value: "DOUBLE" }),
    orderBy: "measure_id, lsoa_code",
  },
  {
    // Registered patients in ESP2013's 19 age bands; sex 'male', 'female' or 'persons'.
    name: "age_sex",
    columns: columns({
      area_code: "VARCHAR",
      area_type: "VARCHAR",
      sex: "VARCHAR",
      age_band: "VARCHAR",
      patients: "INTEGER",
    }),
    orderBy: `${AREA_TYPE_ORDER}, area_code, sex, CAST(regexp_extract(age_band, '^[0-9]+') AS INTEGER)`,
  },
  // Boundaries, community assets and need against assets (pipelines/assets/asset-output-tables.ts).
  ...assetOutputTables,
  // Inequality across practices by deprivation (pipelines/inequality/).
  ...inequalityOutputTables,
  // Spread of practice values per indicator, period and comparator area (pipelines/indicators/peer-stats.ts).
  peerStatsOutputTable,
];

/** Creates every output table, empty, in the build's DuckDB database. */
export function createOutputTablesSql(): string {
  return outputTables
    .map(
      (table) =>
        `CREATE TABLE ${table.name} (${table.columns.map((column) => `${column.name} ${column.type}`).join(", ")});`,
    )
    .join("\n");
}
