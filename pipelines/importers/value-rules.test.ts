import { DuckDBInstance } from "@duckdb/node-api";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lsoaCodeRule, practiceCodeRule } from "./code-rules.ts";
import { sqlLiteral } from "./sql-literal.ts";
import {
  calendarDate,
  choice,
  decimalNumber,
  freeText,
  nonNegativeNumber,
  optional,
  trimmedCell,
  type ValueRule,
  wholeNumber,
} from "./value-rules.ts";

const text = { expected: "x", fix: "y" };
const rules: Record<string, ValueRule<unknown>> = {
  wholeNumber: wholeNumber(text),
  decimalNumber: decimalNumber({ ...text, min: 0, max: 100 }),
  rate: optional(decimalNumber({ ...text, min: 0, max: 1 })),
  nonNegativeNumber: nonNegativeNumber(text),
  practiceCode: practiceCodeRule,
  lsoaCode: lsoaCodeRule,
  sex: choice({ ...text, values: { ALL: "ALL", M: "MALE", MALE: "MALE", FEMALE: "FEMALE" } }),
  date: calendarDate(text),
  name: freeText(text),
  optionalName: optional(freeText(text)),
};

// Cells a real file might hold, and near misses of them, built from the characters that matter.
const cell = fc.oneof(
  fc.string({
    unit: fc.constantFrom(..."0123456789-+.eE ", "a", "N", "O", "é", "\t", "\u00a0"),
    maxLength: 8,
  }),
  fc.constantFrom("12", "12.0", "-3", "1e3", "1e400", "0.5", ".5", "5.", " 7 ", "1,000", "", "  "),
  fc.constantFrom(
    "P81003",
    "p81003",
    " Y02345 ",
    "P8100",
    "E01012345",
    "NO2011",
    "no2021",
    "W01000001",
    "E0101234",
  ),
  fc.constantFrom("ALL", "all", "Male", "M", "F", "FEMALE", "persons"),
  fc.constantFrom(
    "01APR2020",
    "01apr2020",
    "1APR2020",
    "31FEB2020",
    "2020-04-01",
    "2020-4-01",
    "01/04/2020",
    "29/02/2021",
  ),
  fc.string({ maxLength: 6 }),
);
const cells = fc.option(cell, { nil: null });

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
});
afterAll(() => instance.closeSync());

/** Each value's verdict in SQL: whether any check fails, and the typed value as text when none does. */
async function sqlVerdicts(rule: ValueRule<unknown>, values: readonly (string | null)[]) {
  const db = await instance.connect();
  try {
    const rows = values
      .map((value, index) => `(${index}, ${value === null ? "NULL" : sqlLiteral(value)})`)
      .join(", ");
    // The rules' SQL takes the cell trimmed, as the importers give it (trimmedCell).
    const fails =
      rule.checks.length === 0 ? "false" : rule.checks.map((check) => check.fails("cell")).join(" OR ");
    const result = await db.runAndReadAll(`
      SELECT i, (${fails}) AS fails, CASE WHEN NOT (${fails}) THEN CAST(${rule.toSql("cell")} AS VARCHAR) END AS typed
      FROM (SELECT i, ${trimmedCell("v")} AS cell FROM (VALUES ${rows}) AS t(i, v)) ORDER BY i`);
    return result
      .getRowObjectsJS()
      .map((row) => ({ fails: row.fails === true, typed: row.typed as string | null }));
  } finally {
    db.closeSync();
  }
}

const asText = (value: unknown) =>
  value === null ? null : typeof value === "number" ? String(value) : String(value);

describe("value rules say the same thing in SQL and in zod", () => {
  for (const [name, rule] of Object.entries(rules)) {
    it(`${name}: SQL checks and zod schema accept the same cells and give the same values`, async () => {
      const values = fc.sample(cells, { numRuns: 400, seed: 20240401 });
      const verdicts = await sqlVerdicts(rule, values);
      // The sample must exercise both sides of the rule, or agreement would prove nothing.
      if (rule.checks.length > 0)
        expect(verdicts.filter((verdict) => verdict.fails).length).toBeGreaterThan(20);
      expect(verdicts.filter((verdict) => !verdict.fails).length).toBeGreaterThan(5);
      values.forEach((value, index) => {
        const parsed = rule.schema.safeParse(value);
        const sql = verdicts[index];
        expect({ value, accepted: parsed.success }).toEqual({ value, accepted: !sql?.fails });
        if (parsed.success && sql !== undefined) {
          const typed =
            sql.typed === null
              ? null
              : rule.sqlType === "DOUBLE" || rule.sqlType === "INTEGER"
                ? Number(sql.typed)
                : sql.typed;
          expect({ value, typed: asText(typed) }).toEqual({ value, typed: asText(parsed.data) });
        }
      });
    });
  }
});

describe("value rules on the cells publishers write", () => {
  it("reads counts, rejecting negatives, text and decimals", () => {
    const rule = rules.wholeNumber;
    expect(rule?.schema.parse(" 12 ")).toBe(12);
    expect(rule?.schema.parse("12.0")).toBe(12);
    expect(rule?.schema.safeParse("-3").error?.issues[0]?.message).toBe("a negative number");
    expect(rule?.schema.safeParse("twelve").error?.issues[0]?.message).toBe("text, not a whole number");
    expect(rule?.schema.safeParse("12.5").success).toBe(false);
  });

  it("turns NHS Digital's NO2011 into an unknown LSOA, and upper-cases codes", () => {
    expect(lsoaCodeRule.schema.parse("NO2011")).toBeNull();
    expect(lsoaCodeRule.schema.parse("e01012345")).toBe("E01012345");
    expect(lsoaCodeRule.schema.safeParse("E0101234").success).toBe(false);
  });

  it("reads the three date shapes and rejects impossible dates", () => {
    expect(rules.date?.schema.parse("01APR2020")).toBe("2020-04-01");
    expect(rules.date?.schema.parse("2020-04-01")).toBe("2020-04-01");
    expect(rules.date?.schema.parse("01/04/2020")).toBe("2020-04-01");
    expect(rules.date?.schema.safeParse("31FEB2020").success).toBe(false);
  });

  it("accepts an empty optional cell as null", () => {
    expect(rules.rate?.schema.parse("")).toBeNull();
    expect(rules.rate?.schema.parse("0.25")).toBe(0.25);
    expect(rules.rate?.schema.safeParse("1.5").success).toBe(false);
  });
});
