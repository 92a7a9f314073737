import { z } from "zod";
import { defineQuery } from "../query";

export const indicatorTrendRow = z.object({
  indicator_id: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  lower95: z.number().nullable(),
  upper95: z.number().nullable(),
});
export type IndicatorTrendRow = z.infer<typeof indicatorTrendRow>;

/** Every period of every indicator for one area, oldest first: the sparklines and trend tables. */
export const indicatorTrendsQuery = defineQuery({
  name: "indicator-trends",
  tables: ["indicator_values"],
  params: z.object({ area: z.string().regex(/^[A-Za-z0-9-]{2,12}$/) }),
  row: indicatorTrendRow,
  sql: ({ area }) => ({
    text: `
      SELECT indicator_id, period, value, lower95, upper95
      FROM indicator_values WHERE area_code = $1
      ORDER BY indicator_id, period`,
    values: [area],
  }),
});
