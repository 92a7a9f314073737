import { z } from "zod";
import { areaCodeField, practiceCodeField } from "../fields";
import { defineQuery } from "../query";
import type { PracticeSummaryRow } from "./practice-summary";

export const practiceAgeSexRow = z.object({
  area_type: z.enum(["practice", "pcn", "icb", "england"]),
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
  /** The practice's PCN and ICB, from the practice summary the page already has. */
  pcnCode: areaCodeField.nullable(),
  icbCode: areaCodeField.nullable(),
  /**
   * England's code when the build's England age profile is England's (manifest `coverage.national_ages`),
   * else null: a regional single-age file's "England" is only its own practices.
   */
  englandCode: areaCodeField.nullable(),
});
export type PracticeAgeSexParams = z.infer<typeof practiceAgeSexParams>;

/**
 * Registered patients by sex and five-year age band for a practice, its PCN, its ICB and (when asked)
 * England, each band as a percentage of that area's whole list, so areas of any size share one scale. The
 * shares are worked out once per build (the age_sex_shares derived table); a page finds its areas by their
 * keys in one list, which the server answers from an index instead of a scan per area. An area not asked
 * for is '' in the list, which no key is: a NULL there would make DuckDB scan the whole table instead.
 */
export const practiceAgeSexQuery = defineQuery({
  name: "practice-age-sex",
  tables: ["age_sex_shares"],
  params: practiceAgeSexParams,
  row: practiceAgeSexRow,
  sql: ({ practice, pcnCode, icbCode, englandCode }) => ({
    text: `
      SELECT area_type, area_name, sex, age_band, age_start, patients, share
      FROM age_sex_shares
      WHERE area_key IN ('practice:' || $1, coalesce('pcn:' || $2::VARCHAR, ''),
                         coalesce('icb:' || $3::VARCHAR, ''), coalesce('england:' || $4::VARCHAR, ''))
      ORDER BY CASE area_type WHEN 'practice' THEN 0 WHEN 'pcn' THEN 1 WHEN 'icb' THEN 2 ELSE 3 END,
        age_start, sex`,
    values: [practice, pcnCode, icbCode, englandCode],
  }),
});

/** England's area code, as the pipeline writes it. */
export const ENGLAND_AREA_CODE = "E92000001";

/**
 * The age-sex parameters from the practice's summary (its own code, PCN and ICB), with England when the
 * build says its England age profile is national.
 */
export function practiceAgeSexParamsFor(
  summary: Pick<PracticeSummaryRow, "practice_code" | "pcn_code" | "icb_code">,
  { nationalAges = false }: { nationalAges?: boolean } = {},
): PracticeAgeSexParams {
  return {
    practice: summary.practice_code,
    pcnCode: summary.pcn_code,
    icbCode: summary.icb_code,
    englandCode: nationalAges ? ENGLAND_AREA_CODE : null,
  };
}
