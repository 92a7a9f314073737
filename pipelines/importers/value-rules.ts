import { z } from "zod";

/**
 * One rule per kind of cell, stated twice from one place: as SQL predicates over the cell's text (how
 * large files are checked, in DuckDB, in one pass) and as a zod schema over the raw string (how rows read
 * in JavaScript are checked, e.g. from a workbook). `value-rules.test.ts` proves the two agree.
 *
 * Cells are trimmed of spaces only (`trim(x, ' ')`), never of tabs or other whitespace, because DuckDB's
 * one-argument trim and JavaScript's String.trim disagree on which characters are whitespace. The SQL of
 * every rule takes the cell already trimmed (`trimmedCell(column)`), so that a check over a million rows
 * trims each cell once, not once per check: trimming cost DuckDB as much as the regular expressions.
 */
export type ValueCheck = {
  /** SQL that is true when the cell (trimmedCell of the VARCHAR column) fails; safe on any text, NULL included. */
  fails: (cell: string) => string;
  /** What the offending value is, for the message: "a negative number". */
  problem: string;
};

export type ValueRule<T> = {
  expected: string;
  fix: string;
  /** In order of precedence: the first failing check names the problem. */
  checks: readonly ValueCheck[];
  /** The typed SQL value of the cell (trimmedCell); only evaluated on rows that passed every check. */
  toSql: (cell: string) => string;
  sqlType: "INTEGER" | "DOUBLE" | "VARCHAR" | "DATE";
  schema: z.ZodType<T, z.ZodTypeDef, string | null>;
};

type RuleText = { expected: string; fix: string };

/**
 * The SQL every rule's checks and conversion take: a VARCHAR column's cell with spaces trimmed. Most cells
 * have no space at either end, and testing the ends costs DuckDB far less than trim, which builds a new
 * string for every cell (a column of Fingertips values trims in under half the time).
 */
export const trimmedCell = (column: string) =>
  `CASE WHEN starts_with(${column}, ' ') OR ends_with(${column}, ' ') THEN trim(${column}, ' ') ELSE ${column} END`;
const trimSpaces = (value: string) => value.replace(/^ +| +$/g, "");
const upperAscii = (value: string) => value.replace(/[a-z]/g, (letter) => letter.toUpperCase());

const emptyCheck: ValueCheck = {
  fails: (cell) => `(${cell} IS NULL OR ${cell} = '')`,
  problem: "an empty cell",
};

const isEmpty = (value: string | null): value is null => value === null || trimSpaces(value) === "";

/** Lets a rule's schema accept an empty cell as null, for optional columns. */
function orEmpty<T>(schema: z.ZodType<T, z.ZodTypeDef, string | null>) {
  return z
    .string()
    .nullable()
    .transform((value, context): T | null => {
      if (isEmpty(value)) return null;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      context.addIssue({ code: z.ZodIssueCode.custom, message: parsed.error.issues[0]?.message });
      return z.NEVER;
    });
}

function requiredText(text: RuleText) {
  return z
    .string({ invalid_type_error: text.expected, required_error: text.expected })
    .nullable()
    .refine((value): value is string => !isEmpty(value), { message: emptyCheck.problem })
    .transform((value) => trimSpaces(value ?? ""));
}

const WHOLE_NUMBER = "[0-9]+(\\.0+)?";

/** A count such as NUMBER_OF_PATIENTS: 0 or more, whole, below a billion (INTEGER-safe). */
export function wholeNumber(text: RuleText): ValueRule<number> {
  return {
    ...text,
    checks: [
      emptyCheck,
      {
        fails: (cell) => `coalesce(regexp_full_match(${cell}, '-${WHOLE_NUMBER}'), false)`,
        problem: "a negative number",
      },
      {
        fails: (cell) => `NOT coalesce(regexp_full_match(${cell}, '${WHOLE_NUMBER}'), false)`,
        problem: "text, not a whole number",
      },
      {
        fails: (cell) => `coalesce(length(split_part(${cell}, '.', 1)) > 9, false)`,
        problem: "a number too large to be a count",
      },
    ],
    toSql: (cell) => `CAST(${cell} AS INTEGER)`,
    sqlType: "INTEGER",
    schema: requiredText(text)
      .refine((value) => !new RegExp(`^-${WHOLE_NUMBER}$`).test(value), "a negative number")
      .refine((value) => new RegExp(`^${WHOLE_NUMBER}$`).test(value), "text, not a whole number")
      .refine((value) => (value.split(".")[0] ?? "").length <= 9, "a number too large to be a count")
      .transform((value) => Math.round(Number(value))),
  };
}

