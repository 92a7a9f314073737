import type { BuildTable } from "./tables";

/**
 * Tables both engines derive from the build's own once they are loaded: a pure function of the (immutable)
 * build, computed once per build instead of once per page. Each is what the pipeline could write as one
 * more Parquet table; until it does, the SQL lives here, so every engine derives the very same rows.
 */
export const DERIVED_TABLES = {
  /**
   * Each practice's three nearest community assets per theme: those in the LSOAs holding the largest shares
   * of its registered patients, by name among equals. Ranking them for every practice page was a third of
   * its query time on an England build; deriving the table for every practice takes about 1.5 s, once.
   */
  practice_top_assets: {
    from: ["practice_lsoa", "assets", "asset_themes"],
    select: `
      SELECT practice_code, theme, asset_id, name, category, address, patient_share FROM (
        SELECT pl.practice_code, t.theme, s.asset_id, s.name, s.category, s.address, pl.weight AS patient_share,
               row_number() OVER (PARTITION BY pl.practice_code, t.theme ORDER BY pl.weight DESC, s.name) AS rank
        FROM practice_lsoa pl
        JOIN assets s ON s.lsoa_code = pl.lsoa_code
        JOIN asset_themes t ON t.asset_id = s.asset_id
      ) ranked
      WHERE rank <= 3
      ORDER BY practice_code`,
  },
} as const satisfies Record<string, { from: readonly BuildTable[]; select: string }>;

export type DerivedTable = keyof typeof DERIVED_TABLES;
/** Any table a query may name: one the pipeline wrote, or one derived from those. */
export type TableName = BuildTable | DerivedTable;

export const DERIVED_TABLE_NAMES = Object.keys(DERIVED_TABLES) as DerivedTable[];

export function isDerivedTable(table: TableName): table is DerivedTable {
  return Object.hasOwn(DERIVED_TABLES, table);
}

/** The one statement both engines use to derive a table, once the tables it is made `from` are loaded. */
export function deriveTableSql(table: DerivedTable): string {
  return `CREATE OR REPLACE TABLE ${table} AS ${DERIVED_TABLES[table].select}`;
}
