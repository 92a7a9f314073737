import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { exactDecimalSum } from "../sql/exact-sum.ts";

export const ENGLAND_CODE = "E92000001";

/**
 * Fills `area_scores` (area_type, area_code, measure_id, value, patients) with OHID's population-weighted
 * deprivation score for every practice, PCN, ICB and England:
 *
 *   score = Σ (patients registered in LSOA × LSOA score) / Σ (patients registered in LSOAs with a score)
 *
 * the method behind Fingertips indicator 93553 ("Deprivation score (IMD 2019)") for GP practices. Patients
 * with no LSOA, or in an LSOA without a score (e.g. Welsh LSOAs, or 2021 codes against IoD 2019's 2011
 * codes), are left out of both sums; `patients` is the population actually used, for coverage.
 *
 * PCN and ICB values are the same formula over all their practices' patients, i.e. the mean of practice
 * scores weighted by patients. England uses every practice in the registrations file (the national file
 * covers England; a regional extract gives that region's figure). Both sums are additive, so they are
 * taken once per practice from the million practice-LSOA rows and then rolled up over the few thousand
 * practices with GROUPING SETS.
 */
export async function createPopulationWeightedScores(
  db: DuckDBConnection,
  measures: readonly string[],
): Promise<void> {
  // The measures side by side, one row per LSOA (each LSOA has one score per measure, checked on
  // import), so the million practice-LSOA rows are joined once rather than once per measure. Every term
  // and sum is the one a join measure by measure makes; a practice with no LSOA scored on a measure gets
  // no row for it, as there.
  const list = (items: readonly string[]) => `[${items.join(", ")}]`;
  await db.run(`
    CREATE TEMP TABLE practice_score_sums AS
    WITH scores AS (
      SELECT lsoa_code, ${measures
        .map(
          (measure, index) =>
            `any_value(value) FILTER (WHERE measure_id = ${sqlLiteral(measure)}) AS score_${index}, ` +
            `bool_or(measure_id = ${sqlLiteral(measure)}) AS scored_${index}`,
        )
        .join(", ")}
      FROM lsoa_scores WHERE measure_id IN (${measures.map(sqlLiteral).join(", ")}) GROUP BY lsoa_code
    ),
    sums AS (
      SELECT r.practice_code, ${measures
        .map(
          (_, index) =>
            `${exactDecimalSum(`r.patients * s.score_${index}`)} AS weighted_${index}, ` +
            `sum(r.patients) FILTER (WHERE s.scored_${index}) AS patients_${index}`,
        )
        .join(", ")}
      FROM registered_patients r JOIN scores s USING (lsoa_code)
      GROUP BY r.practice_code
    )
    SELECT * FROM (
      SELECT practice_code, unnest(${list(measures.map(sqlLiteral))}) AS measure_id,
        unnest(${list(measures.map((_, index) => `weighted_${index}`))}) AS weighted,
        unnest(${list(measures.map((_, index) => `patients_${index}`))}) AS patients
      FROM sums
    )
    WHERE patients IS NOT NULL`);
  await db.run(`
    CREATE TABLE area_scores AS
    WITH sums AS (
      SELECT p.*, m.pcn_code, m.icb_code, m.practice_code IS NOT NULL AS in_build
      FROM practice_score_sums p LEFT JOIN practice_map m USING (practice_code)
    )
    SELECT
      CASE WHEN grouping(practice_code) = 0 THEN 'practice' WHEN grouping(pcn_code) = 0 THEN 'pcn'
        WHEN grouping(icb_code) = 0 THEN 'icb' ELSE 'england' END AS area_type,
      coalesce(practice_code, pcn_code, icb_code, '${ENGLAND_CODE}') AS area_code,
      measure_id,
      CAST(sum(weighted) / sum(patients) AS DOUBLE) AS value,
      CAST(sum(patients) AS INTEGER) AS patients
    FROM sums
    GROUP BY GROUPING SETS ((measure_id, practice_code), (measure_id, pcn_code), (measure_id, icb_code), (measure_id))
    HAVING CASE
      WHEN grouping(practice_code) = 0 THEN bool_and(in_build)
      WHEN grouping(pcn_code) = 0 THEN pcn_code IS NOT NULL AND bool_and(in_build)
      WHEN grouping(icb_code) = 0 THEN icb_code IS NOT NULL AND bool_and(in_build)
      ELSE true END
      AND sum(patients) > 0`);
  await db.run("DROP TABLE practice_score_sums");
}
