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
  /**
   * Registered patients by sex and five-year age band for every practice, PCN, ICB and England, each band
   * with its share of that area's whole list (men and women) and the area's name: what the practice page's
   * pyramid shows, worked out once per area instead of a join, a window and three or four scans per page.
   * `area_key` ("pcn:U12345") names an area by type and code in one column, so a page finds all its areas
   * with one indexed lookup on the server (app/data/load-build-tables.server.ts), and a PCN can never be
   * taken for a practice with the same code.
   */
  age_sex_shares: {
    from: ["age_sex", "areas"],
    select: `
      SELECT b.area_type || ':' || b.area_code AS area_key, b.area_type, b.area_code, a.area_name, b.sex,
             b.age_band, CAST(regexp_extract(b.age_band, '^[0-9]+') AS INTEGER) AS age_start, b.patients,
             100 * b.patients / sum(b.patients) OVER (PARTITION BY b.area_type, b.area_code) AS share
      FROM (SELECT area_type, area_code, sex, age_band, patients::DOUBLE AS patients FROM age_sex) b
      JOIN areas a ON a.area_code = b.area_code AND a.area_type = b.area_type
      WHERE b.sex IN ('male', 'female') AND b.area_type IN ('practice', 'pcn', 'icb', 'england')
      ORDER BY area_key`,
  },
  /**
   * Every practice × every theme, in the themes' order, with the practice's asset supply for the theme where
   * there is one: the practice page's "what's around" table read as one practice's rows, instead of a join
   * of the themes to the supply per page.
   */
  practice_supply_by_theme: {
    from: ["areas", "themes", "practice_theme_supply"],
    select: `
      SELECT p.practice_code, t.theme, t.label, t.sort_order, s.assets_contributing, s.per_10k,
             s.supply_percentile
      FROM (SELECT DISTINCT area_code AS practice_code FROM areas WHERE area_type = 'practice') p
      CROSS JOIN themes t
      LEFT JOIN practice_theme_supply s ON s.theme = t.theme AND s.practice_code = p.practice_code
      ORDER BY p.practice_code, t.sort_order, t.theme`,
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
