import { type OutputTable, outputColumns } from "../output/output-table.ts";

/**
 * The geography and community-asset tables of a build, listed in output/output-tables.ts with the rest.
 * Kept here beside the stages that fill them, so a column added to a stage and to its table is one change.
 */
const columns = outputColumns;

export const ASSETS_COLUMNS = columns({
  asset_id: "VARCHAR",
  name: "VARCHAR",
  description: "VARCHAR",
  category: "VARCHAR",
  themes: "VARCHAR",
  lsoa_code: "VARCHAR",
  placement: "VARCHAR",
  unplaced_reason: "VARCHAR",
  unplaced_detail: "VARCHAR",
  lon: "DOUBLE",
  lat: "DOUBLE",
  postcode: "VARCHAR",
  address: "VARCHAR",
  opening_times: "VARCHAR",
  contact: "VARCHAR",
  website: "VARCHAR",
  source: "VARCHAR",
  last_checked: "VARCHAR",
  layout: "VARCHAR",
  source_file: "VARCHAR",
  source_row: "INTEGER",
  external_id: "VARCHAR",
  tags: "VARCHAR",
});

export const PRACTICE_LOCATIONS_COLUMNS = columns({
  practice_code: "VARCHAR",
  practice_name: "VARCHAR",
  postcode: "VARCHAR",
  registered_patients: "INTEGER",
  lon: "DOUBLE",
  lat: "DOUBLE",
  lsoa_code: "VARCHAR",
  placement: "VARCHAR",
  unplaced_reason: "VARCHAR",
});

export const LSOA_GEO_COLUMNS = columns({
  lsoa_code: "VARCHAR",
  lsoa_name: "VARCHAR",
  vintage: "VARCHAR",
  centroid_lon: "DOUBLE",
  centroid_lat: "DOUBLE",
  area_km2: "DOUBLE",
  west: "DOUBLE",
  south: "DOUBLE",
  east: "DOUBLE",
  north: "DOUBLE",
  registered_patients: "INTEGER",
});

export const NEED_ASSETS_COLUMNS = columns({
  practice_code: "VARCHAR",
  pcn_code: "VARCHAR",
  theme: "VARCHAR",
  need_score: "DOUBLE",
  need_percentile: "DOUBLE",
  indicators_used: "INTEGER",
  supply_per_10k: "DOUBLE",
  supply_percentile: "DOUBLE",
  assets_contributing: "INTEGER",
  quadrant: "VARCHAR",
});

export const NEED_INDICATORS_COLUMNS = columns({
  practice_code: "VARCHAR",
  theme: "VARCHAR",
  indicator_id: "VARCHAR",
  period: "VARCHAR",
  value: "DOUBLE",
  polarity: "VARCHAR",
  need_percentile: "DOUBLE",
});

export const assetOutputTables: readonly OutputTable[] = [
  {
    name: "themes",
    columns: columns({
      theme: "VARCHAR",
      label: "VARCHAR",
      description: "VARCHAR",
      sort_order: "INTEGER",
      need_rule: "VARCHAR",
      asset_rules: "VARCHAR",
    }),
    orderBy: "sort_order",
  },
  { name: "assets", columns: ASSETS_COLUMNS, orderBy: "asset_id" },
  {
    name: "asset_themes",
    columns: columns({ asset_id: "VARCHAR", theme: "VARCHAR", rule: "VARCHAR" }),
    orderBy: "asset_id, theme",
  },
  { name: "practice_locations", columns: PRACTICE_LOCATIONS_COLUMNS, orderBy: "practice_code" },
  { name: "lsoa_geo", columns: LSOA_GEO_COLUMNS, orderBy: "lsoa_code" },
  {
    name: "practice_theme_supply",
    columns: columns({
      practice_code: "VARCHAR",
      theme: "VARCHAR",
      list_size: "INTEGER",
      assets_contributing: "INTEGER",
      assets_attributed: "DOUBLE",
      per_10k: "DOUBLE",
      supply_percentile: "DOUBLE",
    }),
    orderBy: "practice_code, theme",
  },
  { name: "need_assets", columns: NEED_ASSETS_COLUMNS, orderBy: "practice_code, theme" },
  {
    name: "need_indicators",
    columns: NEED_INDICATORS_COLUMNS,
    orderBy: "practice_code, theme, indicator_id",
  },
];
