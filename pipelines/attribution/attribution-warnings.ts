import type { DuckDBConnection } from "@duckdb/node-api";
import { MAP_WIDER_THAN_REGISTRATIONS } from "../indicators/fill-areas.ts";
import { NATIONAL_LSOAS } from "./national-coverage.ts";
import type { RegisteredPatients } from "./registered-patients.ts";

/** Below this share of patients in scored LSOAs a practice score is flagged. */
const LOW_COVERAGE = 0.9;

const examples = (codes: readonly unknown[]) =>
  `${codes.slice(0, 5).map(String).join(", ")}${codes.length > 5 ? ", …" : ""}`;

/**
 * Things a build did not fail on but an analyst should know: which extract was used, practices the two
 * inputs disagree on, and practices whose score rests on too few of their patients.
 */
export async function attributionWarnings(
  db: DuckDBConnection,
  registered: RegisteredPatients,
  /** A Fingertips 93553 export gave England's IMD score, so imd_score for England is not regional. */
  { englandImdPublished = false }: { englandImdPublished?: boolean } = {},
): Promise<string[]> {
  const warnings: string[] = [];
  if (registered.periods.length > 1) {
    warnings.push(
      `registrations hold ${registered.periods.length} extracts (${registered.periods.join(", ")}); the latest, ${registered.period}, is used`,
    );
  }
  const row = (
    await db.runAndReadAll(`
      SELECT
        (SELECT list(practice_code ORDER BY practice_code) FROM practice_map
          WHERE practice_code NOT IN (SELECT practice_code FROM practice_list_sizes)) AS unregistered,
        ${MAP_WIDER_THAN_REGISTRATIONS} AS map_wider,
        (SELECT count(*) FROM practice_list_sizes
          WHERE practice_code NOT IN (SELECT practice_code FROM practice_map)) AS outside,
        (SELECT list(area_code || ' ' || round(100 * s.patients / a.list_size) || '%' ORDER BY s.patients / a.list_size)
          FROM area_scores s JOIN areas a USING (area_code)
          WHERE s.area_type = 'practice' AND s.measure_id = 'imd_score' AND s.patients < ${LOW_COVERAGE} * a.list_size) AS low,
        (SELECT list(practice_code ORDER BY practice_code) FROM practice_map
          WHERE practice_code IN (SELECT practice_code FROM practice_list_sizes)
            AND practice_code NOT IN (SELECT area_code FROM area_scores WHERE measure_id = 'imd_score')) AS unscored,
        (SELECT count(*) FROM lsoa_patients) AS lsoas`)
  ).getRowObjectsJS()[0];
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const unregistered = list(row?.unregistered);
  if (unregistered.length > 0) {
    warnings.push(
      row?.map_wider === true
        ? `${unregistered.length.toLocaleString("en-GB")} of the practice map's practices have no registered patients in the registrations (${examples(unregistered)}), most of the map: it covers more than the extract (a national ePCN workbook with a region's registrations?), so only the registered practices are kept`
        : `${unregistered.length} practices in the practice map have no registered patients in the registrations (${examples(unregistered)}); they get list size 0 and no values`,
    );
  }
  const outside = Number(row?.outside ?? 0);
  if (outside > 0) {
    warnings.push(
      `${outside} practices in the registrations are not in the practice map (out of area); they count only towards the England value`,
    );
  }
  const low = list(row?.low);
  if (low.length > 0) {
    warnings.push(
      `${low.length} practices have under ${LOW_COVERAGE * 100}% of patients in LSOAs with an IMD score (${examples(low)}); are the registrations on 2021 LSOAs while IoD 2019 uses 2011 LSOAs?`,
    );
  }
  const unscored = list(row?.unscored);
  if (unscored.length > 0) {
    warnings.push(
      `${unscored.length} practices have no patients in any LSOA with an IMD score (${examples(unscored)}); they have no deprivation values`,
    );
  }
  const lsoas = Number(row?.lsoas ?? 0);
  if (lsoas < NATIONAL_LSOAS) {
    const except = englandImdPublished
      ? " (except imd_score, which is OHID's published England score from Fingertips 93553)"
      : "";
    warnings.push(
      `the registrations reach only ${lsoas.toLocaleString("en-GB")} LSOAs, so the England (E92000001) values computed from them are those of the practices in this input, not England${except}; add NHS Digital's national file for true England values`,
    );
  }
  return warnings;
}
