import { z } from "zod";
import { defineQuery } from "../query";
import { mapPracticeParams } from "./map-catchment";

export const mapPracticeLocationRow = z.object({
  practice_code: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
  postcode: z.string().nullable(),
});
export type MapPracticeLocationRow = z.infer<typeof mapPracticeLocationRow>;

/**
 * Where the practice is, when the build was given a practice list with postcodes or coordinates; always one
 * row for a known practice, with no position when the build does not know it.
 */
export const mapPracticeLocationQuery = defineQuery({
  name: "map-practice-location",
  tables: ["areas", "practice_locations"],
  params: mapPracticeParams,
  row: mapPracticeLocationRow,
  sql: ({ practice }) => ({
    text: `
      SELECT p.area_code AS practice_code, l.lon, l.lat, l.postcode
      FROM areas p
      LEFT JOIN practice_locations l
        ON l.practice_code = p.area_code AND l.lon IS NOT NULL AND l.lat IS NOT NULL
      WHERE p.area_type = 'practice' AND p.area_code = $1
      ORDER BY l.postcode NULLS LAST
      LIMIT 1`,
    values: [practice],
  }),
});
