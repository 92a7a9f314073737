import { z } from "zod";
import { areaCodeField, themeField } from "../fields";
import { defineQuery } from "../query";

const params = z.object({
  pcn: areaCodeField,
  theme: themeField,
});

export const QUADRANTS = [
  "priority",
  "high_need_more_assets",
  "lower_need_fewer_assets",
  "lower_need_more_assets",
] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const needAssetsRow = z.object({
  practice_code: z.string(),
  practice_name: z.string(),
  list_size: z.number().nullable(),
  need_percentile: z.number().nullable(),
  indicators_used: z.number().int().nullable(),
  supply_per_10k: z.number().nullable(),
  supply_percentile: z.number().nullable(),
  assets_contributing: z.number().int().nullable(),
  quadrant: z.enum(QUADRANTS).nullable().catch(null),
});
export type NeedAssetsRow = z.infer<typeof needAssetsRow>;

/** Each practice of a PCN on one theme: need percentile, asset supply per 10,000 and the quadrant they give. */
export const needAssetsQuery = defineQuery({
  name: "need-assets",
  tables: ["areas", "need_assets"],
  params,
  row: needAssetsRow,
  sql: ({ pcn, theme }) => ({
    text: `
      SELECT n.practice_code, a.area_name AS practice_name, a.list_size::DOUBLE AS list_size, n.need_percentile,
             n.indicators_used, n.supply_per_10k, n.supply_percentile, n.assets_contributing, n.quadrant
      FROM need_assets n
      JOIN areas a ON a.area_code = n.practice_code AND a.area_type = 'practice'
      WHERE a.pcn_code = $1 AND n.theme = $2
      ORDER BY n.need_percentile DESC NULLS LAST, a.area_name`,
    values: [pcn, theme],
  }),
});

export const needEvidenceRow = z.object({
  practice_code: z.string(),
  indicator_id: z.string(),
  short_name: z.string(),
  unit: z.string().nullable(),
  decimals: z.number().int().nullable(),
  period: z.string(),
  value: z.number().nullable(),
  need_percentile: z.number().nullable(),
});
export type NeedEvidenceRow = z.infer<typeof needEvidenceRow>;

/** The indicators behind each practice's need position: never a bare score. */
export const needEvidenceQuery = defineQuery({
  name: "need-evidence",
  tables: ["areas", "indicators", "need_indicators"],
  params,
  row: needEvidenceRow,
  sql: ({ pcn, theme }) => ({
    text: `
      SELECT n.practice_code, n.indicator_id, coalesce(i.short_name, i.name) AS short_name, i.unit, i.decimals,
             n.period, n.value, n.need_percentile
      FROM need_indicators n
      JOIN areas a ON a.area_code = n.practice_code AND a.area_type = 'practice'
      JOIN indicators i ON i.indicator_id = n.indicator_id
      WHERE a.pcn_code = $1 AND n.theme = $2
      ORDER BY n.practice_code, i.indicator_id`,
    values: [pcn, theme],
  }),
});

export const catchmentAssetRow = z.object({
  practice_code: z.string(),
  asset_id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  lsoa_code: z.string(),
  patient_share: z.number(),
});
export type CatchmentAssetRow = z.infer<typeof catchmentAssetRow>;

/**
 * The theme's assets in each practice's catchment, weighted by the share of its patients living in the
 * asset's area (the weight supply is counted with); the five that count most per practice.
 */
export const catchmentAssetsQuery = defineQuery({
  name: "catchment-assets",
  tables: ["areas", "practice_lsoa", "assets", "asset_themes"],
  params,
  row: catchmentAssetRow,
  sql: ({ pcn, theme }) => ({
    text: `
      SELECT practice_code, asset_id, name, category, lsoa_code, patient_share FROM (
        SELECT pl.practice_code, s.asset_id, s.name, s.category, s.lsoa_code, pl.weight AS patient_share,
               row_number() OVER (PARTITION BY pl.practice_code ORDER BY pl.weight DESC, s.name) AS rank
        FROM practice_lsoa pl
        JOIN areas a ON a.area_code = pl.practice_code AND a.area_type = 'practice'
        JOIN assets s ON s.lsoa_code = pl.lsoa_code
        JOIN asset_themes t ON t.asset_id = s.asset_id AND t.theme = $2
        WHERE a.pcn_code = $1
      ) ranked
      WHERE rank <= 5
      ORDER BY practice_code, patient_share DESC, name`,
    values: [pcn, theme],
  }),
});

export const pcnNeedSummaryRow = z.object({
  theme: z.string(),
  label: z.string(),
  placed: z.number().int(),
  priority: z.number().int(),
  priority_practices: z.array(z.string()),
});
export type PcnNeedSummaryRow = z.infer<typeof pcnNeedSummaryRow>;

/** For a PCN's overview: per theme, how many practices sit in the priority quadrant, and which. */
export const pcnNeedSummaryQuery = defineQuery({
  name: "pcn-need-summary",
  tables: ["areas", "themes", "need_assets"],
  params: z.object({ pcn: areaCodeField }),
  row: pcnNeedSummaryRow,
  sql: ({ pcn }) => ({
    text: `
      SELECT t.theme, t.label,
             count(n.quadrant) AS placed,
             count(*) FILTER (WHERE n.quadrant = 'priority') AS priority,
             coalesce(list(a.area_name ORDER BY a.area_name) FILTER (WHERE n.quadrant = 'priority'), []) AS priority_practices
      FROM themes t
      LEFT JOIN need_assets n ON n.theme = t.theme
        AND n.practice_code IN (SELECT area_code FROM areas WHERE area_type = 'practice' AND pcn_code = $1)
      LEFT JOIN areas a ON a.area_code = n.practice_code AND a.area_type = 'practice'
      GROUP BY t.theme, t.label, t.sort_order
      ORDER BY t.sort_order, t.theme`,
    values: [pcn],
  }),
});
