import type { DuckDBConnection } from "@duckdb/node-api";
import { ENGLAND_CODE } from "../attribution/population-weighted-scores.ts";

/**
 * Fills `areas`: the practices of the practice map, their PCNs and ICBs, and England, each with its parent
 * and its registered list size (from the same registrations extract as the weights). Names come from the
 * practice map, falling back to the registrations file's PRACTICE_NAME, then the code.
 *
 * A map drawn for the same area as the registrations (a PCN's own practice list) is kept whole: a member
 * practice missing from the extract gets list size 0 and no values. A map far wider than the extract (the
 * national ePCN workbook beside a region's registrations, where most practices have none) keeps only the
 * registered practices, or the build would list every practice in England.
 */
/**
 * SQL: true when most of the practice map's practices have no registered patients in the extract. Half is
 * far from both real cases: a local list misses a closed practice or two, a national one beside a
 * region's extract misses over 90%.
 */
export const MAP_WIDER_THAN_REGISTRATIONS = `(
  SELECT count(*) FILTER (WHERE practice_code NOT IN (SELECT practice_code FROM practice_list_sizes)) > 0.5 * count(*)
  FROM practice_map)`;

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
      WHERE l.practice_code IS NOT NULL OR NOT (${MAP_WIDER_THAN_REGISTRATIONS})
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
