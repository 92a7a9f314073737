import type { DuckDBConnection } from "@duckdb/node-api";

export type RegisteredAges = {
  /** The single-age extract used (ISO date), or null when the file carried no EXTRACT_DATE. */
  period: string | null;
  practices: number;
};

/**
 * Fills `practice_ages` (practice_code, sex 'male' | 'female' | 'persons', age_from, patients) from the
 * latest single-year-of-age extract. `age_from` is the single year, or the lower end of the open top band
 * (95 for 95+). ALL-age rows were checked against the single ages on import and are not used again.
 * Persons are the SEX = ALL rows where the file has them (NHS Digital's "-all" file), otherwise MALE +
 * FEMALE, so a folder holding the male, female and all files counts each patient once.
 */
export async function createRegisteredAges(db: DuckDBConnection): Promise<RegisteredAges> {
  await db.run(`
    CREATE TABLE practice_ages AS
    -- Materialised: both halves read it, and converting a million ages twice cost more than keeping them.
    WITH latest AS MATERIALIZED (
      SELECT practice_code, sex, CAST(rtrim(age, '+') AS INTEGER) AS age_from, patients
      FROM registrations_by_age
      WHERE age <> 'ALL' AND period IS NOT DISTINCT FROM (SELECT max(period) FROM registrations_by_age)
    )
    SELECT practice_code, lower(sex) AS sex, age_from, patients FROM latest WHERE sex <> 'ALL'
    UNION ALL
    SELECT practice_code, 'persons', age_from,
      CAST(CASE WHEN bool_or(sex = 'ALL') THEN sum(patients) FILTER (WHERE sex = 'ALL') ELSE sum(patients) END AS INTEGER)
    FROM latest GROUP BY practice_code, age_from`);
  const row = (
    await db.runAndReadAll(`
      SELECT strftime(max(period), '%Y-%m-%d') AS period,
        (SELECT count(DISTINCT practice_code) FROM practice_ages) AS practices
      FROM registrations_by_age`)
  ).getRowObjectsJS()[0];
  return {
    period: row?.period === null || row?.period === undefined ? null : String(row.period),
    practices: Number(row?.practices ?? 0),
  };
}
