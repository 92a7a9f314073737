import { z } from "zod";
import { defineQuery } from "../query";
import { mapPracticeParams } from "./map-catchment";

/**
 * The practice indicators that sum up a map layer for the whole list: Core20 share (patients in England's
 * most deprived fifth of LSOAs) for the IMD decile layer, one-person households aged 66+ for that layer.
 * The map's title quotes these, so it gives the same figure as the practice profile.
 */
export const MAP_SUMMARY_INDICATORS = ["core20_share", "living_alone_66plus"] as const;
export type MapSummaryIndicator = (typeof MAP_SUMMARY_INDICATORS)[number];

export const mapComparisonRow = z.object({
  indicator_id: z.enum(MAP_SUMMARY_INDICATORS),
  area_type: z.enum(["practice", "icb"]),
  area_name: z.string(),
  period: z.string(),
  value: z.number(),
});
export type MapComparisonRow = z.infer<typeof mapComparisonRow>;

/** The latest value of each summary indicator for the practice and for its ICB. */
export const mapComparisonQuery = defineQuery({
  name: "map-comparison",
  tables: ["areas", "indicator_values"],
  params: mapPracticeParams,
  row: mapComparisonRow,
  sql: ({ practice }) => ({
    text: `
      WITH p AS (SELECT area_code, icb_code FROM areas WHERE area_type = 'practice' AND area_code = $1),
      wanted AS (
        SELECT area_code, 'practice' AS area_type FROM p
        UNION ALL SELECT icb_code, 'icb' FROM p WHERE icb_code IS NOT NULL
      ),
      ranked AS (
        SELECT v.indicator_id, v.area_type, v.area_code, v.period, v.value,
               row_number() OVER (PARTITION BY v.indicator_id, v.area_type ORDER BY v.period DESC) AS recency
        FROM indicator_values v
        JOIN wanted w ON w.area_code = v.area_code AND w.area_type = v.area_type
        WHERE v.indicator_id IN ($2, $3) AND v.value IS NOT NULL
      )
      SELECT r.indicator_id, r.area_type, a.area_name, r.period, r.value
      FROM ranked r
      JOIN areas a ON a.area_code = r.area_code AND a.area_type = r.area_type
      WHERE r.recency = 1
      ORDER BY r.indicator_id, r.area_type DESC`,
    values: [practice, ...MAP_SUMMARY_INDICATORS],
  }),
});
