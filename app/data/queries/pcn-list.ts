import { z } from "zod";
import { defineQuery } from "../query";

export const pcnListRow = z.object({
  pcn_code: z.string(),
  pcn_name: z.string(),
  practices: z.number().int(),
});
export type PcnListRow = z.infer<typeof pcnListRow>;

/** The PCNs in the build with how many practices each has, for filters and the overview. */
export const pcnListQuery = defineQuery({
  name: "pcn-list",
  tables: ["areas"],
  params: z.object({}).default({}),
  row: pcnListRow,
  sql: () => ({
    text: `
      SELECT pcn.area_code AS pcn_code, pcn.area_name AS pcn_name, count(p.area_code) AS practices
      FROM areas pcn
      LEFT JOIN areas p ON p.pcn_code = pcn.area_code AND p.area_type = 'practice'
      WHERE pcn.area_type = 'pcn'
      GROUP BY ALL
      ORDER BY pcn_name`,
    values: [],
  }),
});
