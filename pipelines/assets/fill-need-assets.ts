import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows } from "../importers/append-rows.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { percentileRanks } from "../stats/index.ts";
import { NEED_ASSETS_COLUMNS, NEED_INDICATORS_COLUMNS } from "./asset-output-tables.ts";
import { normaliseText } from "./assign-themes.ts";
import type { SupplyRow } from "./fill-supply.ts";
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
 * how it stands against its asset supply.
 *
 * - Each need indicator's latest practice values are ranked among the build's practices (stats
 *   percentileRanks), direction-aware: 100 = most need. Higher values are more need unless the indicator
 *   is `higher_is_better` (then lower values are); indicators without a polarity (a share of over-65s)
 *   count higher as more need.
 * - need_score = the mean of the practice's indicator percentiles; need_percentile ranks that score among
 *   the practices.
 * - quadrant: need_percentile ≥ 50 is high need, supply_percentile < 50 few assets; "priority" is both.
 *   Left empty when the theme has no need indicator in the build or the practice has no supply figure.
 */
export async function fillNeedAssets(db: DuckDBConnection, supply: readonly SupplyRow[]): Promise<number> {
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
  const practices = (
    await db.runAndReadAll(
      "SELECT area_code, pcn_code FROM areas WHERE area_type = 'practice' ORDER BY area_code",
    )
  ).getRowObjectsJS();
  const supplyOf = new Map(supply.map((row) => [`${row.practiceCode}|${row.theme}`, row]));
  const wanted = [
    ...new Set(THEMES.flatMap((theme) => needIndicators(theme, indicators).map((indicator) => indicator.id))),
  ];
  const values = wanted.length === 0 ? [] : await latestPracticeValues(db, wanted);

  /** Percentile of need for each indicator and practice. */
  const percentiles = new Map<string, Map<string, { value: number; period: string; percentile: number }>>();
  for (const indicator of indicators.filter((candidate) => wanted.includes(candidate.id))) {
    const rows = values.filter((row) => row.indicatorId === indicator.id);
    const sign = indicator.polarity === "higher_is_better" ? -1 : 1;
    const ranks = percentileRanks(rows.map((row) => sign * row.value));
    percentiles.set(
      indicator.id,
      new Map(
        rows.map((row, index) => [
          row.practiceCode,
          { value: row.value, period: row.period, percentile: ranks[index] as number },
        ]),
      ),
    );
  }

  const needRows: (string | number | null)[][] = [];
  const indicatorRows: (string | number | null)[][] = [];
  for (const theme of THEMES) {
    const themeIndicators = needIndicators(theme, indicators);
    const scores = practices.map((practice) => {
      const code = String(practice.area_code);
      const found = themeIndicators.flatMap((indicator) => {
        const entry = percentiles.get(indicator.id)?.get(code);
        return entry === undefined ? [] : [{ indicator, ...entry }];
      });
      for (const entry of found) {
        indicatorRows.push([
          code,
          theme.id,
          entry.indicator.id,
          entry.period,
          entry.value,
          entry.indicator.polarity,
          entry.percentile,
        ]);
      }
      return found.length === 0
        ? undefined
        : found.reduce((sum, entry) => sum + entry.percentile, 0) / found.length;
    });
    const needPercentiles = percentileRanks(scores);
    practices.forEach((practice, index) => {
      const code = String(practice.area_code);
      const need = needPercentiles[index];
      const supplied = supplyOf.get(`${code}|${theme.id}`);
      const row: Record<string, string | number | null> = {
        practice_code: code,
        pcn_code: practice.pcn_code === null ? null : String(practice.pcn_code),
        theme: theme.id,
        need_score: scores[index] ?? null,
        need_percentile: need ?? null,
        indicators_used: themeIndicators.filter((indicator) => percentiles.get(indicator.id)?.has(code))
          .length,
        supply_per_10k: supplied?.per10k ?? null,
        supply_percentile: supplied?.percentile ?? null,
        assets_contributing: supplied?.assetsContributing ?? null,
        quadrant: quadrant(need, supplied?.percentile ?? undefined),
      };
      needRows.push(NEED_ASSETS_COLUMNS.map((column) => row[column.name] ?? null));
    });
  }
  await appendRows(
    db,
    "need_indicators",
    NEED_INDICATORS_COLUMNS.map((column) => column.type),
    indicatorRows,
  );
  return appendRows(
    db,
    "need_assets",
    NEED_ASSETS_COLUMNS.map((column) => column.type),
    needRows,
  );
}

function quadrant(need: number | undefined, supply: number | undefined): Quadrant | null {
  if (need === undefined || supply === undefined) return null;
  if (need >= 50) return supply < 50 ? "priority" : "high_need_more_assets";
  return supply < 50 ? "lower_need_fewer_assets" : "lower_need_more_assets";
}

/** Each indicator's practice values at its latest period (periods compare as text: 2019 < 2022/23 < 2023/24). */
async function latestPracticeValues(db: DuckDBConnection, ids: readonly string[]) {
  const rows = (
    await db.runAndReadAll(`
      WITH practice_values AS (
        SELECT indicator_id, area_code, period, value FROM indicator_values
        WHERE area_type = 'practice' AND value IS NOT NULL AND indicator_id IN (${ids.map(sqlLiteral).join(", ")})
      )
      SELECT v.* FROM practice_values v
      JOIN (SELECT indicator_id, max(period) AS period FROM practice_values GROUP BY indicator_id) latest
        USING (indicator_id, period)
      ORDER BY v.indicator_id, v.area_code`)
  ).getRowObjectsJS();
  return rows.map((row) => ({
    indicatorId: String(row.indicator_id),
    practiceCode: String(row.area_code),
    period: String(row.period),
    value: Number(row.value),
  }));
}
