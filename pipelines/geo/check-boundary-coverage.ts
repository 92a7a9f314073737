import type { DuckDBConnection } from "@duckdb/node-api";
import { BUILD_LSOAS } from "../attribution/lsoa-patients.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { locateCsvLine } from "../importers/locate-csv-line.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { BoundarySet } from "./boundary-set.ts";

/**
 * Above this share of the build's registered patients living in LSOAs the boundaries lack, the boundaries
 * are taken to be the wrong file (another area, or the other LSOA vintage) and the build stops. Below it,
 * the LSOAs missing are listed as a warning: a practice near the edge of an area always has a few patients
 * across the border (the real Pennine Lancashire file has 0.5% of patients in 336 LSOAs outside its
 * boundaries), and those cannot be mapped but do not make the map wrong.
 */
export const MAX_UNMAPPED_SHARE = 0.05;

/**
 * Every LSOA where the build's practices have registered patients should have a boundary (in
 * `lsoa_boundaries_staged`, which `boundaries` was read from). Returns the warnings to report; throws when
 * too many patients live outside the boundaries.
 */
export async function checkBoundaryCoverage(
  db: DuckDBConnection,
  boundaries: Pick<BoundarySet, "vintage">,
  inputs: ReadonlyMap<number, RecognisedInput>,
  boundaryFile: string,
): Promise<string[]> {
  const summary = (
    await db.runAndReadAll(`
      -- Materialised: read three times below, and each read would otherwise redo the anti-join.
      WITH missing AS MATERIALIZED (
        SELECT lsoa_code, patients FROM practice_lsoa p ANTI JOIN lsoa_boundaries_staged b USING (lsoa_code)
        WHERE p.lsoa_code IS NOT NULL
      )
      SELECT (SELECT count(DISTINCT lsoa_code) FROM missing) AS lsoas,
        (SELECT coalesce(sum(patients), 0) FROM missing) AS unmapped,
        (SELECT coalesce(sum(patients), 0) FROM practice_lsoa) AS patients,
        (SELECT list(DISTINCT lsoa_code ORDER BY lsoa_code) FROM missing) AS codes`)
  ).getRowObjectsJS()[0];
  const lsoas = Number(summary?.lsoas ?? 0);
  if (lsoas === 0) return [];
  const unmapped = Number(summary?.unmapped ?? 0);
  const patients = Number(summary?.patients ?? 0);
  const share = patients === 0 ? 0 : unmapped / patients;
  const codes = (Array.isArray(summary?.codes) ? summary.codes : []).map(String);
  const examples = `${codes.slice(0, 5).join(", ")}${codes.length > 5 ? ", …" : ""}`;
  const percent = `${(100 * share).toFixed(1)}%`;
  if (share <= MAX_UNMAPPED_SHARE) {
    return [
      `${lsoas.toLocaleString("en-GB")} LSOAs where the practices have patients, holding ${percent} of those patients, are not in the boundaries (${examples}); they are left off the map`,
    ];
  }
  const first = (
    await db.runAndReadAll(`
      SELECT source_file, source_row, lsoa_code FROM registrations
      WHERE lsoa_code IN ${BUILD_LSOAS}
        AND lsoa_code NOT IN (SELECT lsoa_code FROM lsoa_boundaries_staged)
      ORDER BY source_file, source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  const input = inputs.get(Number(first?.source_file));
  const vintage = boundaries.vintage === null ? "" : ` (the boundaries are ${boundaries.vintage} LSOAs)`;
  throw new PipelineInputError({
    file: input?.path ?? boundaryFile,
    line:
      input === undefined
        ? undefined
        : await locateCsvLine(input.path, { dataRow: Number(first?.source_row) }),
    column:
      input === undefined ? undefined : (input.header[input.columns.get("lsoa_code") ?? -1] ?? "LSOA_CODE"),
    expected: `LSOAs that the boundary file ${boundaryFile} holds${vintage}`,
    found: `${String(first?.lsoa_code ?? codes[0])}, not in it: ${lsoas.toLocaleString("en-GB")} LSOAs holding ${percent} of the practices' patients are missing from the boundaries (more than ${100 * MAX_UNMAPPED_SHARE}% means the wrong boundary file)`,
    fix: "give the boundaries of the area where the practices' patients live, of the same LSOA vintage (2011 or 2021) as the registrations; ONS Open Geography has both",
  });
}
