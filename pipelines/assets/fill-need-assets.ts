import type { DuckDBConnection } from "@duckdb/node-api";
import { type AppendedValue, appendRows } from "../importers/append-rows.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { percentileRanks } from "../stats/index.ts";
import { NEED_ASSETS_COLUMNS } from "./asset-output-tables.ts";
import { normaliseText } from "./assign-themes.ts";
import { THEMES, type ThemeDefinition } from "./themes.ts";

/** Quadrants of need against assets; "priority" is high need with few assets. */
export const QUADRANTS = {
  priority: "high need, few assets",
  high_need_more_assets: "high need, more assets",
  lower_need_fewer_assets: "lower need, few assets",
  lower_need_more_assets: "lower need, more assets",
} as const;
export type Quadrant = keyof typeof QUADRANTS;

type IndicatorRow = { id: string; theme: string; polarity: string; unit: string };

/** The build's indicators that measure need for a theme (themes.ts `need`), deciles left out (they restate a score). */
export function needIndicators(theme: ThemeDefinition, indicators: readonly IndicatorRow[]): IndicatorRow[] {
  const words = theme.need.indicatorThemes.map((word) => normaliseText(word));
  return indicators.filter(
    (indicator) =>
      indicator.unit !== "decile" &&
      (theme.need.indicatorIds.includes(indicator.id) ||
        words.some((word) => normaliseText(indicator.theme).includes(word))),
  );
}

/**
 * `need_indicators` and `need_assets`: for each practice and theme, how much need its indicators show and
 * how it stands against its asset supply (`practice_theme_supply`, fill-supply.ts).
 *
 * - Each need indicator's latest practice values are ranked among the build's practices (stats
 *   percentileRanks), direction-aware: 100 = most need. Higher values are more need unless the indicator
 *   is `higher_is_better` (then lower values are); indicators without a polarity (a share of over-65s)
 *   count higher as more need.
 * - need_score = the mean of the practice's indicator percentiles; need_percentile ranks that score among
 *   the practices.
 * - quadrant: need_percentile ≥ 50 is high need, supply_percentile < 50 few assets; "priority" is both.
 *   Left empty when the theme has no need indicator in the build or the practice has no supply figure.
 *
 * Only numbers cross to JavaScript (values in, percentiles and scores out); the 145,000 rows of
 * `need_indicators` and 50,000 of `need_assets` are joined together in SQL.
 */
