import type { DuckDBConnection } from "@duckdb/node-api";
import { IOD_PERIOD } from "../importers/iod-2019-lsoa-scores.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { INDICATOR_OF_MEASURE } from "./deprivation-indicators.ts";

/**
 * Fills `indicator_values` from `area_scores`: one row per score, area and period, plus `imd_decile` per
 * practice. The period is the IoD edition ("2019"), as Fingertips labels indicator 93553, whichever
 * registrations extract supplied the weights (that extract is named in the indicator's source).
 *
 * Deciles rank practices within this build, highest score (most deprived) first, tied scores sharing a
 * rank: decile = floor(10 × (rank − 1) / n) + 1. Counts, confidence limits, comparisons and trend stay NULL:
 * a weighted mean of modelled area scores has no sampling error to test against.
 */
export async function fillDeprivationValues(db: DuckDBConnection): Promise<number> {
  const period = sqlLiteral(IOD_PERIOD);
  const inserted = await db.run(`
    INSERT INTO indicator_values
    WITH ranked AS (
      SELECT *,
        CASE WHEN area_type = 'practice' THEN CAST(floor(10 * (
          rank() OVER (PARTITION BY measure_id, area_type ORDER BY value DESC) - 1
        ) / count(*) OVER (PARTITION BY measure_id, area_type)) + 1 AS INTEGER) END AS decile
      FROM area_scores
    )
    SELECT CASE measure_id ${Object.entries(INDICATOR_OF_MEASURE)
      .map(([measure, indicator]) => `WHEN ${sqlLiteral(measure)} THEN ${sqlLiteral(indicator)}`)
      .join(" ")} ELSE measure_id END, area_code, area_type, ${period}, NULL, patients, value,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, decile
    FROM ranked
    UNION ALL
    SELECT 'imd_decile', area_code, area_type, ${period}, NULL, NULL, decile,
      NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, decile
    FROM ranked WHERE measure_id = 'imd_score' AND area_type = 'practice'`);
  return inserted.rowsChanged;
}
