import { z } from "zod";
import { defineQuery } from "../query";

/** The periods practice figures exist for, newest first, for the period chooser. */
export const periodListQuery = defineQuery({
  name: "period-list",
  tables: ["indicator_values"],
  params: z.object({}).default({}),
  row: z.object({ period: z.string(), indicators: z.number().int() }),
  sql: () => ({
    text: `
      SELECT period, count(DISTINCT indicator_id) AS indicators
      FROM indicator_values WHERE area_type = 'practice'
      GROUP BY period ORDER BY period DESC`,
    values: [],
  }),
});
