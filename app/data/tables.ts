/**
 * The Parquet tables a data build holds, as the pipeline writes them (see pipelines/README.md).
 * Both engines expose each one under this name, so a query's SQL is the same on server and browser.
 */
export const BUILD_TABLES = [
  "indicators",
  "areas",
  "indicator_values",
  "practice_lsoa",
  "lsoa_values",
  "age_sex",
  "themes",
  "assets",
  "asset_themes",
  "practice_locations",
  "lsoa_geo",
  "practice_theme_supply",
  "need_assets",
  "need_indicators",
  "inequality",
  "inequality_quintiles",
  "peer_stats",
] as const;
export type BuildTable = (typeof BUILD_TABLES)[number];

export function parquetFileName(table: BuildTable): string {
  return `${table}.parquet`;
}

/** The one statement both engines use to load a table, so server and browser see identical columns. */
export function loadTableSql(table: BuildTable, parquetPath: string): string {
  return `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_parquet('${parquetPath.replaceAll("'", "''")}')`;
}
