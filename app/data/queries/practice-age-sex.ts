import { z } from "zod";
import { practiceCodeField } from "../fields";
import { defineQuery } from "../query";

export const practiceAgeSexRow = z.object({
  area_type: z.enum(["practice", "pcn", "icb"]),
  area_name: z.string(),
  sex: z.enum(["male", "female"]),
  age_band: z.string(),
  age_start: z.number().int(),
  patients: z.number(),
  share: z.number(),
});
export type PracticeAgeSexRow = z.infer<typeof practiceAgeSexRow>;

/**
 * Registered patients by sex and five-year age band for a practice, its PCN and its ICB, each band as a
 * percentage of that area's whole list, so areas of any size share one scale.
 */
export const practiceAgeSexQuery = defineQuery({
  name: "practice-age-sex",
  tables: ["areas", "age_sex"],
  params: z.object({ practice: practiceCodeField }),
  row: practiceAgeSexRow,
  sql: ({ practice }) => ({
    text: `
      WITH p AS (SELECT area_code, pcn_code, icb_code FROM areas WHERE area_type = 'practice' AND area_code = $1),
      wanted AS (
        SELECT area_code, 'practice' AS area_type FROM p
        UNION ALL SELECT pcn_code, 'pcn' FROM p WHERE pcn_code IS NOT NULL
        UNION ALL SELECT icb_code, 'icb' FROM p WHERE icb_code IS NOT NULL
      ),
      bands AS (
        SELECT w.area_type, s.area_code, s.sex, s.age_band, s.patients::DOUBLE AS patients,
               CAST(regexp_extract(s.age_band, '^[0-9]+') AS INTEGER) AS age_start
        FROM age_sex s JOIN wanted w ON w.area_code = s.area_code AND w.area_type = s.area_type
        WHERE s.sex IN ('male', 'female')
      )
      SELECT b.area_type, a.area_name, b.sex, b.age_band, b.age_start, b.patients,
             100 * b.patients / sum(b.patients) OVER (PARTITION BY b.area_type) AS share
      FROM bands b JOIN areas a ON a.area_code = b.area_code AND a.area_type = b.area_type
      ORDER BY CASE b.area_type WHEN 'practice' THEN 0 WHEN 'pcn' THEN 1 ELSE 2 END, b.age_start, b.sex`,
    values: [practice],
  }),
});
