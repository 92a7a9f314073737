import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows } from "../importers/append-rows.ts";
import { percentileRanks } from "../stats/index.ts";
import { THEMES } from "./themes.ts";

export type SupplyRow = {
  practiceCode: string;
  theme: string;
  listSize: number;
  assetsContributing: number;
  assetsAttributed: number;
  per10k: number | null;
  percentile: number | null;
};

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
 */
export async function fillSupply(db: DuckDBConnection): Promise<SupplyRow[]> {
  await db.run(`
    CREATE OR REPLACE TEMP TABLE lsoa_theme_assets AS
    SELECT a.lsoa_code, t.theme, count(*) AS assets
    FROM assets a JOIN asset_themes t USING (asset_id) WHERE a.lsoa_code IS NOT NULL GROUP BY ALL`);
  const rows = (
    await db.runAndReadAll(`
      WITH registered AS (
        SELECT lsoa_code, sum(patients) AS registered FROM registered_patients
        WHERE lsoa_code IS NOT NULL GROUP BY lsoa_code
      ),
      shares AS (
        SELECT p.practice_code, t.theme, CAST(sum(t.assets) AS INTEGER) AS contributing,
          sum(p.patients / r.registered * t.assets) AS attributed
        FROM practice_lsoa p JOIN registered r USING (lsoa_code) JOIN lsoa_theme_assets t USING (lsoa_code)
        WHERE r.registered > 0
        GROUP BY ALL
      )
      SELECT a.area_code AS practice_code, th.theme, a.list_size,
        coalesce(s.contributing, 0) AS contributing, coalesce(s.attributed, 0) AS attributed
      FROM areas a CROSS JOIN (VALUES ${THEMES.map((theme) => `('${theme.id}')`).join(", ")}) th(theme)
      LEFT JOIN shares s ON s.practice_code = a.area_code AND s.theme = th.theme
      WHERE a.area_type = 'practice' AND a.area_code IN (SELECT DISTINCT practice_code FROM practice_lsoa)
      ORDER BY th.theme, a.area_code`)
  ).getRowObjectsJS();
  const supply: SupplyRow[] = rows.map((row) => {
    const listSize = Number(row.list_size ?? 0);
    const attributed = Number(row.attributed);
    return {
      practiceCode: String(row.practice_code),
      theme: String(row.theme),
      listSize,
      assetsContributing: Number(row.contributing),
      assetsAttributed: attributed,
      per10k: listSize > 0 ? (10_000 * attributed) / listSize : null,
      percentile: null,
    };
  });
  for (const theme of THEMES) {
    const members = supply.filter((row) => row.theme === theme.id);
    const ranks = percentileRanks(members.map((row) => row.per10k ?? undefined));
    members.forEach((row, index) => {
      row.percentile = ranks[index] ?? null;
    });
  }
  await appendRows(
    db,
    "practice_theme_supply",
    ["VARCHAR", "VARCHAR", "INTEGER", "INTEGER", "DOUBLE", "DOUBLE", "DOUBLE"],
    supply.map((row) => [
      row.practiceCode,
      row.theme,
      row.listSize,
      row.assetsContributing,
      row.assetsAttributed,
      row.per10k,
      row.percentile,
    ]),
  );
  return supply;
}
