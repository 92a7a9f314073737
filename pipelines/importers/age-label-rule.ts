import { z } from "zod";
import type { ValueRule } from "./value-rules.ts";

/** Single years up to this age are accepted; NHS Digital's top band is 95+. */
const OLDEST = 120;

/** The rules' SQL takes the cell trimmed (value-rules.ts); ages are compared in capitals. */
const upper = (cell: string) => `upper(${cell})`;
const AGE_SHAPE = "[0-9]{1,3}\\+?|ALL";

/**
 * NHS Digital's AGE column of the single-year-of-age registrations: `0` … `94`, an open top band `95+`,
 * and `ALL` (every age, the total of the rows above it). Stored canonically ('7', '95+', 'ALL'), so
 * leading zeros or spaces never make two spellings of one age.
 */
export const ageLabelRule: ValueRule<string> = {
  expected: `an age in whole years (0 to ${OLDEST}), an open top band such as 95+, or ALL`,
  fix: "correct the age; single years are written 0, 1, … 94, the top band 95+, and the total ALL",
  checks: [
    { fails: (cell) => `(${cell} IS NULL OR ${cell} = '')`, problem: "an empty cell" },
    {
      fails: (cell) => `NOT coalesce(regexp_full_match(${upper(cell)}, '${AGE_SHAPE}'), false)`,
      problem: "not an age",
    },
    {
      fails: (cell) => `coalesce(TRY_CAST(rtrim(${upper(cell)}, '+') AS INTEGER) > ${OLDEST}, false)`,
      problem: `an age above ${OLDEST}`,
    },
  ],
  toSql: (cell) =>
    `CASE WHEN ${upper(cell)} = 'ALL' THEN 'ALL' ELSE CAST(CAST(rtrim(${upper(cell)}, '+') AS INTEGER) AS VARCHAR) || CASE WHEN ${upper(cell)} LIKE '%+' THEN '+' ELSE '' END END`,
  sqlType: "VARCHAR",
  schema: z
    .string({ invalid_type_error: "an empty cell", required_error: "an empty cell" })
    .nullable()
    .transform((value) => (value ?? "").replace(/^ +| +$/g, "").toUpperCase())
    .refine((value) => value !== "", "an empty cell")
    .refine((value) => new RegExp(`^(${AGE_SHAPE})$`).test(value), "not an age")
    .refine((value) => value === "ALL" || Number.parseInt(value, 10) <= OLDEST, `an age above ${OLDEST}`)
    .transform((value) =>
      value === "ALL" ? value : `${Number.parseInt(value, 10)}${value.endsWith("+") ? "+" : ""}`,
    ),
};
