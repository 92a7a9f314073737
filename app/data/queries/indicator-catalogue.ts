import { z } from "zod";
import { defineQuery } from "../query";

export const indicatorCatalogueRow = z.object({
  indicator_id: z.string(),
  name: z.string(),
  theme: z.string(),
  definition: z.string(),
  numerator: z.string().nullable(),
  denominator: z.string().nullable(),
  unit: z.string().nullable(),
  polarity: z.string(),
  source: z.string(),
  method: z.string(),
});
export type IndicatorCatalogueRow = z.infer<typeof indicatorCatalogueRow>;

/** Every indicator in the build with its definition, source and method: what a figure on any page means. */
export const indicatorCatalogueQuery = defineQuery({
  name: "indicator-catalogue",
  tables: ["indicators"],
  params: z.object({}).default({}),
  row: indicatorCatalogueRow,
  sql: () => ({
    text: `
      SELECT indicator_id, name, theme, definition, numerator, denominator, unit, polarity, source, method
      FROM indicators ORDER BY theme, name`,
    values: [],
  }),
});
