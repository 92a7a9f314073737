import { z } from "zod";
import { practiceCodeField } from "../fields";
import { defineQuery } from "../query";

const params = z.object({ practice: practiceCodeField });

export const practiceSupplyRow = z.object({
  theme: z.string(),
  label: z.string(),
  assets_contributing: z.number().int().nullable(),
  per_10k: z.number().nullable(),
  supply_percentile: z.number().nullable(),
});
export type PracticeSupplyRow = z.infer<typeof practiceSupplyRow>;

/** Community assets serving each theme in a practice's catchment, per 10,000 registered patients. */
export const practiceSupplyQuery = defineQuery({
  name: "practice-supply",
  tables: ["themes", "practice_theme_supply"],
  params,
  row: practiceSupplyRow,
  sql: ({ practice }) => ({
    text: `
      SELECT t.theme, t.label, s.assets_contributing, s.per_10k, s.supply_percentile
      FROM themes t
      LEFT JOIN practice_theme_supply s ON s.theme = t.theme AND s.practice_code = $1
      ORDER BY t.sort_order, t.theme`,
    values: [practice],
  }),
});

export const practiceAssetRow = z.object({
  theme: z.string(),
  asset_id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  address: z.string().nullable(),
  patient_share: z.number(),
});
export type PracticeAssetRow = z.infer<typeof practiceAssetRow>;

/** Per theme, the three assets in the catchment where most of the practice's patients live. */
export const practiceAssetsQuery = defineQuery({
  name: "practice-assets",
  tables: ["practice_top_assets"],
  params,
  row: practiceAssetRow,
  sql: ({ practice }) => ({
    text: `
      SELECT theme, asset_id, name, category, address, patient_share
      FROM practice_top_assets
      WHERE practice_code = $1
      ORDER BY theme, patient_share DESC, name`,
    values: [practice],
  }),
});
