import type { DuckDBConnection } from "@duckdb/node-api";
import type { RecognisedFile } from "../discovery/discover-inputs.ts";
import { locateCsvLine } from "../importers/locate-csv-line.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";

/** A commissioner this much covered by the practice map is taken to be meant whole. */
const MOSTLY_MAPPED = 0.75;

/**
 * A practice missing from the practice map. Registrations name practices outside the build's PCNs as a
 * matter of course (national files, patients registered across a border), so absence alone is no error.
 * But NHS Digital's single-age file gives each practice's commissioner (CCG_CODE, later
 * SUB_ICB_LOCATION_CODE): when three quarters or more of a commissioner's practices are in the map, the map
 * was meant to cover that commissioner, and one of its practices that is not in it was left out by mistake
 * (its patients would silently drop out of every PCN and ICB figure). A map of a few PCNs of a larger
 * sub-ICB location stays below the threshold and is not questioned.
 */
export async function checkPracticeMapCoverage(
  db: DuckDBConnection,
  recognised: readonly RecognisedFile[],
): Promise<void> {
  const missing = (
    await db.runAndReadAll(`
      WITH practices AS (
        SELECT practice_code, any_value(commissioner_code) AS commissioner_code,
          arg_min(source_file, (source_file, source_row)) AS source_file,
          arg_min(source_row, (source_file, source_row)) AS source_row
        FROM registrations_by_age WHERE commissioner_code IS NOT NULL GROUP BY practice_code
      ),
      marked AS (
        SELECT p.*, m.practice_code IS NOT NULL AS mapped FROM practices p
        LEFT JOIN (SELECT DISTINCT practice_code FROM practice_map) m USING (practice_code)
      ),
      commissioners AS (
        SELECT commissioner_code, count(*) FILTER (WHERE mapped) AS mapped, count(*) AS practices
        FROM marked GROUP BY commissioner_code
      )
      SELECT m.practice_code, m.commissioner_code, m.source_file, m.source_row, c.mapped, c.practices,
        (SELECT min(source_file) FROM practice_map) AS map_file
      FROM marked m JOIN commissioners c USING (commissioner_code)
      WHERE NOT m.mapped AND c.mapped >= ${MOSTLY_MAPPED} * c.practices
      ORDER BY m.source_file, m.source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (missing === undefined) return;
  const pathOf = (fileId: unknown) =>
    recognised.find((file) => file.input.fileId === Number(fileId))?.input.path ?? String(fileId);
  const file = pathOf(missing.source_file);
  const map = pathOf(missing.map_file);
  const practice = String(missing.practice_code);
  throw new PipelineInputError({
    file,
    line: await locateCsvLine(file, { dataRow: Number(missing.source_row) }),
    column: "ORG_CODE",
    expected: `practice ${practice} in the practice map ${map}, which has ${Number(missing.mapped)} of the ${Number(missing.practices)} practices of its commissioner ${String(missing.commissioner_code)}`,
    found: `no row for ${practice} in ${map}`,
    fix: `add ${practice} with its PCN to ${map} (a practice in no PCN can be given a PCN of its own name)`,
  });
}
