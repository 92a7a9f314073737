import { z } from "zod";
import { areaCodeField, practiceCodeField } from "../fields";
import { defineQuery } from "../query";
import type { PracticeSummaryRow } from "./practice-summary";

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

export const practiceAgeSexParams = z.object({
  practice: practiceCodeField,
  /**
   * The practice's PCN and ICB, from the practice summary the page already has: each area's bands are then
   * read by an equality on area_code (the column the table is sorted by), which DuckDB answers from a few
   * row groups, where joining to a list of the three areas scanned most of the table.
   */
  pcnCode: areaCodeField.nullable(),
  icbCode: areaCodeField.nullable(),
});
export type PracticeAgeSexParams = z.infer<typeof practiceAgeSexParams>;

/**
 * Registered patients by sex and five-year age band for a practice, its PCN and its ICB, each band as a
 * percentage of that area's whole list, so areas of any size share one scale.
 */
export const practiceAgeSexQuery = defineQuery({
  name: "practice-age-sex",
  tables: ["areas", "age_sex"],
  params: practiceAgeSexParams,
  row: practiceAgeSexRow,
  sql: ({ practice, pcnCode, icbCode }) => ({
    text: `
      WITH wanted AS (
        SELECT * FROM age_sex WHERE area_code = $1 AND area_type = 'practice'
        UNION ALL SELECT * FROM age_sex WHERE area_code = $2::VARCHAR AND area_type = 'pcn'
        UNION ALL SELECT * FROM age_sex WHERE area_code = $3::VARCHAR AND area_type = 'icb'
      ),
      bands AS (
        SELECT area_type, area_code, sex, age_band, patients::DOUBLE AS patients,
               CAST(regexp_extract(age_band, '^[0-9]+') AS INTEGER) AS age_start
        FROM wanted
        WHERE sex IN ('male', 'female')
      )
      SELECT b.area_type, a.area_name, b.sex, b.age_band, b.age_start, b.patients,
             100 * b.patients / sum(b.patients) OVER (PARTITION BY b.area_type) AS share
      FROM bands b JOIN areas a ON a.area_code = b.area_code AND a.area_type = b.area_type
      ORDER BY CASE b.area_type WHEN 'practice' THEN 0 WHEN 'pcn' THEN 1 ELSE 2 END, b.age_start, b.sex`,
    values: [practice, pcnCode, icbCode],
  }),
});

/** The age-sex parameters from the practice's summary (its own code, PCN and ICB). */
export function practiceAgeSexParamsFor(
  summary: Pick<PracticeSummaryRow, "practice_code" | "pcn_code" | "icb_code">,
): PracticeAgeSexParams {
  return { practice: summary.practice_code, pcnCode: summary.pcn_code, icbCode: summary.icb_code };
}
