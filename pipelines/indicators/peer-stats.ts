import type { DuckDBConnection } from "@duckdb/node-api";
import { type OutputTable, outputColumns } from "../output/output-table.ts";

/**
 * The spread of practice values for every indicator and period within each comparator area: all practices in
 * the build ('england' scope), each ICB's and each PCN's. A practice profile's spine chart draws its range
 * and quartiles from here, so a page reads five numbers instead of re-ranking every practice per request.
 * Quartiles are DuckDB's continuous quantiles (linear interpolation), as the page computed them before.
 */
export const peerStatsOutputTable: OutputTable = {
  name: "peer_stats",
  columns: outputColumns({
    indicator_id: "VARCHAR",
    period: "VARCHAR",
    scope_type: "VARCHAR",
    scope_code: "VARCHAR",
    practices: "INTEGER",
    min: "DOUBLE",
    q1: "DOUBLE",
    median: "DOUBLE",
    q3: "DOUBLE",
    max: "DOUBLE",
  }),
  orderBy: "indicator_id, period, scope_type, scope_code",
};

export async function fillPeerStats(db: DuckDBConnection): Promise<void> {
  // One grouped pass over the practice values for all three scopes (a UNION of three passes joined the
  // values to the areas three times), and the three quartiles from one quantile aggregate (each sorts its
  // group's values: three sorted them three times; the values come out the same).
  await db.run(`
    INSERT INTO peer_stats
    SELECT indicator_id, period, scope_type, scope_code, practices, min, quartiles[1], quartiles[2],
      quartiles[3], max
    FROM (
    SELECT indicator_id, period,
      CASE WHEN grouping(icb_code) = 0 THEN 'icb' WHEN grouping(pcn_code) = 0 THEN 'pcn' ELSE 'england' END AS scope_type,
      coalesce(icb_code, pcn_code, (SELECT area_code FROM areas WHERE area_type = 'england' LIMIT 1)) AS scope_code,
      count(value)::INTEGER AS practices, min(value) AS min, quantile_cont(value, [0.25, 0.5, 0.75]) AS quartiles,
      max(value) AS max
    FROM (
      SELECT v.indicator_id, v.period, v.value, a.icb_code, a.pcn_code
      FROM indicator_values v
      JOIN areas a ON a.area_code = v.area_code AND a.area_type = 'practice'
      WHERE v.area_type = 'practice' AND v.value IS NOT NULL
    )
    GROUP BY GROUPING SETS ((indicator_id, period), (indicator_id, period, icb_code), (indicator_id, period, pcn_code))
    HAVING grouping(icb_code) = 1 AND grouping(pcn_code) = 1
      OR grouping(icb_code) = 0 AND icb_code IS NOT NULL
      OR grouping(pcn_code) = 0 AND pcn_code IS NOT NULL
    )`);
}
