import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { exactSum } from "../sql/exact-sum.ts";
import { POLARITIES } from "./indicator-definition.ts";

const sqlList = (values: readonly string[]) => `[${values.map(sqlLiteral).join(", ")}]`;

/**
 * Creates `fingertips_ordered`: every value the build will publish for a Fingertips indicator, one row per
 * indicator, area and period, stored in the order the statistics read them (by indicator and area, then
 * period). DuckDB keeps insertion order, so the statistics come back row for row by a POSITIONAL JOIN
 * rather than a join on keys.
 *
 * - Practices, and PCNs, ICBs and England where the export has them: the published row, unchanged.
 * - PCNs and ICBs the export lacks, for proportions only: Σ count / Σ denominator × 100 over the build's
 *   practices that have both in that period (`published` false). A PCN or ICB row Fingertips published
 *   with no value (suppressed) stays empty rather than being re-derived.
 * - England is never summed: a build's practices are rarely all of England.
 *
 * Each row also carries what the statistics need beside it: its comparators' values in the same period
 * (England; the ICB for practices and PCNs; the PCN for practices), the rank of its period among the
 * indicator's periods, the group its practice decile is ranked in, and whether the indicator has any
 * published 95% limits.
 */
export async function assembleFingertipsValues(db: DuckDBConnection): Promise<void> {
  await db.run(`
    CREATE TEMP TABLE fingertips_assembled AS
    WITH sums AS (
      SELECT indicator_id, period, CASE WHEN grouping(pcn_code) = 0 THEN pcn_code ELSE icb_code END AS area_code,
        ${exactSum("count")} AS count, ${exactSum("denominator")} AS denominator
      FROM fingertips_selected
      WHERE area_type = 'practice' AND proportion AND count IS NOT NULL AND denominator IS NOT NULL
      GROUP BY GROUPING SETS ((indicator_id, period, pcn_code), (indicator_id, period, icb_code))
    )
    SELECT indicator_id, proportion, polarity, area_code, area_type, pcn_code, icb_code, period, period_order,
      value, count, denominator, lower95, upper95, lower998, upper998, true AS published
    FROM fingertips_selected
    UNION ALL
    SELECT s.indicator_id, true, m.polarity, s.area_code, a.area_type, a.pcn_code, a.icb_code, s.period, NULL,
      100 * s.count / s.denominator, s.count, s.denominator, NULL, NULL, NULL, NULL, false
    FROM sums s JOIN areas a USING (area_code) JOIN fingertips_indicator_map m USING (indicator_id)
    WHERE a.area_type IN ('pcn', 'icb') AND s.denominator > 0
      AND NOT EXISTS (
        SELECT 1 FROM fingertips_selected f
        WHERE f.indicator_id = s.indicator_id AND f.area_code = s.area_code AND f.period = s.period)`);
  await db.run(`
    CREATE TEMP TABLE fingertips_ordered AS
    WITH periods AS (
      SELECT indicator_id, period,
        CAST(row_number() OVER (ORDER BY indicator_id, min(period_order), period) AS INTEGER) AS period_id,
        CAST(row_number() OVER (PARTITION BY indicator_id ORDER BY min(period_order), period) AS INTEGER) AS period_rank
      FROM fingertips_assembled GROUP BY indicator_id, period
    ),
    indicators AS (
      SELECT indicator_id, bool_or(published AND lower95 IS NOT NULL AND upper95 IS NOT NULL) AS has_limits
      FROM fingertips_assembled GROUP BY indicator_id
    ),
    area_groups AS (
      SELECT indicator_id, area_code, CAST(row_number() OVER (ORDER BY indicator_id, area_code) AS INTEGER) AS area_group
      FROM (SELECT DISTINCT indicator_id, area_code FROM fingertips_assembled)
    ),
    comparators AS (
      SELECT indicator_id, period, area_code, value FROM fingertips_assembled WHERE area_type <> 'practice'
    )
    SELECT a.indicator_id, a.area_code, a.area_type, a.period, a.proportion, a.published, a.value, a.count, a.denominator,
      a.lower95, a.upper95, a.lower998, a.upper998, k.has_limits, g.area_group, p.period_rank,
      CAST(list_position(${sqlList(POLARITIES)}, a.polarity) AS UTINYINT) AS polarity_code,
      CASE WHEN a.area_type = 'practice' THEN p.period_id END AS decile_group,
      CASE WHEN a.area_type <> 'england' THEN e.value END AS england_value,
      CASE WHEN a.area_type IN ('practice', 'pcn') THEN i.value END AS icb_value,
      CASE WHEN a.area_type = 'practice' THEN c.value END AS pcn_value
    FROM fingertips_assembled a
    JOIN periods p USING (indicator_id, period)
    JOIN indicators k USING (indicator_id)
    JOIN area_groups g USING (indicator_id, area_code)
    LEFT JOIN comparators e ON e.indicator_id = a.indicator_id AND e.period = a.period AND e.area_code = '${ENGLAND_CODE}'
    LEFT JOIN comparators i ON i.indicator_id = a.indicator_id AND i.period = a.period AND i.area_code = a.icb_code
    LEFT JOIN comparators c ON c.indicator_id = a.indicator_id AND c.period = a.period AND c.area_code = a.pcn_code
    ORDER BY g.area_group, p.period_rank`);
}
