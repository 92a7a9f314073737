import type { DuckDBConnection } from "@duckdb/node-api";
import { CENSUS_TABLES } from "../importers/census/census-2021-tables.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { exactSum } from "../sql/exact-sum.ts";

/**
 * `census_lsoa_measures` (lsoa_code, measure_id, count, denominator): each Census measure of each LSOA,
 * count = the numerator categories (or the total less a category), denominator = the table's total, or
 * the sum of its categories where a tidy file gives no total (checked complete on import).
 */
export async function createCensusLsoaMeasures(db: DuckDBConnection): Promise<void> {
  // One grouped pass per table: the total and each measure's numerator as filtered sums per LSOA.
  const perTable = CENSUS_TABLES.filter((table) => table.measures.length > 0).map((table) => {
    const numerators = table.measures.map((measure) => {
      const count =
        "categories" in measure.numerator
          ? `sum(c.value) FILTER (WHERE c.category IN (${measure.numerator.categories.map(sqlLiteral).join(", ")}))`
          : `total - sum(c.value) FILTER (WHERE c.category = ${sqlLiteral(measure.numerator.totalLess)})`;
      return `${count} AS ${measure.id}`;
    });
    return `SELECT lsoa_code, measure_id, count, total AS denominator FROM (
        SELECT c.lsoa_code,
          coalesce(max(c.value) FILTER (WHERE r.role = 'total'), sum(c.value) FILTER (WHERE r.role = 'leaf')) AS total,
          ${numerators.join(", ")}
        FROM census_counts c JOIN census_roles r USING (table_id, category)
        WHERE c.table_id = ${sqlLiteral(table.id)} GROUP BY c.lsoa_code
      ) UNPIVOT (count FOR measure_id IN (${table.measures.map((measure) => measure.id).join(", ")}))`;
  });
  await db.run(`
    CREATE TABLE census_lsoa_measures AS
    SELECT * FROM (${perTable.join(" UNION ALL ")}) WHERE count IS NOT NULL AND denominator > 0`);
}

/**
 * `census_practice_counts` (measure_id, practice_code, count, denominator): Census counts attributed to
 * practices. Each LSOA's count and denominator are shared among the practices its residents are
 * registered with, in proportion to their registered patients there:
 *
 *   count(practice) = Σ over LSOAs of (patients of the practice in the LSOA / patients of all practices in
 *   the LSOA) × LSOA count, and the same for the denominator,
 *
 * so every LSOA's households or residents are counted once across practices, and a practice's share is
 * Σ count / Σ denominator: the patient-weighted attribution OHID uses to give practices area-based
 * figures. Practices outside the practice map are included, so the England total is the Census total of
 * every LSOA with registered patients. LSOAs without the measure (another vintage, outside the Census
 * file) leave those patients out of both sums.
 */
export async function createCensusPracticeCounts(db: DuckDBConnection): Promise<void> {
  // The measures side by side, one row per LSOA, so the million practice-LSOA rows are joined and summed
  // once rather than once per measure; terms and sums are the same as measure by measure, so the results
  // are too. LSOAs without a measure give NULL terms, which the sums skip.
  const ids = CENSUS_TABLES.flatMap((table) => table.measures.map((measure) => measure.id));
  const list = (items: readonly string[]) => `[${items.join(", ")}]`;
  await db.run(`
    CREATE TABLE census_practice_counts AS
    WITH patients AS (
      -- Each LSOA's total from lsoa_patients (lsoa-patients.ts) rather than a window over a million rows.
      SELECT r.practice_code, r.lsoa_code, r.patients, l.registered AS lsoa_total
      FROM registered_patients r JOIN lsoa_patients l USING (lsoa_code) WHERE r.patients > 0
    ),
    measures AS (
      SELECT lsoa_code, ${ids
        .map(
          (id) =>
            `any_value(count) FILTER (WHERE measure_id = ${sqlLiteral(id)}) AS ${id}_count, ` +
            `any_value(denominator) FILTER (WHERE measure_id = ${sqlLiteral(id)}) AS ${id}_denominator`,
        )
        .join(", ")}
      FROM census_lsoa_measures GROUP BY lsoa_code
    ),
    sums AS (
      SELECT p.practice_code, ${ids
        .map(
          (id) =>
            `${exactSum(`p.patients / p.lsoa_total * m.${id}_count`)} AS ${id}_count, ` +
            `${exactSum(`p.patients / p.lsoa_total * m.${id}_denominator`)} AS ${id}_denominator, ` +
            `CAST(sum(p.patients) FILTER (WHERE m.${id}_denominator IS NOT NULL) AS INTEGER) AS ${id}_covered`,
        )
        .join(", ")}
      FROM patients p JOIN measures m USING (lsoa_code)
      GROUP BY p.practice_code
    )
    SELECT measure_id, practice_code, count, denominator, patients_covered FROM (
      SELECT practice_code, unnest(${list(ids.map(sqlLiteral))}) AS measure_id,
        unnest(${list(ids.map((id) => `${id}_count`))}) AS count,
        unnest(${list(ids.map((id) => `${id}_denominator`))}) AS denominator,
        unnest(${list(ids.map((id) => `${id}_covered`))}) AS patients_covered
      FROM sums
    )
    WHERE patients_covered IS NOT NULL`);
}
