import { z } from "zod";
import { polarityField } from "../fields";
import { defineQuery } from "../query";

export const indicatorListRow = z.object({
  indicator_id: z.string(),
  name: z.string(),
  short_name: z.string(),
  theme: z.string(),
  unit: z.string().nullable(),
  polarity: polarityField,
  decimals: z.number().int().nullable(),
});
export type IndicatorListRow = z.infer<typeof indicatorListRow>;

/** The indicators in the build with what a table needs to label and format them. */
export const indicatorListQuery = defineQuery({
  name: "indicator-list",
  tables: ["indicators"],
  params: z.object({}).default({}),
  row: indicatorListRow,
  sql: () => ({
    text: `
      SELECT indicator_id, name, coalesce(short_name, name) AS short_name, theme, unit, polarity, decimals
      FROM indicators ORDER BY theme, indicator_id`,
    values: [],
  }),
});
