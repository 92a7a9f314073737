import type { DuckDBConnection } from "@duckdb/node-api";
import { BUILD_LSOAS } from "../attribution/lsoa-patients.ts";

/**
 * Fills `lsoa_values` with the LSOA scores the build used: every measure read, for every LSOA where a
 * practice in the build has registered patients. Kept so any practice figure can be re-derived from
 * `practice_lsoa` and this table alone. A build with no practice catchments (an area-only folder, such as
 * the real Trafford one) keeps every LSOA read: the LSOA values are then all it has to show.
 */
export async function fillLsoaValues(db: DuckDBConnection): Promise<void> {
  // Two statements, not one WHERE with an OR: the OR kept DuckDB from turning the IN into a join.
  await db.run(`
    INSERT INTO lsoa_values
    SELECT lsoa_code, measure_id, value FROM lsoa_scores WHERE lsoa_code IN ${BUILD_LSOAS};
    INSERT INTO lsoa_values
    SELECT lsoa_code, measure_id, value FROM lsoa_scores WHERE NOT EXISTS (SELECT 1 FROM practice_lsoa)`);
}
