import { z } from "zod";
import { defineQuery } from "../query";

export const assetThemeRow = z.object({ theme: z.string(), label: z.string(), description: z.string() });
export type AssetThemeRow = z.infer<typeof assetThemeRow>;

/** The build's need-and-assets themes (its editable taxonomy), in their own order. */
export const assetThemeListQuery = defineQuery({
  name: "asset-theme-list",
  tables: ["themes"],
  params: z.object({}).default({}),
  row: assetThemeRow,
  sql: () => ({
    text: "SELECT theme, label, description FROM themes ORDER BY sort_order, theme",
    values: [],
  }),
});
