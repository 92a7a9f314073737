import type { DuckDBConnection } from "@duckdb/node-api";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { ColumnSpec, RecognisedInput } from "./importer.ts";
import { locateCsvLine } from "./locate-csv-line.ts";
import { sqlLiteral } from "./sql-literal.ts";
import { trimmedCell } from "./value-rules.ts";

/** The typed SQL for a canonical column, or `absent` (a default the layout allows) when the file lacks it. */
export type TypedColumns = (name: string, absent?: string) => string;

/**
 * Above this many values that a plain CAST would get wrong, a column is converted with its rule's full
 * expression instead of a lookup of exceptions.
 */
const MAX_EXCEPTIONS = 20;

/** Rows looked at to judge how repetitive each column is. */
const SAMPLE_ROWS = 4096;

/**
 * A column with at least this share of distinct values among the sampled rows is checked row by row:
 * gathering its distinct values would cost a hash table nearly the size of the file and save no check.
 */
const ROW_BY_ROW_SHARE = 0.5;

/**
 * Checks every present column of a staged file against its rule and plans how to cast it. Repetitive
 * columns (a million registrations hold one extract date, three sexes and a few thousand counts) are
 * checked on their distinct values, with the first row each appears on, so the checks cost one grouped
 * scan instead of regular expressions on every row; columns of nearly all-different values (Fingertips
 * values and limits, IMD scores) are checked row by row in one aggregate, as grouping them would only add
 * work. Which way a column goes is judged from the first rows and changes only the speed: both find the
 * same first offending row (the lowest row whose value fails). Only then is that row read back to say
 * which check failed.
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
  const rowByRow = await mostlyDistinctColumns(db, table, present);
  const grouped = present.filter((spec) => !rowByRow.has(spec.name));
  const distinct = `${table}_distinct`;
  if (grouped.length > 0) {
    const which = grouped.map((spec) => `WHEN grouping(${spec.name}) = 0 THEN '${spec.name}'`).join(" ");
    await db.run(`
      CREATE TEMP TABLE ${distinct} AS
      SELECT CASE ${which} END AS which, ${grouped.map((spec) => spec.name).join(", ")}, min(rowid) AS first_row
      FROM ${table} GROUP BY GROUPING SETS (${grouped.map((spec) => `(${spec.name})`).join(", ")})`);
  }

  const anyFails = (spec: ColumnSpec, cell: string) =>
    spec.rule.checks.map((check) => check.fails(cell)).join(" OR ");
  const checked = present.filter((spec) => spec.rule.checks.length > 0);
  const checkedRowByRow = checked.filter((spec) => rowByRow.has(spec.name));
  // Row by row, each cell is trimmed once, in a subquery, for all of its rule's checks (value-rules.ts).
  const trimmedRows = `(SELECT rowid AS row_id, ${checkedRowByRow
    .map((spec) => `${trimmedCell(spec.name)} AS ${spec.name}`)
    .join(", ")} FROM ${table})`;
  const firstFailures = [
    ...checked
      .filter((spec) => !rowByRow.has(spec.name))
      .map((spec) => ({
        from: distinct,
        sql: `min(first_row) FILTER (WHERE which = '${spec.name}' AND (${anyFails(spec, trimmedCell(spec.name))}))`,
      })),
    ...checkedRowByRow.map((spec) => ({
      from: trimmedRows,
      sql: `min(row_id) FILTER (WHERE ${anyFails(spec, spec.name)})`,
    })),
  ];
  const failing: number[] = [];
  for (const from of new Set(firstFailures.map((failure) => failure.from))) {
    const aggregates = firstFailures.filter((failure) => failure.from === from).map((failure) => failure.sql);
    const summary = (await db.runAndReadAll(`SELECT ${aggregates.join(", ")} FROM ${from}`)).getRowsJS()[0];
    failing.push(...(summary ?? []).filter((value) => value !== null).map(Number));
  }
  if (failing.length > 0) await reportRow(db, table, input, checked, Math.min(...failing));

  const plans = grouped.length > 0 ? await planCasts(db, distinct, grouped) : new Map<string, string>();
  // Row by row columns have no distinct values to look exceptions up in: they take the rule's own SQL.
  for (const spec of present)
    if (rowByRow.has(spec.name)) plans.set(spec.name, spec.rule.toSql(trimmedCell(spec.name)));
  if (grouped.length > 0) await db.run(`DROP TABLE ${distinct}`);
  return (name, absent = "NULL") => {
    if (!specs.some((spec) => spec.name === name)) throw new Error(`No column ${name} in this layout`);
    return plans.get(name) ?? absent;
  };
}

/**
 * The columns whose first rows (by rowid, which DuckDB reads without scanning the rest; which rows are
 * looked at changes only the speed) are mostly all different (see ROW_BY_ROW_SHARE).
 */
async function mostlyDistinctColumns(
  db: DuckDBConnection,
  table: string,
  specs: readonly ColumnSpec[],
): Promise<Set<string>> {
  if (specs.length === 0) return new Set();
  const counts = specs.map((spec) => `count(DISTINCT ${spec.name})`).join(", ");
  const row = (
    await db.runAndReadAll(
      `SELECT count(*), ${counts} FROM (SELECT * FROM ${table} WHERE rowid < ${SAMPLE_ROWS})`,
    )
  ).getRowsJS()[0];
  const sampled = Number(row?.[0] ?? 0);
  return new Set(
    specs
      .filter((_, index) => sampled > 0 && Number(row?.[index + 1] ?? 0) >= ROW_BY_ROW_SHARE * sampled)
      .map((spec) => spec.name),
  );
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
      SELECT '${name}' AS name, ${name} AS raw, CAST(${rule.toSql(trimmedCell(name))} AS VARCHAR) AS typed FROM ${distinct}
      WHERE which = '${name}' AND ${rule.toSql(trimmedCell(name))} IS DISTINCT FROM TRY_CAST(${name} AS ${rule.sqlType})
      LIMIT ${MAX_EXCEPTIONS + 1})`,
  );
  const exceptions = (await db.runAndReadAll(branches.join(" UNION ALL "))).getRowObjectsJS();
  const plans = new Map<string, string>();
  for (const { name, rule } of specs) {
    const differing = exceptions.filter((exception) => exception.name === name);
    const plainCast = `CAST(${name} AS ${rule.sqlType})`;
    if (differing.length > MAX_EXCEPTIONS) plans.set(name, rule.toSql(trimmedCell(name)));
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
  const flags = checked.flatMap((spec) =>
    spec.rule.checks.map((check) => check.fails(trimmedCell(spec.name))),
  );
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
