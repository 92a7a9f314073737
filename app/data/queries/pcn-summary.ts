import { z } from "zod";
import { areaCodeField } from "../fields";
import { defineQuery } from "../query";

export const pcnSummaryRow = z.object({
  pcn_code: z.string(),
  pcn_name: z.string(),
  list_size: z.number().nullable(),
  icb_code: z.string().nullable(),
  icb_name: z.string().nullable(),
  practices: z.number().int(),
});
export type PcnSummaryRow = z.infer<typeof pcnSummaryRow>;

/** A PCN's name, size and ICB: the heading of its pages. */
export const pcnSummaryQuery = defineQuery({
  name: "pcn-summary",
  tables: ["areas"],
  params: z.object({ pcn: areaCodeField }),
  row: pcnSummaryRow,
  sql: ({ pcn }) => ({
    text: `
      SELECT p.area_code AS pcn_code, p.area_name AS pcn_name, p.list_size::DOUBLE AS list_size,
             p.icb_code, icb.area_name AS icb_name,
             (SELECT count(*) FROM areas m WHERE m.area_type = 'practice' AND m.pcn_code = p.area_code) AS practices
      FROM areas p
      LEFT JOIN areas icb ON icb.area_code = p.icb_code AND icb.area_type = 'icb'
      WHERE p.area_type = 'pcn' AND p.area_code = $1`,
    values: [pcn],
  }),
});
