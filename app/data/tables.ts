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

/**
 * The column pages look rows up by. Loading a table sorted by it keeps each area's rows together, so
 * DuckDB's min/max zone maps skip almost every row group for `area_code = $1` instead of scanning them all
 * (the Parquet files are sorted for people reading them: by indicator, then area).
 */
const lookupColumn: Partial<Record<BuildTable, string>> = {
  indicator_values: "area_code",
  age_sex: "area_code",
  practice_lsoa: "practice_code",
  need_assets: "practice_code",
  need_indicators: "practice_code",
  practice_theme_supply: "practice_code",
  // The practice profile reads the spread of practices in one comparator area (England, an ICB or a PCN).
  peer_stats: "scope_code",
};

/** The one statement both engines use to load a table, so server and browser see identical columns. */
export function loadTableSql(table: BuildTable, parquetPath: string): string {
  const order = lookupColumn[table];
  return `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_parquet('${parquetPath.replaceAll("'", "''")}')${order ? ` ORDER BY ${order}` : ""}`;
}
