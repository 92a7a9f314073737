import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";

/**
 * Fills `areas`: every practice in the practice map, its PCNs and ICBs, and England, each with its parent
 * and its registered list size (from the same registrations extract as the weights). A practice missing
 * from the registrations gets list size 0 and no values. Names come from the practice map, falling back
 * to the registrations file's PRACTICE_NAME, then the code.
 */
export async function fillAreas(db: DuckDBConnection): Promise<void> {
  await db.run(`
    INSERT INTO areas
    WITH registered_names AS (
      SELECT practice_code, min(practice_name) AS practice_name FROM registrations
      WHERE period IS NOT DISTINCT FROM (SELECT max(period) FROM registrations) GROUP BY practice_code
    ),
    practices AS (
      SELECT m.practice_code, coalesce(m.practice_name, n.practice_name, m.practice_code) AS practice_name,
        m.pcn_code, m.pcn_name, m.icb_code, m.icb_name, coalesce(l.list_size, 0) AS list_size
      FROM practice_map m LEFT JOIN practice_list_sizes l USING (practice_code)
      LEFT JOIN registered_names n USING (practice_code)
    )
    SELECT '${ENGLAND_CODE}', 'England', 'england', NULL, NULL, NULL, (SELECT sum(list_size) FROM practice_list_sizes)
    UNION ALL
    SELECT icb_code, min(icb_name), 'icb', '${ENGLAND_CODE}', NULL, icb_code, sum(list_size)
    FROM practices WHERE icb_code IS NOT NULL GROUP BY icb_code
    UNION ALL
    SELECT pcn_code, min(pcn_name), 'pcn', coalesce(min(icb_code), '${ENGLAND_CODE}'), pcn_code, min(icb_code), sum(list_size)
    FROM practices GROUP BY pcn_code
    UNION ALL
    SELECT practice_code, practice_name, 'practice', pcn_code, pcn_code, icb_code, list_size FROM practices`);
}
