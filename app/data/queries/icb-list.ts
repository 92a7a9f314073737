import { z } from "zod";
import { defineQuery } from "../query";

export const icbListRow = z.object({
  icb_code: z.string(),
  icb_name: z.string(),
  list_size: z.number().nullable(),
});
export type IcbListRow = z.infer<typeof icbListRow>;

/** The ICBs in the build: a demo or local build has one, an England build many. */
export const icbListQuery = defineQuery({
  name: "icb-list",
  tables: ["areas"],
  params: z.object({}).default({}),
  row: icbListRow,
  sql: () => ({
    text: `
      SELECT area_code AS icb_code, area_name AS icb_name, list_size::DOUBLE AS list_size
      FROM areas WHERE area_type = 'icb' ORDER BY area_name`,
    values: [],
  }),
});
