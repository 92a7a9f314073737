import type { DuckDBConnection } from "@duckdb/node-api";
import { WHOLE_AREA } from "./fingertips-indicator-map.ts";

/**
 * Creates `fingertips_selected`: one published row per indicator, area and period, for the build's areas
 * (its practices, PCNs, ICBs and England, matched by code, whatever the file calls their area type).
 *
 * An export can hold an indicator for several sexes or age bands, and occasionally the same figure twice
 * (the real smoking export gives England 2015/16 under "15+ yrs" and "Not applicable"). The value kept is
 * for Persons (or no sex given) and the indicator's usual age band: the band most of its Persons rows carry,
 * with a row of no stated age ("Not applicable", empty) standing in where that band has none. Returns a
 * sentence per indicator that lost rows this way.
 */
export async function selectFingertipsRows(db: DuckDBConnection): Promise<string[]> {
  const persons = "coalesce(lower(r.sex), '') IN ('', 'persons')";
  const unstatedAge = "coalesce(lower(r.age), '') IN ('', 'not applicable')";
  await db.run(`
    CREATE TEMP TABLE fingertips_usual_age AS
    SELECT DISTINCT ON (fingertips_id) fingertips_id, age
    FROM (
      SELECT fingertips_id, age, count(*) AS n FROM fingertips_rows r
      WHERE ${WHOLE_AREA} AND ${persons} AND NOT ${unstatedAge} GROUP BY ALL
    )
    ORDER BY fingertips_id, n DESC, age`);
  const candidate = `${persons} AND (${unstatedAge} OR r.age IS NOT DISTINCT FROM u.age)`;
  await db.run(`
    CREATE TEMP TABLE fingertips_selected AS
    SELECT m.indicator_id, m.proportion, m.polarity, r.source_file, r.area_code, a.area_type, a.pcn_code, a.icb_code,
      r.period, r.period_order, r.value, r.count, r.denominator, r.lower95, r.upper95, r.lower998, r.upper998
    FROM fingertips_rows r JOIN fingertips_indicator_map m USING (fingertips_id)
    LEFT JOIN fingertips_usual_age u USING (fingertips_id)
    JOIN areas a USING (area_code)
    WHERE ${WHOLE_AREA} AND ${candidate}
    QUALIFY row_number() OVER (
      PARTITION BY r.fingertips_id, r.area_code, r.period
      ORDER BY r.age IS NOT DISTINCT FROM u.age DESC, r.source_file, r.source_row) = 1`);
  const lost = (
    await db.runAndReadAll(`
      WITH counts AS (
        SELECT m.indicator_id, r.fingertips_id, count(*) AS whole, count(*) FILTER (WHERE ${candidate}) AS candidates,
          count(*) FILTER (WHERE ${candidate} AND r.area_code IN (SELECT area_code FROM areas)) AS in_build
        FROM fingertips_rows r JOIN fingertips_indicator_map m USING (fingertips_id)
        LEFT JOIN fingertips_usual_age u USING (fingertips_id)
        WHERE ${WHOLE_AREA} GROUP BY ALL
      ),
      kept AS (SELECT indicator_id, count(*) AS n FROM fingertips_selected GROUP BY ALL)
      SELECT c.indicator_id, c.whole - c.candidates AS other_breakdowns, c.in_build - coalesce(k.n, 0) AS repeats,
        u.age AS usual_age
      FROM counts c LEFT JOIN kept k USING (indicator_id) LEFT JOIN fingertips_usual_age u USING (fingertips_id)
      WHERE c.whole - c.candidates + c.in_build - coalesce(k.n, 0) > 0 ORDER BY c.indicator_id`)
  ).getRowObjectsJS();
  const rows = (count: number) => `${count} ${count === 1 ? "row" : "rows"}`;
  return lost.map((row) => {
    const parts = [
      Number(row.other_breakdowns) > 0
        ? `${rows(Number(row.other_breakdowns))} for other sexes or ages`
        : null,
      Number(row.repeats) > 0
        ? `${rows(Number(row.repeats))} repeating an area and period under another age label`
        : null,
    ].filter((part) => part !== null);
    const usual = row.usual_age === null ? "" : `, ${String(row.usual_age)}`;
    return `${String(row.indicator_id)}: ${parts.join(" and ")} ignored; values are for Persons${usual}`;
  });
}
