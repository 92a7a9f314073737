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
  const spread = (scopeType: string, scopeCode: string, groupBy: string) => `
    SELECT v.indicator_id, v.period, '${scopeType}', ${scopeCode}, count(v.value)::INTEGER, min(v.value),
           quantile_cont(v.value, 0.25), quantile_cont(v.value, 0.5), quantile_cont(v.value, 0.75), max(v.value)
    FROM indicator_values v
    JOIN areas a ON a.area_code = v.area_code AND a.area_type = 'practice'
    WHERE v.area_type = 'practice' AND v.value IS NOT NULL ${groupBy ? `AND ${groupBy} IS NOT NULL` : ""}
    GROUP BY v.indicator_id, v.period${groupBy ? `, ${groupBy}` : ""}`;
  await db.run(`
    INSERT INTO peer_stats
    ${spread("england", "(SELECT area_code FROM areas WHERE area_type = 'england' LIMIT 1)", "")}
    UNION ALL ${spread("icb", "a.icb_code", "a.icb_code")}
    UNION ALL ${spread("pcn", "a.pcn_code", "a.pcn_code")}`);
}
