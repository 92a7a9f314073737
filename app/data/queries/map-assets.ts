import { z } from "zod";
import { defineQuery } from "../query";
import { mapPracticeParams } from "./map-catchment";

export const mapAssetRow = z.object({
  asset_id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  lsoa_code: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  theme: z.string(),
  theme_label: z.string(),
});
export type MapAssetRow = z.infer<typeof mapAssetRow>;

/**
 * Community assets placed in an LSOA of the practice's catchment, one row per asset and theme (an asset may
 * serve several), in theme order. The same catchment the pipeline weights asset supply by. Assets placed
 * by LSOA code alone have no coordinates: they are listed, not drawn.
 */
export const mapAssetsQuery = defineQuery({
  name: "map-assets",
  tables: ["practice_lsoa", "assets", "asset_themes", "themes"],
  params: mapPracticeParams,
  row: mapAssetRow,
  sql: ({ practice }) => ({
    text: `
      SELECT a.asset_id, a.name, a.category, a.lsoa_code, a.lon, a.lat, t.theme, th.label AS theme_label
      FROM assets a
      JOIN asset_themes t ON t.asset_id = a.asset_id
      JOIN themes th ON th.theme = t.theme
      WHERE a.lsoa_code IN (SELECT lsoa_code FROM practice_lsoa WHERE practice_code = $1)
      ORDER BY th.sort_order, th.theme, a.name, a.asset_id`,
    values: [practice],
  }),
});
