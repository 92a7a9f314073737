import { z } from "zod";
import { comparatorSchema, comparisonColumn, significanceSchema } from "../comparator";
import { areaCodeField } from "../fields";
import { defineQuery } from "../query";

export const pcnOverviewParams = z.object({
  pcn: areaCodeField,
  comparator: comparatorSchema,
});
export type PcnOverviewParams = z.infer<typeof pcnOverviewParams>;

export const pcnOverviewRow = z.object({
  area_code: z.string(),
  area_name: z.string(),
  area_type: z.enum(["practice", "pcn", "icb", "england"]),
  list_size: z.number().nullable(),
  indicator_id: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  lower95: z.number().nullable(),
  upper95: z.number().nullable(),
  significance: significanceSchema,
});
export type PcnOverviewRow = z.infer<typeof pcnOverviewRow>;

/**
 * The latest value of every indicator for each practice in a PCN, with its comparison against the chosen
 * comparator, plus the PCN, ICB and England rows the table's footer compares with.
 */
export const pcnOverviewQuery = defineQuery({
  name: "pcn-overview",
  tables: ["areas", "indicator_values"],
  params: pcnOverviewParams,
  row: pcnOverviewRow,
  sql: ({ pcn, comparator }) => ({
    text: `
      WITH pcn AS (SELECT area_code, icb_code FROM areas WHERE area_type = 'pcn' AND area_code = $1),
      members AS (
        SELECT a.area_code, a.area_name, a.area_type, a.list_size
        FROM areas a, pcn
        WHERE (a.area_type = 'practice' AND a.pcn_code = pcn.area_code)
           OR (a.area_type = 'pcn' AND a.area_code = pcn.area_code)
           OR (a.area_type = 'icb' AND a.area_code = pcn.icb_code)
           OR a.area_type = 'england'
      ),
      latest AS (
        SELECT indicator_id, max(period) AS period FROM indicator_values
        WHERE area_type = 'practice' AND area_code IN (SELECT area_code FROM members)
        GROUP BY indicator_id
      )
      SELECT m.area_code, m.area_name, m.area_type, m.list_size::DOUBLE AS list_size, v.indicator_id, v.period,
             v.value, v.lower95, v.upper95, v.${comparisonColumn[comparator]} AS significance
      FROM members m
      JOIN indicator_values v ON v.area_code = m.area_code
      JOIN latest l ON l.indicator_id = v.indicator_id AND l.period = v.period
      ORDER BY m.area_code, v.indicator_id`,
    values: [pcn],
  }),
});
