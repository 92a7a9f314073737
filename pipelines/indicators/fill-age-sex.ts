import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";

/**
 * ESP2013's 19 bands (0–4, 5–9, … 85–89, 90+, as stats/esp2013.ts), so the table feeds age-standardisation
 * and population pyramids directly. NHS Digital's open top band (95+) falls in 90+.
 */
const ESP_BAND = `CASE WHEN age_from >= 90 THEN '90+'
  ELSE CAST(age_from // 5 * 5 AS VARCHAR) || '-' || CAST(age_from // 5 * 5 + 4 AS VARCHAR) END`;

/**
 * Fills `age_sex` (area_code, area_type, sex, age_band, patients) from `practice_ages`: the build's
 * practices, their PCNs and ICBs, and England, which is every practice in the single-age file (all of
 * England for NHS Digital's national file, otherwise the practices given).
 */
export async function fillAgeSex(db: DuckDBConnection): Promise<number> {
  const inserted = await db.run(`
    INSERT INTO age_sex
    WITH practice_bands AS (
      SELECT practice_code, sex, ${ESP_BAND} AS age_band, sum(patients) AS patients FROM practice_ages GROUP BY ALL
    ),
    banded AS (
      SELECT b.*, m.pcn_code, m.icb_code, m.practice_code IS NOT NULL AS in_build
      FROM practice_bands b LEFT JOIN practice_map m USING (practice_code)
    )
    SELECT coalesce(practice_code, pcn_code, icb_code, '${ENGLAND_CODE}'),
      CASE WHEN grouping(practice_code) = 0 THEN 'practice' WHEN grouping(pcn_code) = 0 THEN 'pcn'
        WHEN grouping(icb_code) = 0 THEN 'icb' ELSE 'england' END,
      sex, age_band, CAST(sum(patients) AS INTEGER)
    FROM banded
    GROUP BY GROUPING SETS ((sex, age_band, practice_code), (sex, age_band, pcn_code), (sex, age_band, icb_code),
      (sex, age_band))
    HAVING CASE
      WHEN grouping(practice_code) = 0 THEN bool_and(in_build)
      WHEN grouping(pcn_code) = 0 THEN pcn_code IS NOT NULL AND bool_and(in_build)
      WHEN grouping(icb_code) = 0 THEN icb_code IS NOT NULL AND bool_and(in_build)
      ELSE true END`);
  return inserted.rowsChanged;
}
