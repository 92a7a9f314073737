import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * England has 32,844 LSOAs (2011) or 33,755 (2021); registrations reaching fewer than this many are a
 * regional extract, so the "England" value computed from them is really that region's.
 */
export const NATIONAL_LSOAS = 30_000;

/**
 * The single-age file counts as national when it holds at least this share of the (national) LSOA
 * registrations' patients: the two NHS Digital extracts of one month differ by a few patients, not more.
 */
export const NATIONAL_AGES_SHARE = 0.95;

/** Whether a build's England figures are England's, input by input (manifest.json `coverage`). */
export type NationalCoverage = {
  /** The registrations by LSOA reach (nearly) every LSOA in England. */
  registrations: boolean;
  /** The single-age registrations are as national as those: `age_sex` England is England's age profile. */
  ages: boolean;
};

/** Reads both from the filled `registered_patients`, `lsoa_patients` and `age_sex`. */
export async function nationalCoverage(db: DuckDBConnection): Promise<NationalCoverage> {
  const row = (
    await db.runAndReadAll(`
      SELECT
        (SELECT count(*) FROM lsoa_patients) AS lsoas,
        (SELECT coalesce(sum(patients), 0) FROM registered_patients) AS registered,
        (SELECT coalesce(sum(patients), 0) FROM age_sex WHERE area_type = 'england' AND sex = 'persons') AS aged`)
  ).getRowObjectsJS()[0];
  const registrations = Number(row?.lsoas ?? 0) >= NATIONAL_LSOAS;
  const registered = Number(row?.registered ?? 0);
  return {
    registrations,
    ages: registrations && registered > 0 && Number(row?.aged ?? 0) >= NATIONAL_AGES_SHARE * registered,
  };
}
