import { z } from "zod";
import { areaCodeField, polarityField } from "../fields";
import { defineQuery } from "../query";

export const icbInequalityRow = z.object({
  indicator_id: z.string(),
  name: z.string(),
  short_name: z.string(),
  polarity: polarityField,
  period: z.string(),
  practices: z.number().int(),
  sii: z.number(),
  sii_lower95: z.number(),
  sii_upper95: z.number(),
  rii: z.number().nullable(),
  rii_lower95: z.number().nullable(),
  rii_upper95: z.number().nullable(),
  /** Quintile values, most deprived (1) first, as a list so both engines return one row per indicator. */
  quintile_values: z.array(z.number()),
});
export type IcbInequalityRow = z.infer<typeof icbInequalityRow>;

/** The pipeline's slope index of inequality across an ICB's practices by deprivation, per indicator. */
export const icbInequalityQuery = defineQuery({
  name: "icb-inequality",
  tables: ["indicators", "inequality", "inequality_quintiles"],
  params: z.object({ icb: areaCodeField }),
  row: icbInequalityRow,
  sql: ({ icb }) => ({
    text: `
      SELECT q.indicator_id, i.name, coalesce(i.short_name, i.name) AS short_name, i.polarity, s.period,
             s.practices, s.sii, s.sii_lower95, s.sii_upper95, s.rii, s.rii_lower95, s.rii_upper95,
             list(q.value ORDER BY q.quintile) AS quintile_values
      FROM inequality s
      JOIN inequality_quintiles q ON q.indicator_id = s.indicator_id AND q.area_code = s.area_code
      JOIN indicators i ON i.indicator_id = s.indicator_id
      WHERE s.area_code = $1
      GROUP BY q.indicator_id, i.name, i.short_name, i.polarity, s.period, s.practices, s.sii, s.sii_lower95,
               s.sii_upper95, s.rii, s.rii_lower95, s.rii_upper95
      ORDER BY abs(s.sii) DESC`,
    values: [icb],
  }),
});
