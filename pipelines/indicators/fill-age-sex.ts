import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";

/**
 * ESP2013's 19 bands (0–4, 5–9, … 85–89, 90+, as stats/esp2013.ts), so the table feeds age-standardisation
 * and population pyramids directly: practices' ages come summed into bands by number (registered-ages.ts)
 * and only the summed rows get their labels.
 */
const ESP_BAND_LABEL = `CASE WHEN band = 18 THEN '90+'
  ELSE CAST(band * 5 AS VARCHAR) || '-' || CAST(band * 5 + 4 AS VARCHAR) END`;

/**
 * Fills `age_sex` (area_code, area_type, sex, age_band, patients) from `practice_age_bands`: the build's
 * practices, their PCNs and ICBs, and England, which is every practice in the single-age file (all of
 * England for NHS Digital's national file, otherwise the practices given).
 */
export async function fillAgeSex(db: DuckDBConnection): Promise<number> {
  const inserted = await db.run(`
    INSERT INTO age_sex
    WITH banded AS (
      SELECT b.*, m.pcn_code, m.icb_code, m.practice_code IS NOT NULL AS in_build
      FROM practice_age_bands b LEFT JOIN practice_map m USING (practice_code)
    )
    SELECT coalesce(practice_code, pcn_code, icb_code, '${ENGLAND_CODE}'),
      CASE WHEN grouping(practice_code) = 0 THEN 'practice' WHEN grouping(pcn_code) = 0 THEN 'pcn'
        WHEN grouping(icb_code) = 0 THEN 'icb' ELSE 'england' END,
      sex, ${ESP_BAND_LABEL}, CAST(sum(patients) AS INTEGER)
    FROM banded
    GROUP BY GROUPING SETS ((sex, band, practice_code), (sex, band, pcn_code), (sex, band, icb_code), (sex, band))
    HAVING CASE
      WHEN grouping(practice_code) = 0 THEN bool_and(in_build)
      WHEN grouping(pcn_code) = 0 THEN pcn_code IS NOT NULL AND bool_and(in_build)
      WHEN grouping(icb_code) = 0 THEN icb_code IS NOT NULL AND bool_and(in_build)
      ELSE true END`);
  return inserted.rowsChanged;
}
