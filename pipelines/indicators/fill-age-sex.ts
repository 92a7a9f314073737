import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";

/**
 * ESP2013's 19 bands (0–4, 5–9, … 85–89, 90+, as stats/esp2013.ts), so the table feeds age-standardisation
 * and population pyramids directly. NHS Digital's open top band (95+) falls in 90+. Practices' ages are
 * summed into bands by number (0 to 18) and only the summed rows get their labels: building a label for
 * each of the 1.8 million single ages of an England build cost more than the sums.
 */
const ESP_BAND_NUMBER = "least(age_from // 5, 18)";
const ESP_BAND_LABEL = `CASE WHEN band = 18 THEN '90+'
  ELSE CAST(band * 5 AS VARCHAR) || '-' || CAST(band * 5 + 4 AS VARCHAR) END`;

/**
 * Fills `age_sex` (area_code, area_type, sex, age_band, patients) from `practice_ages`: the build's
 * practices, their PCNs and ICBs, and England, which is every practice in the single-age file (all of
 * England for NHS Digital's national file, otherwise the practices given).
 */
export async function fillAgeSex(db: DuckDBConnection): Promise<number> {
  const inserted = await db.run(`
    INSERT INTO age_sex
    WITH practice_bands AS (
      SELECT practice_code, sex, ${ESP_BAND_NUMBER} AS band, sum(patients) AS patients FROM practice_ages GROUP BY ALL
    ),
    banded AS (
      SELECT b.*, m.pcn_code, m.icb_code, m.practice_code IS NOT NULL AS in_build
      FROM practice_bands b LEFT JOIN practice_map m USING (practice_code)
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
