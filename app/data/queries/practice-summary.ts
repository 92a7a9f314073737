import { z } from "zod";
import { defineQuery } from "../query";

export const practiceSummaryRow = z.object({
  practice_code: z.string(),
  practice_name: z.string(),
  list_size: z.number().nullable(),
  pcn_code: z.string().nullable(),
  pcn_name: z.string().nullable(),
  icb_code: z.string().nullable(),
  icb_name: z.string().nullable(),
  england_code: z.string().nullable(),
});
export type PracticeSummaryRow = z.infer<typeof practiceSummaryRow>;

/**
 * Every practice's name, list size and parent areas: the heading and breadcrumbs of its pages, and the PCN,
 * ICB and England codes its other queries look their areas up by. One row per practice (area codes are
 * unique per area type), so the server reads it once per build and looks practices up in memory
 * (app/data/practice-directory.server.ts) instead of queueing a query on the DuckDB pool before every page's
 * own queries can start.
 */
export const practiceSummariesQuery = defineQuery({
  name: "practice-summaries",
  tables: ["areas"],
  params: z.object({}).default({}),
  row: practiceSummaryRow,
  sql: () => ({
    text: `
      SELECT p.area_code AS practice_code, p.area_name AS practice_name, p.list_size::DOUBLE AS list_size,
             p.pcn_code, pcn.area_name AS pcn_name, p.icb_code, icb.area_name AS icb_name,
             (SELECT area_code FROM areas WHERE area_type = 'england' LIMIT 1) AS england_code
      FROM areas p
      LEFT JOIN areas pcn ON pcn.area_code = p.pcn_code AND pcn.area_type = 'pcn'
      LEFT JOIN areas icb ON icb.area_code = p.icb_code AND icb.area_type = 'icb'
      WHERE p.area_type = 'practice'
      ORDER BY p.area_code`,
    values: [],
  }),
});
