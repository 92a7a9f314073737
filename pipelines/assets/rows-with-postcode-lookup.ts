import type { DuckDBConnection } from "@duckdb/node-api";
import type { AssetLocation } from "./place-asset.ts";

/** A staged row's cells read as placement wants them: text or number, null where the cell is. */
export type RowCells = { text(name: string): string | null; number(name: string): number | null };

export type RowWithLookup = {
  row: Record<string, unknown>;
  cells: RowCells;
  /** What the postcode lookup says of the row's `postcode`, as placeAsset takes it. */
  lookup: AssetLocation["lookup"];
};

/**
 * The rows of `from` in the order of its columns `orderBy`, each joined to the postcode lookup (postcode-lookup.ts) on its
 * `postcode`, so community assets and practices are placed alike. With no lookup given, every row's
 * `lookup` is null (placement then says so) rather than "missing".
 */
export async function rowsWithPostcodeLookup(
  db: DuckDBConnection,
  from: string,
  orderBy: readonly string[],
): Promise<RowWithLookup[]> {
  const hasLookup =
    Number((await db.runAndReadAll("SELECT count(*) AS n FROM postcode_lookup")).getRowObjectsJS()[0]?.n) > 0;
  const rows = (
    await db.runAndReadAll(`
      SELECT r.*, l.postcode_key IS NOT NULL AS in_lookup, l.lsoa21 AS pc_lsoa21, l.lsoa11 AS pc_lsoa11,
        l.lsoa_code AS pc_lsoa, l.lon AS pc_lon, l.lat AS pc_lat
      FROM ${from} r
      LEFT JOIN postcode_lookup l ON l.postcode_key = replace(upper(r.postcode), ' ', '')
      ORDER BY ${orderBy.map((column) => `r.${column}`).join(", ")}`)
  ).getRowObjectsJS();
  return rows.map((row) => {
    const cells = rowCells(row);
    return { row, cells, lookup: lookupOf(cells, row, hasLookup) };
  });
}

function rowCells(row: Record<string, unknown>): RowCells {
  const present = (name: string) => row[name] !== null && row[name] !== undefined;
  return {
    text: (name) => (present(name) ? String(row[name]) : null),
    number: (name) => (present(name) ? Number(row[name]) : null),
  };
}

function lookupOf(
  cells: RowCells,
  row: Record<string, unknown>,
  hasLookup: boolean,
): AssetLocation["lookup"] {
  if (!hasLookup) return null;
  if (row.in_lookup !== true) return "missing";
  return {
    lsoa21: cells.text("pc_lsoa21"),
    lsoa11: cells.text("pc_lsoa11"),
    lsoaCode: cells.text("pc_lsoa"),
    lon: cells.number("pc_lon"),
    lat: cells.number("pc_lat"),
  };
}
