import type { DuckDBConnection } from "@duckdb/node-api";
import { assembleFingertipsValues } from "./assemble-fingertips-values.ts";
import { type FingertipsIndicator, mapFingertipsIndicators } from "./fingertips-indicator-map.ts";
import { insertValuesWithStatistics } from "./insert-values-with-statistics.ts";
import { selectFingertipsRows } from "./select-fingertips-rows.ts";

/** What the build did with one Fingertips indicator, for its method text and the report. */
export type FingertipsUsage = {
  pcnPublished: number;
  pcnSummed: number;
  icbPublished: number;
  icbSummed: number;
  /** Periods whose practices could be compared with England but the export has no England row. */
  periodsWithoutEngland: readonly string[];
};

export type FingertipsValues = {
  indicators: readonly FingertipsIndicator[];
  usage: ReadonlyMap<string, FingertipsUsage>;
  values: number;
  warnings: readonly string[];
};

/**
 * Fills `indicator_values` for every Fingertips indicator in the inputs: SQL selects and assembles the rows
 * (volume stays in DuckDB), then the stats core adds limits, comparisons, trends and deciles
 * (insert-values-with-statistics.ts).
 */
export async function fillFingertipsValues(db: DuckDBConnection): Promise<FingertipsValues> {
  const indicators = await mapFingertipsIndicators(db);
  const breakdowns = await selectFingertipsRows(db);
  await assembleFingertipsValues(db);
  const values = await insertValuesWithStatistics(db, "fingertips_ordered", { trends: true });
  const usage = await usageByIndicator(db);
  const warnings = [...breakdowns];
  for (const [indicatorId, used] of usage) {
    if (used.periodsWithoutEngland.length > 0) {
      warnings.push(
        `${indicatorId}: the Fingertips export has no England row for ${used.periodsWithoutEngland.join(", ")}, so values in that period are not compared with England`,
      );
    }
  }
  await db.run("DROP TABLE fingertips_assembled; DROP TABLE fingertips_ordered");
  return { indicators, usage, values, warnings };
}

async function usageByIndicator(db: DuckDBConnection): Promise<Map<string, FingertipsUsage>> {
  const rows = (
    await db.runAndReadAll(`
      WITH periods AS (
        SELECT indicator_id, period, min(period_rank) AS period_rank,
          bool_or(area_type = 'practice' AND (proportion OR has_limits)) AS comparable,
        bool_or(area_type = 'england' AND value IS NOT NULL) AS england
        FROM fingertips_ordered GROUP BY ALL
      ),
      missing AS (
        SELECT indicator_id, list(period ORDER BY period_rank) AS periods FROM periods
        WHERE comparable AND NOT england GROUP BY ALL
      )
      SELECT o.indicator_id,
        count(*) FILTER (WHERE area_type = 'pcn' AND published) AS pcn_published,
        count(*) FILTER (WHERE area_type = 'pcn' AND NOT published) AS pcn_summed,
        count(*) FILTER (WHERE area_type = 'icb' AND published) AS icb_published,
        count(*) FILTER (WHERE area_type = 'icb' AND NOT published) AS icb_summed,
        any_value(m.periods) AS missing
      FROM fingertips_ordered o LEFT JOIN missing m USING (indicator_id)
      GROUP BY o.indicator_id ORDER BY o.indicator_id`)
  ).getRowObjectsJS();
  return new Map(
    rows.map((row) => [
      String(row.indicator_id),
      {
        pcnPublished: Number(row.pcn_published),
        pcnSummed: Number(row.pcn_summed),
        icbPublished: Number(row.icb_published),
        icbSummed: Number(row.icb_summed),
        periodsWithoutEngland: Array.isArray(row.missing) ? row.missing.map(String) : [],
      },
    ]),
  );
}
