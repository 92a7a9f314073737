import { z } from "zod";
import { defineQuery } from "../query";
import { mapPracticeParams } from "./map-catchment";

/** The LSOA measures the map can shade, as `lsoa_values.measure_id`; a build may hold any subset. */
export const MAP_MEASURES = ["imd_decile", "living_alone_66plus"] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export const mapLsoaValueRow = z.object({
  lsoa_code: z.string(),
  measure_id: z.enum(MAP_MEASURES),
  value: z.number(),
});
export type MapLsoaValueRow = z.infer<typeof mapLsoaValueRow>;

/**
 * Each map measure for the LSOAs of one practice's catchment. Every layer's values come with the page, so
 * switching layer in the browser is a re-colour of areas already drawn (no engine, no round trip).
 */
export const mapLsoaValuesQuery = defineQuery({
  name: "map-lsoa-values",
  tables: ["practice_lsoa", "lsoa_values"],
  params: mapPracticeParams,
  row: mapLsoaValueRow,
  sql: ({ practice }) => ({
    text: `
      SELECT v.lsoa_code, v.measure_id, v.value
      FROM lsoa_values v
      WHERE v.measure_id IN (${MAP_MEASURES.map((_, i) => `$${i + 2}`).join(", ")})
        AND v.value IS NOT NULL
        AND v.lsoa_code IN (SELECT lsoa_code FROM practice_lsoa WHERE practice_code = $1)
      ORDER BY v.measure_id, v.lsoa_code`,
    values: [practice, ...MAP_MEASURES],
  }),
});
