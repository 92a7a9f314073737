import type { DuckDBConnection } from "@duckdb/node-api";

export type RegisteredPatients = {
  /** The extract used (ISO date), or null when the files carried no EXTRACT_DATE. */
  period: string | null;
  /** Every extract found; only the latest is used. */
  periods: readonly string[];
  patients: number;
};

/**
 * One count per practice and LSOA from the latest registrations extract, as `registered_patients`
 * (lsoa_code NULL = patients with no known LSOA, kept so list sizes stay whole), and each practice's list
 * size as `practice_list_sizes`.
 *
 * NHS Digital publishes either ALL rows or MALE and FEMALE rows. Where a practice-LSOA pair has an ALL row
 * it is used as published; otherwise its MALE and FEMALE rows are added, so a file of either kind, or a
 * folder holding both, counts each patient once. The usual case (one extract, ALL rows only) is already
 * one row per practice and LSOA, since duplicates were rejected on import, so it needs no aggregation.
 */
export async function createRegisteredPatients(db: DuckDBConnection): Promise<RegisteredPatients> {
  const shape = (
    await db.runAndReadAll(`
      WITH shape AS (
        SELECT list(DISTINCT period) FILTER (WHERE period IS NOT NULL) AS periods,
          count(*) FILTER (WHERE sex <> 'ALL') AS split_by_sex
        FROM registrations
      )
      SELECT strftime(list_max(periods), '%Y-%m-%d') AS period,
        list_transform(list_sort(periods), p -> strftime(p, '%Y-%m-%d')) AS periods, split_by_sex
      FROM shape`)
  ).getRowObjectsJS()[0];
  const periods = Array.isArray(shape?.periods) ? shape.periods.map(String) : [];
  if (periods.length <= 1 && Number(shape?.split_by_sex ?? 0) === 0) {
    await db.run(
      "CREATE VIEW registered_patients AS SELECT practice_code, lsoa_code, patients FROM registrations",
    );
  } else {
    await db.run(`
      CREATE TABLE registered_patients AS
      SELECT practice_code, lsoa_code,
        CAST(CASE WHEN bool_or(sex = 'ALL') THEN sum(patients) FILTER (WHERE sex = 'ALL') ELSE sum(patients) END AS INTEGER)
          AS patients
      FROM registrations
      WHERE period IS NOT DISTINCT FROM (SELECT max(period) FROM registrations)
      GROUP BY practice_code, lsoa_code`);
  }
  await db.run(`
    CREATE TABLE practice_list_sizes AS
    SELECT practice_code, CAST(sum(patients) AS INTEGER) AS list_size FROM registered_patients GROUP BY practice_code`);
  const total = (
    await db.runAndReadAll("SELECT sum(list_size) AS patients FROM practice_list_sizes")
  ).getRowObjectsJS()[0];
  return {
    period: shape?.period === null || shape?.period === undefined ? null : String(shape.period),
    periods,
    patients: Number(total?.patients ?? 0),
  };
}
