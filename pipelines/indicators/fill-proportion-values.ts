import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";
import { appendRows } from "../importers/append-rows.ts";
import { exactSum } from "../sql/exact-sum.ts";
import { COMPARISON_TEXT, fingertipsStatistics } from "./fingertips-statistics.ts";
import type { IndicatorDefinition } from "./indicator-definition.ts";

/**
 * Fills `indicator_values` for proportions the build computes itself from practice counts (aged 65+,
 * Census shares, Core20), given as `proportion_counts` (indicator_id, period, practice_code, count,
 * denominator), practices outside the practice map included.
 *
 * PCN and ICB values are Σ count / Σ denominator over their practices; England over every practice in the
 * input (all of England when the inputs are national, as the build warns otherwise). Limits, comparisons
 * and practice deciles come from the stats core through the same column-wise path as Fingertips values
 * (fingertips-statistics.ts): Wilson score limits × 100, Fingertips' overlapping-interval comparison at 95%
 * with each indicator's polarity, and phe_quantile deciles among the build's practices (none with fewer
 * than 10). One period each, so no trend.
 */
export async function fillProportionValues(
  db: DuckDBConnection,
  definitions: readonly IndicatorDefinition[],
): Promise<number> {
  const polarity = definitions.map(
    (definition) =>
      `(${[definition.indicator_id, definition.polarity].map((text) => `'${text}'`).join(", ")})`,
  );
  if (polarity.length === 0) return 0;
  const rows = (
    await db.runAndReadAll(`
      WITH sums AS (
        SELECT p.*, m.pcn_code, m.icb_code, m.practice_code IS NOT NULL AS in_build
        FROM proportion_counts p LEFT JOIN practice_map m USING (practice_code)
      ),
      rolled AS (
        SELECT indicator_id, period,
          CASE WHEN grouping(practice_code) = 0 THEN 'practice' WHEN grouping(pcn_code) = 0 THEN 'pcn'
            WHEN grouping(icb_code) = 0 THEN 'icb' ELSE 'england' END AS area_type,
          coalesce(practice_code, pcn_code, icb_code, '${ENGLAND_CODE}') AS area_code,
          ${exactSum("count")} AS count, ${exactSum("denominator")} AS denominator
        FROM sums
        GROUP BY GROUPING SETS ((indicator_id, period, practice_code), (indicator_id, period, pcn_code),
          (indicator_id, period, icb_code), (indicator_id, period))
        HAVING CASE
          WHEN grouping(practice_code) = 0 THEN bool_and(in_build)
          WHEN grouping(pcn_code) = 0 THEN pcn_code IS NOT NULL AND bool_and(in_build)
          WHEN grouping(icb_code) = 0 THEN icb_code IS NOT NULL AND bool_and(in_build)
          ELSE true END
          AND sum(denominator) > 0
      ),
      valued AS (SELECT *, 100 * count / denominator AS value FROM rolled)
      SELECT v.*, a.pcn_code, a.icb_code, pol.polarity,
        dense_rank() OVER (ORDER BY v.indicator_id, v.period, v.area_type, v.area_code) AS area_group,
        CASE WHEN v.area_type = 'practice' THEN dense_rank() OVER (ORDER BY v.indicator_id, v.period) END AS decile_group,
        CASE WHEN v.area_type <> 'england' THEN e.value END AS england_value,
        CASE WHEN v.area_type IN ('practice', 'pcn') THEN i.value END AS icb_value,
        CASE WHEN v.area_type = 'practice' THEN p.value END AS pcn_value
      FROM valued v
      JOIN (VALUES ${polarity.join(", ")}) AS pol(indicator_id, polarity) USING (indicator_id)
      LEFT JOIN areas a ON a.area_code = v.area_code AND a.area_type = v.area_type
      LEFT JOIN valued e ON e.indicator_id = v.indicator_id AND e.period = v.period AND e.area_type = 'england'
      LEFT JOIN valued i ON i.indicator_id = v.indicator_id AND i.period = v.period AND i.area_type = 'icb' AND i.area_code = a.icb_code
      LEFT JOIN valued p ON p.indicator_id = v.indicator_id AND p.period = v.period AND p.area_type = 'pcn' AND p.area_code = a.pcn_code
      ORDER BY area_group`)
  ).getColumnsObjectJS();
  const numbers = (name: string) =>
    (rows[name] ?? []).map((value) => (value === null ? null : Number(value)));
  const count = numbers("count");
  const denominator = numbers("denominator");
  const value = numbers("value");
  const length = count.length;
  const nulls = Array.from({ length }, () => null);
  const statistics = fingertipsStatistics({
    group: numbers("area_group") as number[],
    periodRank: Array.from({ length }, () => 1),
    proportion: Array.from({ length }, () => true),
    hasLimits: Array.from({ length }, () => false),
    polarity: (rows.polarity ?? []) as IndicatorDefinition["polarity"][],
    decileGroup: numbers("decile_group"),
    value,
    count,
    denominator,
    lower95: nulls,
    upper95: nulls,
    lower998: nulls,
    upper998: nulls,
    englandValue: numbers("england_value"),
    icbValue: numbers("icb_value"),
    pcnValue: numbers("pcn_value"),
  });
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  const limit = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? null : value);
  const comparison = (codes: Uint8Array, row: number) => COMPARISON_TEXT[codes[row] ?? 0] ?? null;
  return appendRows(
    db,
    "indicator_values",
    [
      "VARCHAR",
      "VARCHAR",
      "VARCHAR",
      "VARCHAR",
      "DOUBLE",
      "DOUBLE",
      "DOUBLE",
      "DOUBLE",
      "DOUBLE",
      "DOUBLE",
      "DOUBLE",
      "VARCHAR",
      "VARCHAR",
      "VARCHAR",
      "VARCHAR",
      "INTEGER",
    ],
    Array.from({ length }, (_, row) => [
      text(rows.indicator_id?.[row]),
      text(rows.area_code?.[row]),
      text(rows.area_type?.[row]),
      text(rows.period?.[row]),
      count[row] ?? null,
      denominator[row] ?? null,
      value[row] ?? null,
      limit(statistics.lower95[row]),
      limit(statistics.upper95[row]),
      limit(statistics.lower998[row]),
      limit(statistics.upper998[row]),
      comparison(statistics.comparedToEngland, row),
      comparison(statistics.comparedToIcb, row),
      comparison(statistics.comparedToPcn, row),
      // A single period has no trend to report.
      null,
      statistics.decile[row] === 0 ? null : (statistics.decile[row] ?? null),
    ]),
  );
}
