import type { DuckDBConnection } from "@duckdb/node-api";
import { type AppendedValue, appendRows } from "../importers/append-rows.ts";

/**
 * The one staging table every community-asset layout is read into (CSV template, publisher CSVs, OSM
 * GeoJSON, Open Referral JSON), one row per asset at one place, with the fields the layouts have in common.
 * Placement and themes run on this table, so they never depend on which layout an asset came in.
 */
export const ASSET_FIELDS = [
  "external_id",
  "name",
  "description",
  "category",
  "themes",
  "tags",
  "lon",
  "lat",
  "postcode",
  "lsoa_code",
  "address",
  "opening_times",
  "contact",
  "website",
  "source",
  "last_checked",
] as const;
export type AssetField = (typeof ASSET_FIELDS)[number];

/** One asset as read: every field text except the coordinates; null where the layout has no value. */
export type AssetRow = { [field in AssetField]: field extends "lon" | "lat" ? number | null : string | null };

export async function createAssetRowsTable(db: DuckDBConnection): Promise<void> {
  await db.run(`CREATE TABLE IF NOT EXISTS asset_rows (
    source_file INTEGER, source_row INTEGER, layout VARCHAR,
    ${ASSET_FIELDS.map((field) => `${field} ${field === "lon" || field === "lat" ? "DOUBLE" : "VARCHAR"}`).join(", ")})`);
}

/** Appends assets read in JavaScript (from JSON layouts); `source_row` is each asset's position in the file. */
export async function appendAssetRows(
  db: DuckDBConnection,
  fileId: number,
  layout: string,
  assets: readonly { row: number; asset: AssetRow }[],
): Promise<number> {
  return appendRows(
    db,
    "asset_rows",
    [
      "INTEGER",
      "INTEGER",
      "VARCHAR",
      ...ASSET_FIELDS.map(
        (field) => (field === "lon" || field === "lat" ? "DOUBLE" : "VARCHAR") as "DOUBLE" | "VARCHAR",
      ),
    ],
    assets.map(({ row, asset }): AppendedValue[] => [
      fileId,
      row,
      layout,
      ...ASSET_FIELDS.map((field) => asset[field]),
    ]),
  );
}

/** An asset with every field empty, to fill in. */
export function emptyAsset(name: string): AssetRow {
  const asset = Object.fromEntries(ASSET_FIELDS.map((field) => [field, null])) as AssetRow;
  asset.name = name;
  return asset;
}
