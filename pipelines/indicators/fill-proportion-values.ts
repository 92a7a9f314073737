import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { exactSum } from "../sql/exact-sum.ts";
import { type IndicatorDefinition, POLARITIES } from "./indicator-definition.ts";
import { insertValuesWithStatistics } from "./insert-values-with-statistics.ts";

/**
 * Fills `indicator_values` for proportions the build computes itself from practice counts (aged 65+,
 * Census shares, Core20), given as `proportion_counts` (indicator_id, period, practice_code, count,
 * denominator), practices outside the practice map included. Returns the number of values.
 *
 * PCN and ICB values are Σ count / Σ denominator over their practices; England over every practice in the
 * input (all of England when the inputs are national, as the build warns otherwise). Limits, comparisons
 * and practice deciles come from the stats core through the same column-wise path as Fingertips values
 * (insert-values-with-statistics.ts): Wilson score limits × 100, Fingertips' overlapping-interval comparison at 95%
 * with each indicator's polarity, and phe_quantile deciles among the build's practices (none with fewer
 * than 10). One period each, so no trend.
 */
export async function fillProportionValues(
  db: DuckDBConnection,
  definitions: readonly IndicatorDefinition[],
): Promise<number> {
  const polarity = definitions.map(
    (definition) =>
      `(${sqlLiteral(definition.indicator_id)}, CAST(${POLARITIES.indexOf(definition.polarity) + 1} AS UTINYINT))`,
  );
  if (polarity.length === 0) return 0;
  // Each row is an area group of its own (one period, so no trend); practices of one indicator and period
  // are ranked into deciles together. Rows are stored in area_group order, the order the statistics read.
  await db.run(`
    CREATE TEMP TABLE proportion_ordered AS
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
    SELECT v.indicator_id, v.area_code, v.area_type, v.period, v.count, v.denominator, v.value,
      CAST(dense_rank() OVER (ORDER BY v.indicator_id, v.period, v.area_type, v.area_code) AS INTEGER) AS area_group,
      1 AS period_rank, true AS proportion, false AS has_limits, pol.polarity_code,
      CASE WHEN v.area_type = 'practice'
        THEN CAST(dense_rank() OVER (ORDER BY v.indicator_id, v.period) AS INTEGER) END AS decile_group,
      CAST(NULL AS DOUBLE) AS lower95, CAST(NULL AS DOUBLE) AS upper95,
      CAST(NULL AS DOUBLE) AS lower998, CAST(NULL AS DOUBLE) AS upper998,
      CASE WHEN v.area_type <> 'england' THEN e.value END AS england_value,
      CASE WHEN v.area_type IN ('practice', 'pcn') THEN i.value END AS icb_value,
      CASE WHEN v.area_type = 'practice' THEN p.value END AS pcn_value
    FROM valued v
    JOIN (VALUES ${polarity.join(", ")}) AS pol(indicator_id, polarity_code) USING (indicator_id)
    LEFT JOIN areas a ON a.area_code = v.area_code AND a.area_type = v.area_type
    LEFT JOIN valued e ON e.indicator_id = v.indicator_id AND e.period = v.period AND e.area_type = 'england'
    LEFT JOIN valued i ON i.indicator_id = v.indicator_id AND i.period = v.period AND i.area_type = 'icb' AND i.area_code = a.icb_code
    LEFT JOIN valued p ON p.indicator_id = v.indicator_id AND p.period = v.period AND p.area_type = 'pcn' AND p.area_code = a.pcn_code
    ORDER BY area_group`);
  const values = await insertValuesWithStatistics(db, "proportion_ordered", { trends: false });
  await db.run("DROP TABLE proportion_ordered");
  return values;
}