export async function fillNeedAssets(db: DuckDBConnection): Promise<number> {
  const indicators = (
    await db.runAndReadAll("SELECT indicator_id, theme, polarity, unit FROM indicators ORDER BY indicator_id")
  )
    .getRowObjectsJS()
    .map((row) => ({
      id: String(row.indicator_id),
      theme: String(row.theme),
      polarity: String(row.polarity),
      unit: String(row.unit),
    }));
  const themeIndicators = THEMES.map((theme) => needIndicators(theme, indicators));
  const wanted = indicators.filter((indicator) => themeIndicators.some((list) => list.includes(indicator)));

  await db.run(`
    CREATE OR REPLACE TEMP TABLE need_practices AS
    SELECT CAST(row_number() OVER (ORDER BY area_code) - 1 AS INTEGER) AS practice, area_code, pcn_code
    FROM areas WHERE area_type = 'practice'`);
  const practiceCount = Number(
    (await db.runAndReadAll("SELECT count(*) AS n FROM need_practices")).getRowObjectsJS()[0]?.n,
  );
  await createLatestValues(db, wanted);
  const [indicatorPositions = [], values = [], practiceOfRow = []] = (
    await db.runAndReadAll("SELECT indicator, value, practice FROM need_values ORDER BY position")
  ).getColumnsJS() as (number | null)[][];

  // Percentile of need of each value row; and for each wanted indicator and practice, its row (-1: none).
  const percentiles: (number | null)[] = values.map(() => null);
  const rowOf = new Int32Array(wanted.length * practiceCount).fill(-1);
  const rowsOf: number[][] = wanted.map(() => []);
  indicatorPositions.forEach((position, row) => {
    rowsOf[position as number]?.push(row);
  });
  wanted.forEach((indicator, position) => {
    const rows = rowsOf[position] ?? [];
    const sign = indicator.polarity === "higher_is_better" ? -1 : 1;
    const ranks = percentileRanks(rows.map((row) => sign * Number(values[row])));
    rows.forEach((row, index) => {
      percentiles[row] = ranks[index] ?? null;
      const practice = practiceOfRow[row];
      if (practice !== null && practice !== undefined) rowOf[position * practiceCount + practice] = row;
    });
  });

  const themeLinks: AppendedValue[][] = [];
  const scoreRows: AppendedValue[][] = [];
  themeIndicators.forEach((used, themePosition) => {
    const positions = used.map((indicator) => wanted.indexOf(indicator));
    for (const indicator of used) themeLinks.push([themePosition, indicator.id, indicator.polarity]);
    const counts: number[] = [];
    const scores = Array.from({ length: practiceCount }, (_, practice) => {
      let found = 0;
      let sum = 0;
      for (const position of positions) {
        const row = rowOf[position * practiceCount + practice] as number;
        if (row < 0) continue;
        found++;
        // A value without a percentile (NaN) makes the score NaN, stored as NULL.
        sum += percentiles[row] ?? Number.NaN;
      }
      counts.push(found);
      return found === 0 ? undefined : sum / found;
    });
    const needPercentiles = percentileRanks(scores);
    scores.forEach((score, practice) => {
      scoreRows.push([
        themePosition,
        practice,
        score ?? null,
        needPercentiles[practice] ?? null,
        counts[practice] ?? 0,
      ]);
    });
  });
  await db.run("CREATE OR REPLACE TEMP TABLE need_percentiles (position INTEGER, need_percentile DOUBLE)");
  await appendRows(
    db,
    "need_percentiles",
    ["INTEGER", "DOUBLE"],
    percentiles.map((percentile, row) => [row, percentile]),
  );
  await db.run(
    "CREATE OR REPLACE TEMP TABLE need_theme_links (theme_position INTEGER, indicator_id VARCHAR, polarity VARCHAR)",
  );
  await appendRows(db, "need_theme_links", ["INTEGER", "VARCHAR", "VARCHAR"], themeLinks);
  await db.run(`CREATE OR REPLACE TEMP TABLE need_scores (
    theme_position INTEGER, practice INTEGER, need_score DOUBLE, need_percentile DOUBLE, indicators_used INTEGER)`);
  await appendRows(db, "need_scores", ["INTEGER", "INTEGER", "DOUBLE", "DOUBLE", "INTEGER"], scoreRows);

  const themeTable = `(VALUES ${THEMES.map((theme, index) => `(${index}, ${sqlLiteral(theme.id)})`).join(", ")}) th(theme_position, theme)`;
  await db.run(`
    INSERT INTO need_indicators
    SELECT p.area_code, th.theme, l.indicator_id, v.period, v.value, l.polarity, n.need_percentile
    FROM need_theme_links l
    JOIN ${themeTable} USING (theme_position)
    JOIN need_values v USING (indicator_id)
    JOIN need_practices p USING (practice)
    JOIN need_percentiles n USING (position)`);
  const label = (key: Quadrant) => sqlLiteral(key);
  const quadrant = `CASE
      WHEN s.need_percentile IS NULL OR sup.supply_percentile IS NULL THEN NULL
      WHEN s.need_percentile >= 50 THEN
        (CASE WHEN sup.supply_percentile < 50 THEN ${label("priority")} ELSE ${label("high_need_more_assets")} END)
      WHEN sup.supply_percentile < 50 THEN ${label("lower_need_fewer_assets")}
      ELSE ${label("lower_need_more_assets")} END`;
  const source: Readonly<Record<string, string>> = {
    practice_code: "p.area_code",
    pcn_code: "p.pcn_code",
    theme: "th.theme",
    need_score: "s.need_score",
    need_percentile: "s.need_percentile",
    indicators_used: "s.indicators_used",
    supply_per_10k: "sup.per_10k",
    supply_percentile: "sup.supply_percentile",
    assets_contributing: "sup.assets_contributing",
    quadrant,
  };
  const select = NEED_ASSETS_COLUMNS.map(({ name }) => {
    const sql = source[name];
    if (sql === undefined) throw new Error(`fill-need-assets.ts: no source for need_assets.${name}`);
    return sql;
  });
  await db.run(`
    INSERT INTO need_assets
    SELECT ${select.join(", ")}
    FROM need_scores s
    JOIN ${themeTable} USING (theme_position)
    JOIN need_practices p USING (practice)
    LEFT JOIN practice_theme_supply sup ON sup.practice_code = p.area_code AND sup.theme = th.theme`);
  for (const table of [
    "need_practices",
    "need_values",
    "need_percentiles",
    "need_theme_links",
    "need_scores",
  ])
    await db.run(`DROP TABLE ${table}`);
  return scoreRows.length;
}

/**
 * `need_values`: each wanted indicator's practice values at its latest period (periods compare as text:
 * 2019 < 2022/23 < 2023/24), numbered in indicator and practice code order, with the indicator's position
 * in `wanted` and the practice's in `need_practices` (null for a practice not in the build's areas).
 */
async function createLatestValues(db: DuckDBConnection, wanted: readonly IndicatorRow[]): Promise<void> {
  const ids = wanted.length === 0 ? "NULL" : wanted.map((indicator) => sqlLiteral(indicator.id)).join(", ");
  const positions = wanted.map((indicator, index) => `(${sqlLiteral(indicator.id)}, ${index})`).join(", ");
  await db.run(`
    CREATE OR REPLACE TEMP TABLE need_values AS
    WITH practice_values AS (
      SELECT indicator_id, area_code, period, value FROM indicator_values
      WHERE area_type = 'practice' AND value IS NOT NULL AND indicator_id IN (${ids})
    ),
    latest AS (
      SELECT v.* FROM practice_values v
      JOIN (SELECT indicator_id, max(period) AS period FROM practice_values GROUP BY indicator_id) latest
        USING (indicator_id, period)
    )
    SELECT CAST(row_number() OVER (ORDER BY v.indicator_id, v.area_code) - 1 AS INTEGER) AS position,
      w.indicator, v.indicator_id, v.area_code, v.period, v.value, p.practice
    FROM latest v
    JOIN (VALUES ${wanted.length === 0 ? "(NULL::VARCHAR, NULL::INTEGER)" : positions}) w(indicator_id, indicator)
      USING (indicator_id)
    LEFT JOIN need_practices p USING (area_code)`);
}
