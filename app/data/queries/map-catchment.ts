import { z } from "zod";
import { defineQuery } from "../query";

export const mapPracticeParams = z.object({ practice: z.string().regex(/^[A-Z0-9]{3,10}$/) });

export const mapCatchmentRow = z.object({
  lsoa_code: z.string(),
  lsoa_name: z.string().nullable(),
  patients: z.number().int(),
  /** Percentage of the practice's registered list living in this LSOA (NHS Digital patients by LSOA). */
  share: z.number(),
});
export type MapCatchmentRow = z.infer<typeof mapCatchmentRow>;

/** Every LSOA a practice's patients live in, most patients first: the catchment the map shades. */
export const mapCatchmentQuery = defineQuery({
  name: "map-catchment",
  tables: ["practice_lsoa", "lsoa_geo"],
  params: mapPracticeParams,
  row: mapCatchmentRow,
  sql: ({ practice }) => ({
    text: `
      SELECT pl.lsoa_code, g.lsoa_name, pl.patients, 100 * pl.weight AS share
      FROM practice_lsoa pl
      LEFT JOIN lsoa_geo g ON g.lsoa_code = pl.lsoa_code
      WHERE pl.practice_code = $1
      ORDER BY pl.patients DESC, pl.lsoa_code`,
    values: [practice],
  }),
});
