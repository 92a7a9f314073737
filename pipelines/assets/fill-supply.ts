import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows } from "../importers/append-rows.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { exactSum } from "../sql/exact-sum.ts";
import { percentileRanks } from "../stats/index.ts";
import { THEMES } from "./themes.ts";

/**
 * `practice_theme_supply`: each practice's share of the assets serving each theme, per 10,000 registered.
 *
 * An asset in LSOA l is shared among the practices whose patients live there, in proportion to their
 * patients: practice p's share is patients(p, l) / registered(l), registered(l) counting every practice's
 * patients in l (out-of-area practices included). So
 *
 *   assets_attributed(p, theme) = Σ over LSOAs l of patients(p, l) / registered(l) × theme assets in l
 *   per_10k = 10,000 × assets_attributed / list_size(p)
 *
 * which weights the assets by where the practice's patients live (Σ_l weight(p, l) × assets(l) /
 * registered(l) × 10,000, with weight = patients / list size, as in practice_lsoa), and adds up: the
 * practices' attributed assets sum to the assets in the LSOAs they serve. `assets_contributing` counts the
 * theme's assets in LSOAs where the practice has any patients. `supply_percentile` ranks per_10k among the
 * build's practices (stats percentileRanks: 0 fewest, 100 most).
 *
 * The shares take DuckDB a few hundred milliseconds at England scale; `meanwhile` is work for this
 * thread in that time (it must not use the connection).
 */
export async function fillSupply(db: DuckDBConnection, meanwhile: () => void = () => {}): Promise<number> {
  const computing = db.run(`
    CREATE OR REPLACE TEMP TABLE lsoa_theme_assets AS
    SELECT a.lsoa_code, t.theme, count(*) AS assets
    FROM assets a JOIN asset_themes t USING (asset_id) WHERE a.lsoa_code IS NOT NULL GROUP BY ALL;
    CREATE OR REPLACE TEMP TABLE supply_rows AS
    WITH shares AS (
      SELECT p.practice_code, t.theme, CAST(sum(t.assets) AS INTEGER) AS contributing,
        ${exactSum("p.patients / r.registered * t.assets")} AS attributed
      FROM practice_lsoa p JOIN lsoa_patients r USING (lsoa_code) JOIN lsoa_theme_assets t USING (lsoa_code)
      WHERE r.registered > 0
      GROUP BY ALL
    )
    SELECT CAST(row_number() OVER (ORDER BY th.position, a.area_code) - 1 AS INTEGER) AS position,
      th.position AS theme_position, a.area_code AS practice_code, th.theme, a.list_size,
      coalesce(s.contributing, 0) AS contributing, coalesce(s.attributed, 0) AS attributed
    FROM areas a CROSS JOIN (VALUES ${THEMES.map((theme, index) => `(${sqlLiteral(theme.id)}, ${index})`).join(", ")}) th(theme, position)
    LEFT JOIN shares s ON s.practice_code = a.area_code AND s.theme = th.theme
    WHERE a.area_type = 'practice' AND a.area_code IN (SELECT DISTINCT practice_code FROM practice_lsoa)`);
  try {
    meanwhile();
  } finally {
    await computing;
  }
  // Only the numbers come to JavaScript, for the percentile ranks; codes stay in DuckDB.
  const [themePositions = [], listSizes = [], attributed = []] = (
    await db.runAndReadAll(
      "SELECT theme_position, coalesce(list_size, 0) AS list_size, attributed FROM supply_rows ORDER BY position",
    )
  ).getColumnsJS() as number[][];
  const per10k = listSizes.map((listSize, row) => {
    const size = Number(listSize);
    return size > 0 ? (10_000 * Number(attributed[row])) / size : null;
  });
  const percentiles: (number | null)[] = per10k.map(() => null);
  const rowsOf: number[][] = THEMES.map(() => []);
  themePositions.forEach((theme, row) => {
    rowsOf[theme]?.push(row);
  });
  for (const members of rowsOf) {
    const ranks = percentileRanks(members.map((row) => per10k[row] ?? undefined));
    members.forEach((row, index) => {
      percentiles[row] = ranks[index] ?? null;
    });
  }
  await db.run(
    "CREATE OR REPLACE TEMP TABLE supply_figures (position INTEGER, per_10k DOUBLE, percentile DOUBLE)",
  );
  await appendRows(
    db,
    "supply_figures",
    ["INTEGER", "DOUBLE", "DOUBLE"],
    per10k.map((value, row) => [row, value, percentiles[row] ?? null]),
  );
  await db.run(`
    INSERT INTO practice_theme_supply
    SELECT r.practice_code, r.theme, coalesce(r.list_size, 0), r.contributing, r.attributed,
      f.per_10k, f.percentile
    FROM supply_rows r JOIN supply_figures f USING (position)`);
  await db.run("DROP TABLE supply_rows");
  await db.run("DROP TABLE supply_figures");
  return per10k.length;
}
