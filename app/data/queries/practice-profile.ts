import { z } from "zod";
import { comparatorSchema, comparisonColumn, significanceSchema } from "../comparator";
import { areaCodeField, polarityField, practiceCodeField } from "../fields";
import { defineQuery } from "../query";
import type { PracticeSummaryRow } from "./practice-summary";

export const practiceProfileParams = z.object({
  practice: practiceCodeField,
  comparator: comparatorSchema,
  /** A period such as "2023/24"; indicators without it show their latest period. */
  period: z.string().trim().min(1).max(20).optional().catch(undefined),
  /**
   * The practice's PCN and the chosen comparator's area code (England, the ICB or the PCN), from the
   * practice summary the page already has: passing them as values lets each area's rows be found by an
   * equality on the column the tables are sorted by, instead of looking each up by subquery.
   */
  pcnCode: areaCodeField.nullable(),
  comparatorCode: areaCodeField.nullable(),
});
export type PracticeProfileParams = z.infer<typeof practiceProfileParams>;

const nullableNumber = z.number().nullable();

export const practiceProfileRow = z.object({
  indicator_id: z.string(),
  name: z.string(),
  short_name: z.string(),
  theme: z.string(),
  unit: z.string().nullable(),
  polarity: polarityField,
  decimals: z.number().int().nullable(),
  period: z.string(),
  count: nullableNumber,
  denominator: nullableNumber,
  value: nullableNumber,
  lower95: nullableNumber,
  upper95: nullableNumber,
  lower998: nullableNumber,
  upper998: nullableNumber,
  significance: significanceSchema,
  trend: z.string().nullable(),
  decile: z.number().int().nullable(),
  comparator_code: z.string().nullable(),
  comparator_value: nullableNumber,
  pcn_value: nullableNumber,
  peer_count: z.number().int(),
  peer_min: nullableNumber,
  peer_q1: nullableNumber,
  peer_median: nullableNumber,
  peer_q3: nullableNumber,
  peer_max: nullableNumber,
});
export type PracticeProfileRow = z.infer<typeof practiceProfileRow>;

/**
 * One row per indicator for a practice: its value with counts and limits, the comparator's value, the PCN's
 * value, and the spread of practices in the comparator area (for the spine chart's range and quartiles),
 * which the pipeline precomputes per comparator area (peer_stats) so no request re-ranks every practice.
 * The significance shown is the pipeline's own comparison for the chosen comparator; nothing is recomputed.
 * The practice, its comparator and its PCN are each read by an equality on area_code: DuckDB skips most of
 * the table for one such filter, while one IN list over the three areas made it scan nearly all of it (the
 * largest cost of a practice page on an England build).
 */
export const practiceProfileQuery = defineQuery({
  name: "practice-profile",
  tables: ["areas", "indicators", "indicator_values", "peer_stats"],
  params: practiceProfileParams,
  row: practiceProfileRow,
  sql: ({ practice, comparator, period, pcnCode, comparatorCode }) => ({
    text: `
      WITH practice AS (
        SELECT * FROM indicator_values WHERE area_code = $1 AND area_type = 'practice'
      ),
      chosen AS (
        SELECT indicator_id,
               coalesce(max(CASE WHEN period = $2::VARCHAR THEN period END), max(period)) AS period
        FROM practice
        GROUP BY indicator_id
      )
      SELECT i.indicator_id, i.name, coalesce(i.short_name, i.name) AS short_name, i.theme, i.unit, i.polarity,
             i.decimals, v.period, v.count, v.denominator, v.value, v.lower95, v.upper95, v.lower998, v.upper998,
             v.${comparisonColumn[comparator]} AS significance, v.trend, v.decile,
             cmp.area_code AS comparator_code, cmp.value AS comparator_value, pcn.value AS pcn_value,
             coalesce(peers.practices, 0)::INTEGER AS peer_count, peers.min AS peer_min, peers.q1 AS peer_q1,
             peers.median AS peer_median, peers.q3 AS peer_q3, peers.max AS peer_max
      FROM chosen c
      JOIN indicators i ON i.indicator_id = c.indicator_id
      JOIN practice v ON v.indicator_id = c.indicator_id AND v.period = c.period
      LEFT JOIN (SELECT * FROM indicator_values WHERE area_code = $4::VARCHAR) cmp
        ON cmp.indicator_id = c.indicator_id AND cmp.period = c.period
      LEFT JOIN (SELECT * FROM indicator_values WHERE area_code = $3::VARCHAR) pcn
        ON pcn.indicator_id = c.indicator_id AND pcn.period = c.period
      LEFT JOIN peer_stats peers
        ON peers.indicator_id = c.indicator_id AND peers.period = c.period
       AND peers.scope_type = '${comparator}' AND peers.scope_code = $4::VARCHAR
      ORDER BY i.theme, i.name`,
    values: [practice, period ?? null, pcnCode, comparatorCode],
  }),
});

/**
 * The profile's parameters from what a page asks for (address or form values) and the practice's summary:
 * the comparator's own area code is looked up here, once, for the server and the browser alike.
 */
export function practiceProfileParamsFor(
  summary: Pick<PracticeSummaryRow, "practice_code" | "pcn_code" | "icb_code" | "england_code">,
  asked: Record<string, string | undefined>,
): PracticeProfileParams {
  const comparator = comparatorSchema.parse(asked.comparator);
  const comparatorCode = { england: summary.england_code, icb: summary.icb_code, pcn: summary.pcn_code }[
    comparator
  ];
  return practiceProfileParams.parse({
    ...asked,
    comparator,
    practice: summary.practice_code,
    pcnCode: summary.pcn_code,
    comparatorCode,
  });
}
