import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * `lsoa_patients` (lsoa_code, registered, in_build): for each LSOA with registered patients, how many are
 * registered there with any practice (the denominator that shares an LSOA's assets or Census counts among
 * practices), and whether any of the build's practices (the practice map's) has patients there, i.e.
 * whether the LSOA is in `practice_lsoa`. Made once after the attribution: the stages after it ask these
 * questions a dozen times, and each answer was otherwise a pass over the million practice-LSOA rows.
 */
export async function createLsoaPatients(db: DuckDBConnection): Promise<void> {
  await db.run(`
    CREATE TABLE lsoa_patients AS
    SELECT lsoa_code, sum(patients) AS registered,
      bool_or(practice_code IN (SELECT practice_code FROM practice_map)) AS in_build
    FROM registered_patients WHERE lsoa_code IS NOT NULL GROUP BY lsoa_code`);
}

/** SQL for the codes of the LSOAs where the build's practices have patients (those in `practice_lsoa`). */
export const BUILD_LSOAS = "(SELECT lsoa_code FROM lsoa_patients WHERE in_build)";
