import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { type AppendedValue, appendRows } from "../importers/append-rows.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { ASSETS_COLUMNS } from "./asset-output-tables.ts";

/** What the asset loop works out for each located row (fill-assets.ts), in this order. */
export const PLACEMENT_COLUMNS = [
  ["position", "INTEGER"],
  ["asset_id", "VARCHAR"],
  ["themes", "VARCHAR"],
  ["lsoa_code", "VARCHAR"],
  ["placement", "VARCHAR"],
  ["unplaced_reason", "VARCHAR"],
  ["unplaced_detail", "VARCHAR"],
  ["lon", "DOUBLE"],
  ["lat", "DOUBLE"],
  ["postcode", "VARCHAR"],
] as const;

/**
 * Each `assets` column from the staged row `r` (located_rows) and its placement `p`. Text the loop does not
 * change never goes through JavaScript: reading and appending 42,000 rows of a dozen text columns costs
 * more than placing them.
 */
const ASSET_COLUMN_SQL: Readonly<Record<string, string>> = {
  // Row n of the placements is row n of located_rows; anything else is a bug, so it stops the build.
  asset_id:
    "CASE WHEN p.position = r.rowid THEN p.asset_id ELSE error('write-assets.ts: placements out of step') END",
  name: "coalesce(r.name, '')",
  description: "r.description",
  category: "r.category",
  themes: "p.themes",
  lsoa_code: "p.lsoa_code",
  placement: "p.placement",
  unplaced_reason: "p.unplaced_reason",
  unplaced_detail: "p.unplaced_detail",
  lon: "p.lon",
  lat: "p.lat",
  postcode: "p.postcode",
  address: "r.address",
  opening_times: "r.opening_times",
  contact: "r.contact",
  website: "r.website",
  source: "r.source",
  last_checked: "r.last_checked",
  layout: "coalesce(r.layout, '')",
  source_row: "coalesce(r.source_row, 0) + 1",
  external_id: "r.external_id",
  tags: "r.tags",
};

/**
 * `assets`: each row of `located_rows` (rows-with-postcode-lookup.ts) with its placement, row n with
 * placements[n] (PLACEMENT_COLUMNS), and its file's name. They are stored in file order, as they always
 * were: supply adds up each LSOA's shares in the order the assets are stored.
 */
export async function writeAssets(
  db: DuckDBConnection,
  placements: readonly AppendedValue[][],
  fileIds: readonly number[],
  inputs: ReadonlyMap<number, RecognisedInput>,
): Promise<void> {
  await db.run(`CREATE OR REPLACE TEMP TABLE asset_placements (
    ${PLACEMENT_COLUMNS.map(([name, type]) => `${name} ${type}`).join(", ")})`);
  await appendRows(
    db,
    "asset_placements",
    PLACEMENT_COLUMNS.map(([, type]) => type),
    placements,
  );
  const fileName = (fileId: number) => sqlLiteral(basename(inputs.get(fileId)?.path ?? String(fileId)));
  const source: Readonly<Record<string, string>> = {
    ...ASSET_COLUMN_SQL,
    source_file:
      fileIds.length === 0
        ? "NULL"
        : `CASE coalesce(r.source_file, 0) ${fileIds.map((id) => `WHEN ${id} THEN ${fileName(id)}`).join(" ")} END`,
  };
  const select = ASSETS_COLUMNS.map((column) => {
    const sql = source[column.name];
    if (sql === undefined) throw new Error(`write-assets.ts: no source for assets.${column.name}`);
    return sql;
  });
  await db.run(`
    INSERT INTO assets
    SELECT ${select.join(", ")}
    FROM located_rows r POSITIONAL JOIN asset_placements p`);
  await db.run("DROP TABLE asset_placements");
}