const DECIMAL = "[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?";

/** A score or rate within [min, max]. */
export function decimalNumber(text: RuleText & { min: number; max: number }): ValueRule<number> {
  const { min, max } = text;
  return {
    expected: text.expected,
    fix: text.fix,
    checks: [
      emptyCheck,
      {
        fails: (cell) => `NOT coalesce(regexp_full_match(${cell}, '${DECIMAL}'), false)`,
        problem: "text, not a number",
      },
      {
        fails: (cell) => `coalesce(NOT (TRY_CAST(${cell} AS DOUBLE) BETWEEN ${min} AND ${max}), false)`,
        problem: `a number outside ${min} to ${max}`,
      },
    ],
    toSql: (cell) => `CAST(${cell} AS DOUBLE)`,
    sqlType: "DOUBLE",
    schema: requiredText(text)
      .refine((value) => new RegExp(`^${DECIMAL}$`).test(value), "text, not a number")
      .transform(Number)
      .refine((value) => value >= min && value <= max, `a number outside ${min} to ${max}`),
  };
}

/**
 * A count or denominator that need not be whole: 0 or more. Fingertips publishes weighted denominators
 * (England's smoking denominator 46608551.5), so `wholeNumber` would reject real files.
 */
export function nonNegativeNumber(text: RuleText): ValueRule<number> {
  const cast = (cell: string) => `TRY_CAST(${cell} AS DOUBLE)`;
  return {
    ...text,
    checks: [
      emptyCheck,
      {
        fails: (cell) => `NOT coalesce(regexp_full_match(${cell}, '${DECIMAL}'), false)`,
        problem: "text, not a number",
      },
      { fails: (cell) => `coalesce(${cast(cell)} < 0, false)`, problem: "a negative number" },
      { fails: (cell) => `coalesce(NOT isfinite(${cast(cell)}), false)`, problem: "a number too large" },
    ],
    toSql: (cell) => `CAST(${cell} AS DOUBLE)`,
    sqlType: "DOUBLE",
    schema: requiredText(text)
      .refine((value) => new RegExp(`^${DECIMAL}$`).test(value), "text, not a number")
      .transform(Number)
      .refine((value) => !(value < 0), "a negative number")
      .refine((value) => Number.isFinite(value), "a number too large"),
  };
}

/**
 * An identifier such as an ODS practice code or an ONS LSOA code, upper-cased. `unknown` matches the
 * publisher's placeholders for "not known" (NHS Digital writes NO2011 / NO2021 for patients without an
 * LSOA); those become NULL rather than an error.
 */
export function code(text: RuleText & { pattern: string; unknown?: string }): ValueRule<string | null> {
  const { pattern, unknown } = text;
  const upper = (cell: string) => `upper(${cell})`;
  const accepted = unknown === undefined ? pattern : `${pattern}|${unknown}`;
  const acceptedRegExp = new RegExp(`^(${accepted})$`);
  const unknownRegExp = unknown === undefined ? null : new RegExp(`^(${unknown})$`);
  return {
    expected: text.expected,
    fix: text.fix,
    checks: [
      emptyCheck,
      {
        fails: (cell) => `NOT coalesce(regexp_full_match(${upper(cell)}, '${accepted}'), false)`,
        problem: "a value in the wrong shape",
      },
    ],
    toSql: (cell) =>
      unknown === undefined
        ? upper(cell)
        : `CASE WHEN regexp_full_match(${upper(cell)}, '${unknown}') THEN NULL ELSE ${upper(cell)} END`,
    sqlType: "VARCHAR",
    schema: requiredText(text)
      .transform(upperAscii)
      .refine((value) => acceptedRegExp.test(value), "a value in the wrong shape")
      .transform((value) => (unknownRegExp?.test(value) ? null : value)),
  };
}

