import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Fills `practice_lsoa`: where each practice's registered patients live. weight = patients in the LSOA /
 * the practice's whole registered list, so a practice's weights add up to its share of patients with a
 * known LSOA (just under 1 where NHS Digital could not place some postcodes). Only practices in the
 * practice map are the build's practices; out-of-area practices with a few patients in these LSOAs are
 * left out here but still count towards the England value.
 */
export async function fillPracticeLsoa(db: DuckDBConnection): Promise<number> {
  const inserted = await db.run(`
    INSERT INTO practice_lsoa
    SELECT r.practice_code, r.lsoa_code, r.patients, r.patients / nullif(l.list_size, 0)
    FROM registered_patients r
    JOIN practice_list_sizes l USING (practice_code)
    WHERE r.lsoa_code IS NOT NULL AND r.practice_code IN (SELECT practice_code FROM practice_map)`);
  return inserted.rowsChanged;
}
