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

/**
 * Community assets serving each theme in a practice's catchment, per 10,000 registered patients: a row per
 * theme, in the themes' order, empty where the practice has none (read from the practice_supply_by_theme
 * table, which joins every practice to every theme once per build).
 */
export const practiceSupplyQuery = defineQuery({
  name: "practice-supply",
  tables: ["practice_supply_by_theme"],
  params,
  row: practiceSupplyRow,
  sql: ({ practice }) => ({
    text: `
      SELECT theme, label, assets_contributing, per_10k, supply_percentile
      FROM practice_supply_by_theme
      WHERE practice_code = $1
      ORDER BY sort_order, theme`,
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
