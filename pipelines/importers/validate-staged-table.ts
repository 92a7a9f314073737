import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { ColumnSpec, RecognisedInput } from "./importer.ts";
import { locateCsvLine } from "./locate-csv-line.ts";
import { sqlLiteral } from "./sql-literal.ts";

/** The typed SQL for a canonical column, or `absent` (a default the layout allows) when the file lacks it. */
export type TypedColumns = (name: string, absent?: string) => string;

/**
 * Above this many values that a plain CAST would get wrong, a column is converted with its rule's full
 * expression instead of a lookup of exceptions.
 */
const MAX_EXCEPTIONS = 20;

/**
 * Checks every present column of a staged file against its rule and plans how to cast it, working on each
 * column's distinct values (with the first row each appears on) rather than on every row: a million
 * registrations hold one extract date, three sexes and a few thousand counts, so the checks cost one
 * grouped scan instead of regular expressions on every row. The first offending row is the lowest first
 * row among failing values; only then is it read back to say which check failed.
 */
export async function validateStagedTable(
  db: DuckDBConnection,
  table: string,
  input: RecognisedInput,
  specs: readonly ColumnSpec[],
): Promise<TypedColumns> {
  const present = specs
    .filter((spec) => input.columns.has(spec.name))
    .sort((a, b) => (input.columns.get(a.name) ?? 0) - (input.columns.get(b.name) ?? 0));
  const distinct = `${table}_distinct`;
  const which = present.map((spec) => `WHEN grouping(${spec.name}) = 0 THEN '${spec.name}'`).join(" ");
  await db.run(`
    CREATE TEMP TABLE ${distinct} AS
    SELECT CASE ${which} END AS which, ${present.map((spec) => spec.name).join(", ")}, min(rowid) AS first_row
    FROM ${table} GROUP BY GROUPING SETS (${present.map((spec) => `(${spec.name})`).join(", ")})`);

  const checked = present.filter((spec) => spec.rule.checks.length > 0);
  if (checked.length > 0) {
    const firstFailures = checked.map((spec, index) => {
      const anyFails = spec.rule.checks.map((check) => check.fails(spec.name)).join(" OR ");
      return `min(first_row) FILTER (WHERE which = '${spec.name}' AND (${anyFails})) AS f${index}`;
    });
    const summary =
      (await db.runAndReadAll(`SELECT ${firstFailures.join(", ")} FROM ${distinct}`)).getRowsJS()[0] ?? [];
    const failing = summary.filter((value) => value !== null).map(Number);
    if (failing.length > 0) await reportRow(db, table, input, checked, Math.min(...failing));
  }

  const plans = await planCasts(db, distinct, present);
  await db.run(`DROP TABLE ${distinct}`);
  return (name, absent = "NULL") => {
    if (!specs.some((spec) => spec.name === name)) throw new Error(`No column ${name} in this layout`);
    return plans.get(name) ?? absent;
  };
}

/**
 * A column whose values a plain CAST already reads as the rule does (no spaces to trim, codes already in
 * capitals) is cast directly; the few values that differ (NO2011 → NULL, 01APR2020 → a DATE) are looked
 * up; only a column with many such values pays for the rule's full expression on every row. One query
 * finds the differing values of every column.
 */
async function planCasts(
  db: DuckDBConnection,
  distinct: string,
  specs: readonly ColumnSpec[],
): Promise<Map<string, string>> {
  const branches = specs.map(
    ({ name, rule }) => `(
      SELECT '${name}' AS name, ${name} AS raw, CAST(${rule.toSql(name)} AS VARCHAR) AS typed FROM ${distinct}
      WHERE which = '${name}' AND ${rule.toSql(name)} IS DISTINCT FROM TRY_CAST(${name} AS ${rule.sqlType})
      LIMIT ${MAX_EXCEPTIONS + 1})`,
  );
  const exceptions = (await db.runAndReadAll(branches.join(" UNION ALL "))).getRowObjectsJS();
  const plans = new Map<string, string>();
  for (const { name, rule } of specs) {
    const differing = exceptions.filter((exception) => exception.name === name);
    const plainCast = `CAST(${name} AS ${rule.sqlType})`;
    if (differing.length > MAX_EXCEPTIONS) plans.set(name, rule.toSql(name));
    else if (differing.length === 0) plans.set(name, plainCast);
    else {
      const lookups = differing.map(({ raw, typed }) => {
        const value = typed === null ? "NULL" : `CAST(${sqlLiteral(String(typed))} AS ${rule.sqlType})`;
        return `WHEN ${sqlLiteral(String(raw))} THEN ${value}`;
      });
      plans.set(name, `CASE ${name} ${lookups.join(" ")} ELSE ${plainCast} END`);
    }
  }
  return plans;
}

/** A cell as quoted in a message: long free text is cut so the message stays one readable line. */
const shorten = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

async function reportRow(
  db: DuckDBConnection,
  table: string,
  input: RecognisedInput,
  checked: readonly ColumnSpec[],
  rowid: number,
): Promise<never> {
  const flags = checked.flatMap((spec) => spec.rule.checks.map((check) => check.fails(spec.name)));
  const row = (
    await db.runAndReadAll(
      `SELECT ${checked.map((spec) => spec.name).join(", ")}, ${flags.join(", ")} FROM ${table} WHERE rowid = ${rowid}`,
    )
  ).getRowsJS()[0];
  let flag = checked.length;
  for (const [index, spec] of checked.entries()) {
    const value = row?.[index];
    for (const check of spec.rule.checks) {
      if (row?.[flag++] !== true) continue;
      throw new PipelineInputError({
        file: input.path,
        line: await locateCsvLine(input.path, { dataRow: rowid }),
        column: input.header[input.columns.get(spec.name) ?? -1] ?? spec.label,
        expected: spec.rule.expected,
        found:
          value === null || value === undefined || String(value).trim() === ""
            ? check.problem
            : `"${shorten(String(value))}" (${check.problem})`,
        fix: spec.rule.fix,
      });
    }
  }
  throw new Error(`Row ${rowid} of ${input.path} failed a check that could not be named again`);
}
