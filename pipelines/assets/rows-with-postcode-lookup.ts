import type { DuckDBConnection } from "@duckdb/node-api";
import type { AssetLocation } from "./place-asset.ts";

/** Staged rows read column by column, each cell as placement wants it: text or number, null where empty. */
export type RowsWithLookup = {
  count: number;
  /** A column named in `text`, as strings. */
  text(column: string): readonly (string | null)[];
  /** A column named in `numbers`, as numbers. */
  number(column: string): readonly (number | null)[];
  /** What the postcode lookup says of the row's `postcode`, as placeAsset takes it. */
  lookup(row: number): AssetLocation["lookup"];
};

const LOOKUP_TEXT = ["pc_lsoa21", "pc_lsoa11", "pc_lsoa"];
const LOOKUP_NUMBERS = ["in_lookup", "pc_lon", "pc_lat"];

/**
 * The rows of `from` (which must have a `postcode` column) in the order of its columns `orderBy`, each
 * joined to the postcode lookup (postcode-lookup.ts) on its `postcode`, so community assets and practices
 * are placed alike, handed to `use`. With no lookup given, every row's `lookup` is null (placement then
 * says so) rather than "missing".
 *
 * While `use` runs, the temporary table `located_rows` holds every column of `from` and the lookup's, row
 * n of it (rowid n) being row n given to `use`, so that what JavaScript works out per row can be joined
 * back by position (POSITIONAL JOIN) without sending the other columns through JavaScript.
 *
 * `text` names VARCHAR columns and `numbers` numeric ones. Text comes back as one JSON array per column,
 * parsed at once, because turning 42,000 England assets' cells into JavaScript strings one by one costs
 * more than placing them.
 */
export async function rowsWithPostcodeLookup<T>(
  db: DuckDBConnection,
  from: string,
  columns: { text: readonly string[]; numbers: readonly string[] },
  orderBy: readonly string[],
  use: (rows: RowsWithLookup) => Promise<T>,
): Promise<T> {
  const hasLookup =
    Number((await db.runAndReadAll("SELECT count(*) AS n FROM postcode_lookup")).getRowObjectsJS()[0]?.n) > 0;
  await db.run(`
    CREATE OR REPLACE TEMP TABLE located_rows AS
    SELECT r.*, CAST(l.postcode_key IS NOT NULL AS INTEGER) AS in_lookup, l.lsoa21 AS pc_lsoa21, l.lsoa11 AS pc_lsoa11,
      l.lsoa_code AS pc_lsoa, l.lon AS pc_lon, l.lat AS pc_lat
    FROM ${from} r
    LEFT JOIN postcode_lookup l ON l.postcode_key = replace(upper(r.postcode), ' ', '')
    ORDER BY ${orderBy.map((column) => `r.${column}`).join(", ")}`);
  try {
    const numbers = (
      await db.runAndReadAll(
        `SELECT ${[...columns.numbers, ...LOOKUP_NUMBERS].join(", ")} FROM located_rows ORDER BY rowid`,
      )
    ).getColumnsObjectJS();
    const textColumns = [...columns.text, ...LOOKUP_TEXT];
    const json = (
      await db.runAndReadAll(
        `SELECT ${textColumns.map((column) => `to_json(list(${column} ORDER BY rowid))::VARCHAR AS ${column}`).join(", ")} FROM located_rows`,
      )
    ).getRowObjectsJS()[0];
    const texts = new Map(
      textColumns.map((column) => {
        const value = json?.[column];
        const parsed = value === null || value === undefined ? [] : (JSON.parse(String(value)) as unknown[]);
        return [
          column,
          parsed.map((cell) => (cell === null || typeof cell === "string" ? cell : String(cell))),
        ];
      }),
    );
    const numberColumns = new Map(
      Object.entries(numbers).map(([column, cells]) => [
        column,
        cells.map((cell) => (cell === null || typeof cell === "number" ? cell : Number(cell))),
      ]),
    );
    const text = (column: string) => texts.get(column) ?? [];
    const number = (column: string) => numberColumns.get(column) ?? [];
    const [inLookup, lsoa21, lsoa11, lsoaCode, lon, lat] = [
      number("in_lookup"),
      text("pc_lsoa21"),
      text("pc_lsoa11"),
      text("pc_lsoa"),
      number("pc_lon"),
      number("pc_lat"),
    ];
    return await use({
      count: inLookup.length,
      text,
      number,
      lookup: (row) => {
        if (!hasLookup) return null;
        if (inLookup[row] !== 1) return "missing";
        return {
          lsoa21: lsoa21[row] ?? null,
          lsoa11: lsoa11[row] ?? null,
          lsoaCode: lsoaCode[row] ?? null,
          lon: lon[row] ?? null,
          lat: lat[row] ?? null,
        };
      },
    });
  } finally {
    await db.run("DROP TABLE IF EXISTS located_rows");
  }
}
