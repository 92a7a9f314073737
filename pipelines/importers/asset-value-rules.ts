import { z } from "zod";
import { scoredLsoaCodeRule } from "./code-rules.ts";
import { sqlLiteral } from "./sql-literal.ts";
import { calendarDate, decimalNumber, freeText, optional, type ValueRule } from "./value-rules.ts";

/**
 * Cells that mean "no value" in community-asset files: blank, or the placeholders R and spreadsheet
 * exports write (Trafford Data Lab's files say NA).
 */
const PLACEHOLDERS = ["", "NA", "N/A", "NULL", "NONE", "-"] as const;
const placeholderSql = PLACEHOLDERS.map(sqlLiteral).join(", ");
const isPlaceholder = (value: string | null) =>
  value === null || (PLACEHOLDERS as readonly string[]).includes(value.replace(/^ +| +$/g, "").toUpperCase());

/** The rule with blanks and NA-style placeholders read as NULL; everything else must pass the rule. */
export function missingAsNull<T>(rule: ValueRule<T>): ValueRule<T | null> {
  const blankable = optional(rule);
  const present = (cell: string) => `(${cell} IS NOT NULL AND upper(${cell}) NOT IN (${placeholderSql}))`;
  return {
    ...blankable,
    checks: blankable.checks.map((check) => ({
      ...check,
      fails: (cell: string) => `(${present(cell)} AND ${check.fails(cell)})`,
    })),
    toSql: (cell) => `CASE WHEN ${present(cell)} THEN ${rule.toSql(cell)} END`,
    schema: z
      .string()
      .nullable()
      .transform((value, context): T | null => {
        if (isPlaceholder(value)) return null;
        const parsed = rule.schema.safeParse(value);
        if (parsed.success) return parsed.data;
        context.addIssue({ code: z.ZodIssueCode.custom, message: parsed.error.issues[0]?.message });
        return z.NEVER;
      }),
  };
}

/** Free text such as an address or opening times; NA and blanks become NULL. */
export const assetText = (what: string) =>
  missingAsNull(freeText({ expected: what, fix: "correct the cell, or leave it blank" }));

export const assetName = freeText({
  expected: "the asset's name",
  fix: "give every asset a name (what people would call it), or remove the row",
});

export const longitudeRule = missingAsNull(
  decimalNumber({
    expected: "a WGS84 longitude in degrees (England lies between −6.5 and 2)",
    min: -180,
    max: 180,
    fix: "give longitude in decimal degrees, e.g. -2.3522; British National Grid eastings are not accepted",
  }),
);

export const latitudeRule = missingAsNull(
  decimalNumber({
    expected: "a WGS84 latitude in degrees (England lies between 49.8 and 55.9)",
    min: -90,
    max: 90,
    fix: "give latitude in decimal degrees, e.g. 53.3871; British National Grid northings are not accepted",
  }),
);

export const assetLsoaCodeRule = missingAsNull(scoredLsoaCodeRule);

export const lastCheckedRule = missingAsNull(
  calendarDate({
    expected: "the date the entry was last checked, as 2024-04-01 or 01/04/2024",
    fix: "correct the date, or leave it blank",
  }),
);