/** One of a closed list of spellings, each mapped to its canonical value (case-insensitive). */
export function choice<T extends string>(
  text: RuleText & { values: Readonly<Record<string, T>> },
): ValueRule<T> {
  const spellings = Object.keys(text.values);
  const sqlList = spellings.map((spelling) => `'${spelling}'`).join(", ");
  const cases = Object.entries(text.values)
    .map(([spelling, canonical]) => `WHEN '${spelling}' THEN '${canonical}'`)
    .join(" ");
  return {
    expected: text.expected,
    fix: text.fix,
    checks: [
      emptyCheck,
      {
        fails: (cell) => `coalesce(upper(${cell}) NOT IN (${sqlList}), true)`,
        problem: "a value not in the list",
      },
    ],
    toSql: (cell) => `CASE upper(${cell}) ${cases} END`,
    sqlType: "VARCHAR",
    schema: requiredText(text)
      .transform(upperAscii)
      .refine((value) => Object.hasOwn(text.values, value), "a value not in the list")
      .transform((value) => text.values[value] as T),
  };
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
/** NHS Digital writes 01APR2020; other publishers ISO 2020-04-01 or UK 01/04/2020. */
const DATE_SHAPES = [
  { regex: "[0-9]{2}[A-Za-z]{3}[0-9]{4}", format: "%d%b%Y" },
  { regex: "[0-9]{4}-[0-9]{2}-[0-9]{2}", format: "%Y-%m-%d" },
  { regex: "[0-9]{2}/[0-9]{2}/[0-9]{4}", format: "%d/%m/%Y" },
] as const;

function parseDate(value: string): string | null {
  const nhs = /^(\d{2})([A-Za-z]{3})(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const parts = nhs
    ? { day: nhs[1], month: MONTHS.indexOf(upperAscii(nhs[2] ?? "")) + 1, year: nhs[3] }
    : iso
      ? { day: iso[3], month: Number(iso[2]), year: iso[1] }
      : uk
        ? { day: uk[1], month: Number(uk[2]), year: uk[3] }
        : null;
  if (parts === null) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(parts.year), parts.month - 1, Number(parts.day));
  const isoText = `${parts.year}-${String(parts.month).padStart(2, "0")}-${parts.day}`;
  return date.toISOString().slice(0, 10) === isoText ? isoText : null;
}

/** A calendar date, returned as ISO yyyy-mm-dd text in JavaScript and as DATE in SQL. */
export function calendarDate(text: RuleText): ValueRule<string> {
  const parsed = (cell: string) =>
    `coalesce(${DATE_SHAPES.map(
      (shape) =>
        `CASE WHEN regexp_full_match(${cell}, '${shape.regex}') THEN try_strptime(${cell}, '${shape.format}') END`,
    ).join(", ")})`;
  return {
    ...text,
    checks: [emptyCheck, { fails: (cell) => `(${parsed(cell)}) IS NULL`, problem: "not a date" }],
    toSql: (cell) => `CAST(${parsed(cell)} AS DATE)`,
    sqlType: "DATE",
    schema: requiredText(text).transform((value, context) => {
      const date = parseDate(value);
      if (date !== null) return date;
      context.addIssue({ code: z.ZodIssueCode.custom, message: "not a date" });
      return z.NEVER;
    }),
  };
}

/** Free text such as a name: kept as written, spaces trimmed; empty allowed when optional. */
export function freeText(text: RuleText): ValueRule<string> {
  return {
    ...text,
    checks: [emptyCheck],
    toSql: (cell) => cell,
    sqlType: "VARCHAR",
    schema: requiredText(text),
  };
}

/** The same rule with empty cells accepted as NULL (for columns a layout may leave blank). */
export function optional<T>(rule: ValueRule<T>): ValueRule<T | null> {
  return {
    ...rule,
    checks: rule.checks
      .filter((check) => check !== emptyCheck)
      .map((check) => ({
        ...check,
        fails: (cell: string) => `(${cell} IS NOT NULL AND ${cell} <> '' AND ${check.fails(cell)})`,
      })),
    toSql: (cell) => `CASE WHEN ${cell} <> '' THEN ${rule.toSql(cell)} END`,
    schema: orEmpty(rule.schema),
  };
}
