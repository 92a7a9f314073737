import type { DuckDBConnection } from "@duckdb/node-api";
import { type AppendedColumn, appendRows } from "../importers/append-rows.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import type { IndicatorDefinition } from "../indicators/indicator-definition.ts";
import { inequalityOutputTables } from "./inequality-output-tables.ts";
import type { InequalityGroup, InequalityRows } from "./inequality-rows.ts";

/** The appender's column types, in table order, from the output contract. */
function appendedTypes(table: string): AppendedColumn[] {
  const contract = inequalityOutputTables.find((candidate) => candidate.name === table);
  if (!contract) throw new Error(`no output table ${table}`);
  return contract.columns.map((column) => column.type);
}

export const INEQUALITY_METHOD =
  "Slope and relative index of inequality across the ICB's practices by IMD 2019 quintile of practice " +
  "score (1 = most deprived): counts and denominators pooled per quintile, Wilson 95% limits, weighted " +
  "regression on cumulative population mid-points (PHEindicatormethods phe_sii, proportion), limits by " +
  "10,000 simulations with a fixed seed. A positive SII is a higher value among the most deprived practices, in " +
  "percentage points; the RII is most deprived over least deprived. Areas with fewer than 10 practices " +
  "with values are not measured, and deprivation indicators (the ranking itself) are left out.";

interface InputRow {
  indicator_id: string;
  period: string;
  icb_code: string;
  practice_code: string;
  imd_score: number;
  count: number;
  denominator: number;
}

/**
 * The indicators inequality is measured for: percentages. Deprivation indicators are what practices are
 * ranked by, so their gradient would say nothing new.
 */
export function inequalityIndicatorIds(definitions: readonly IndicatorDefinition[]): string[] {
  return definitions
    .filter((definition) => definition.unit === "%" && definition.theme !== "deprivation")
    .map((definition) => definition.indicator_id);
}

/**
 * Each of the given indicators' practice counts and denominators in its latest period, grouped by ICB,
 * with each practice's IMD score to rank it by. Needs those indicators' values and the practices'
 * `imd_score` values in `indicator_values`.
 */
export async function readInequalityGroups(
  db: DuckDBConnection,
  indicatorIds: readonly string[],
): Promise<InequalityGroup[]> {
  if (indicatorIds.length === 0) return [];
  const reader = await db.runAndReadAll(`
    WITH latest AS (
      SELECT indicator_id, max(period) AS period
      FROM indicator_values
      WHERE indicator_id IN (${indicatorIds.map(sqlLiteral).join(", ")})
        AND area_type = 'practice' AND count IS NOT NULL AND denominator > 0
      GROUP BY indicator_id
    ),
    imd AS (
      SELECT area_code, value AS imd_score,
             row_number() OVER (PARTITION BY area_code ORDER BY period DESC) AS recency
      FROM indicator_values WHERE indicator_id = 'imd_score' AND area_type = 'practice' AND value IS NOT NULL
    )
    SELECT v.indicator_id, v.period, a.icb_code, v.area_code AS practice_code, imd.imd_score,
           v.count, v.denominator
    FROM indicator_values v
    JOIN latest USING (indicator_id, period)
    JOIN areas a ON a.area_code = v.area_code AND a.area_type = 'practice'
    JOIN imd ON imd.area_code = v.area_code AND imd.recency = 1
    WHERE v.area_type = 'practice' AND a.icb_code IS NOT NULL AND v.count IS NOT NULL AND v.denominator > 0
    ORDER BY v.indicator_id, a.icb_code, v.area_code`);
  const groups = new Map<string, InequalityGroup>();
  for (const row of reader.getRowObjectsJS() as unknown as InputRow[]) {
    const key = `${row.indicator_id}\u0000${row.icb_code}`;
    let group = groups.get(key);
    if (!group) {
      group = { indicatorId: row.indicator_id, period: row.period, icbCode: row.icb_code, practices: [] };
      groups.set(key, group);
    }
    group.practices.push({
      practiceCode: row.practice_code,
      imdScore: Number(row.imd_score),
      count: Number(row.count),
      denominator: Number(row.denominator),
    });
  }
  return [...groups.values()];
}

/** Writes the rows to `inequality` and `inequality_quintiles`; returns the number of summary rows. */
export async function appendInequality(db: DuckDBConnection, rows: InequalityRows): Promise<number> {
  // Appended in bulk: one INSERT statement per row cost more than the simulations on an England build.
  const written = await appendRows(db, "inequality", appendedTypes("inequality"), rows.summaries);
  await appendRows(db, "inequality_quintiles", appendedTypes("inequality_quintiles"), rows.quintiles);
  return written;
}
