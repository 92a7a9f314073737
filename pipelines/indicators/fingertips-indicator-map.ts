import type { DuckDBConnection } from "@duckdb/node-api";
import { catalogueEntry, type FingertipsKind, unknownIndicatorId } from "./fingertips-catalogue.ts";
import type { IndicatorDefinition } from "./indicator-definition.ts";

/** A Fingertips indicator found in the inputs, and what it becomes in this build. */
export type FingertipsIndicator = {
  fingertipsId: number;
  indicatorId: string;
  kind: FingertipsKind;
  polarity: IndicatorDefinition["polarity"];
  /** The Indicator Name in the file (absent from fingertipsR's short layout). */
  nameInFile: string | null;
  files: readonly string[];
  periods: readonly string[];
};

/** Whole-area rows: category rows (deprivation deciles and the like) are breakdowns, not areas. */
export const WHOLE_AREA = "coalesce(category_type, '') = '' AND coalesce(category, '') = ''";

/**
 * Which Fingertips indicators the inputs hold, by Indicator ID. Known ids take their stable id and
 * definition from the catalogue; any other id is kept as `fingertips_<id>`, with no polarity, and is a
 * proportion only if every row with a Count and Denominator has Value = 100 × Count / Denominator. The
 * result is also written to `fingertips_indicator_map` for the SQL stages.
 */
export async function mapFingertipsIndicators(db: DuckDBConnection): Promise<FingertipsIndicator[]> {
  const found = (
    await db.runAndReadAll(`
      WITH periods AS (
        -- Each period once, in its earliest place: listing every row's period cost more than the rest.
        SELECT fingertips_id, list(period ORDER BY period_order, period) AS periods FROM (
          SELECT r.fingertips_id, r.period, min(r.period_order) AS period_order FROM fingertips_rows r
          WHERE ${WHOLE_AREA} GROUP BY ALL
        ) GROUP BY fingertips_id
      )
      SELECT r.fingertips_id, min(r.indicator_name) AS name_in_file,
        list(DISTINCT f.path ORDER BY f.path) AS files, any_value(p.periods) AS periods,
        coalesce(bool_and(abs(r.value - 100 * r.count / r.denominator) <= 1e-6 * greatest(abs(r.value), 1e-9))
          FILTER (WHERE r.denominator > 0), false) AS percent_of_count
      FROM fingertips_rows r JOIN fingertips_files f USING (source_file) JOIN periods p USING (fingertips_id)
      WHERE ${WHOLE_AREA}
      GROUP BY r.fingertips_id ORDER BY r.fingertips_id`)
  ).getRowObjectsJS();
  const indicators = found.map((row): FingertipsIndicator => {
    const fingertipsId = Number(row.fingertips_id);
    const known = catalogueEntry(fingertipsId);
    const periods = Array.isArray(row.periods) ? [...new Set(row.periods.map(String))] : [];
    return {
      fingertipsId,
      indicatorId: known?.definition.indicator_id ?? unknownIndicatorId(fingertipsId),
      kind: known?.kind ?? (row.percent_of_count === true ? "proportion" : "published"),
      polarity: known?.definition.polarity ?? "none",
      nameInFile: row.name_in_file === null ? null : String(row.name_in_file),
      files: Array.isArray(row.files) ? row.files.map(String) : [],
      periods,
    };
  });
  await db.run(
    "CREATE TEMP TABLE fingertips_indicator_map (fingertips_id INTEGER, indicator_id VARCHAR, proportion BOOLEAN, polarity VARCHAR)",
  );
  for (const indicator of indicators) {
    await db.run("INSERT INTO fingertips_indicator_map VALUES ($1, $2, $3, $4)", [
      indicator.fingertipsId,
      indicator.indicatorId,
      indicator.kind === "proportion",
      indicator.polarity,
    ]);
  }
  return indicators;
}
