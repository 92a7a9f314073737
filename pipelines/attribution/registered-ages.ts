import type { DuckDBConnection } from "@duckdb/node-api";

export type RegisteredAges = {
  /** The single-age extract used (ISO date), or null when the file carried no EXTRACT_DATE. */
  period: string | null;
  practices: number;
};

/**
 * ESP2013's 19 five-year bands by number: 0 is 0–4, 1 is 5–9, … 17 is 85–89 and 18 is 90+ (stats/esp2013.ts).
 * NHS Digital's open top band (95+) falls in 90+. Every use of the single ages (age_sex, aged 65 and over)
 * needs no finer grain than these bands.
 */
export const ESP_BAND_NUMBER = (ageFrom: string) => `least(${ageFrom} // 5, 18)`;

/** The first band of patients aged 65 and over (65–69). */
export const AGED_65_PLUS_FIRST_BAND = 65 / 5;

/**
 * Fills `practice_age_bands` (practice_code, sex 'male' | 'female' | 'persons', band as ESP_BAND_NUMBER,
 * patients) from the latest single-year-of-age extract. ALL-age rows were checked against the single
 * ages on import and are not used again. Persons are the SEX = ALL rows in a band where the file has them
 * (NHS Digital's "-all" file), otherwise MALE + FEMALE, so a folder holding the male, female and all files
 * counts each patient once.
 *
 * The million single ages of an England file are summed into bands once, here: keeping them by single
 * year (as an earlier version did) cost more than every later step that reads them.
 */
export async function createRegisteredAges(db: DuckDBConnection): Promise<RegisteredAges> {
  await db.run(`
    CREATE TABLE practice_age_bands AS
    WITH by_sex AS MATERIALIZED (
      SELECT practice_code, sex, ${ESP_BAND_NUMBER("CAST(rtrim(age, '+') AS INTEGER)")} AS band, sum(patients) AS patients
      FROM registrations_by_age
      WHERE age <> 'ALL' AND period IS NOT DISTINCT FROM (SELECT max(period) FROM registrations_by_age)
      GROUP BY ALL
    )
    SELECT practice_code, lower(sex) AS sex, band, CAST(patients AS INTEGER) AS patients FROM by_sex WHERE sex <> 'ALL'
    UNION ALL
    SELECT practice_code, 'persons', band,
      CAST(CASE WHEN bool_or(sex = 'ALL') THEN sum(patients) FILTER (WHERE sex = 'ALL') ELSE sum(patients) END AS INTEGER)
    FROM by_sex GROUP BY practice_code, band`);
  const row = (
    await db.runAndReadAll(`
      SELECT strftime(max(period), '%Y-%m-%d') AS period,
        (SELECT count(DISTINCT practice_code) FROM practice_age_bands) AS practices
      FROM registrations_by_age`)
  ).getRowObjectsJS()[0];
  return {
    period: row?.period === null || row?.period === undefined ? null : String(row.period),
    practices: Number(row?.practices ?? 0),
  };
}
