import type { DuckDBConnection } from "@duckdb/node-api";
import { FINGERTIPS_CATALOGUE, unknownIndicatorId } from "../indicators/fingertips-catalogue.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { RecognisedInput } from "./importer.ts";
import { locateCsvLine } from "./locate-csv-line.ts";

type Row = Record<string, unknown>;

const rows = (count: number) => `${count.toLocaleString("en-GB")} ${count === 1 ? "row" : "rows"}`;

/** The heading a canonical column has in this file, for messages. */
const heading = (input: RecognisedInput, name: string, fallback: string) =>
  input.header[input.columns.get(name) ?? -1] ?? fallback;

async function failAt(
  input: RecognisedInput,
  sourceRow: unknown,
  problem: { column: string; expected: string; found: string; fix: string },
): Promise<never> {
  throw new PipelineInputError({
    file: input.path,
    line: await locateCsvLine(input.path, { dataRow: Number(sourceRow) }),
    ...problem,
  });
}

const PROPORTION_IDS = FINGERTIPS_CATALOGUE.filter((entry) => entry.kind === "proportion")
  .map((entry) => entry.fingertipsId)
  .join(", ");

/** Value = 100 × Count / Denominator, to the 10 significant digits Fingertips prints. */
const isPercentOfCount =
  "abs(value - 100 * count / denominator) <= 1e-6 * greatest(abs(value), 1e-9) AND denominator > 0";
const outside = (limit: "95" | "998") =>
  `value < lower${limit} - 1e-7 * greatest(abs(value), abs(lower${limit}), 1)
   OR value > upper${limit} + 1e-7 * greatest(abs(value), abs(upper${limit}), 1)`;

/**
 * Checks that need several columns of a row, each named with the column a person would correct. Counts above
 * their denominator are errors for the percentage indicators this product knows, and for any indicator whose
 * value is 100 × Count / Denominator (a percentage over 100); ratios and rates may exceed their denominators.
 */
const ROW_CHECKS = [
  {
    flag: "period_order IS NULL",
    column: "period",
    label: "Time period",
    expected: "a time period containing a year, such as 2022/23 (or a 'Time period Sortable' column)",
    found: (row: Row) => `"${String(row.period)}"`,
    fix: "write the period as Fingertips does (2022/23, 2019, 2017 - 19)",
  },
  {
    flag: `count > denominator AND (fingertips_id IN (${PROPORTION_IDS}) OR (${isPercentOfCount}))`,
    column: "count",
    label: "Count",
    expected: "a count no larger than its Denominator: the indicator is a percentage of the denominator",
    found: (row: Row) => `${String(row.count)} with Denominator ${String(row.denominator)}`,
    fix: "check that the Count and Denominator columns are not swapped, and correct the row",
  },
  {
    flag: `fingertips_id IN (${PROPORTION_IDS}) AND denominator > 0 AND NOT (${isPercentOfCount})`,
    column: "value",
    label: "Value",
    expected: "Value = 100 × Count / Denominator, as for every row of this percentage indicator",
    found: (row: Row) =>
      `${String(row.value)} with Count ${String(row.count)} and Denominator ${String(row.denominator)}`,
    fix: "check that the columns are in the right order and the row was not edited by hand",
  },
  ...(["95", "998"] as const).flatMap((level) => {
    const printed = level === "95" ? "95.0" : "99.8";
    return [
      {
        flag: `lower${level} > upper${level}`,
        column: `lower${level}`,
        label: `Lower CI ${printed} limit`,
        expected: `a lower ${printed}% limit no larger than the upper one`,
        found: (row: Row) => `${String(row[`lower${level}`])} above ${String(row[`upper${level}`])}`,
        fix: "check that the lower and upper limit columns are not swapped",
      },
      {
        flag: outside(level),
        column: "value",
        label: "Value",
        expected: `a value inside its ${printed}% confidence limits`,
        found: (row: Row) =>
          `${String(row.value)} outside ${String(row[`lower${level}`])} to ${String(row[`upper${level}`])}`,
        fix: "check that the value and limit columns are in the right order",
      },
    ];
  }),
];

export async function checkFingertipsRows(db: DuckDBConnection, input: RecognisedInput): Promise<void> {
  const flags = ROW_CHECKS.map((check, index) => `coalesce(${check.flag}, false) AS f${index}`);
  const row = (
    await db.runAndReadAll(`
      SELECT * FROM (SELECT *, ${flags.join(", ")} FROM fingertips_rows WHERE source_file = ${input.fileId})
      WHERE ${ROW_CHECKS.map((_, index) => `f${index}`).join(" OR ")}
      ORDER BY source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (row === undefined) return;
  const index = ROW_CHECKS.findIndex((_, position) => row[`f${position}`] === true);
  const check = ROW_CHECKS[index];
  if (check === undefined) return;
  await failAt(input, row.source_row, {
    column: heading(input, check.column, check.label),
    expected: check.expected,
    found: check.found(row),
    fix: check.fix,
  });
}

/**
 * Rows with an empty Indicator ID take the ID of the file's other rows with the same Indicator Name: some
 * published extracts append a newer year that way (the real Pennine smoking file's 2023/24 rows). A row
 * whose name matches no ID, or several, is an error.
 */
export async function fillBlankIndicatorIds(
  db: DuckDBConnection,
  input: RecognisedInput,
): Promise<{ rows: number; ids: readonly number[] }> {
  const file = `source_file = ${input.fileId}`;
  const named = `(
    SELECT indicator_name, min(fingertips_id) AS id, count(DISTINCT fingertips_id) AS ids
    FROM fingertips_rows WHERE ${file} AND fingertips_id IS NOT NULL GROUP BY indicator_name)`;
  const filled = await db.runAndReadAll(`
    UPDATE fingertips_rows SET fingertips_id = named.id FROM ${named} AS named
    WHERE fingertips_rows.${file} AND fingertips_rows.fingertips_id IS NULL
      AND fingertips_rows.indicator_name = named.indicator_name AND named.ids = 1
    RETURNING fingertips_rows.fingertips_id AS id`);
  const ids = [...new Set(filled.getRowObjectsJS().map((row) => Number(row.id)))].sort((a, b) => a - b);
  const blank = (
    await db.runAndReadAll(`
      SELECT source_row, indicator_name, (SELECT list(DISTINCT fingertips_id ORDER BY fingertips_id) FROM fingertips_rows o
        WHERE o.${file} AND o.indicator_name = r.indicator_name AND o.fingertips_id IS NOT NULL) AS ids
      FROM fingertips_rows r WHERE ${file} AND fingertips_id IS NULL ORDER BY source_row LIMIT 1`)
  ).getRowObjectsJS()[0];
  if (blank !== undefined) {
    const name = blank.indicator_name === null ? null : String(blank.indicator_name);
    const others = Array.isArray(blank.ids) ? blank.ids.map(String) : [];
    await failAt(input, blank.source_row, {
      column: heading(input, "fingertips_id", "Indicator ID"),
      expected: "the Fingertips indicator ID, a whole number such as 91547",
      found:
        name === null
          ? "an empty cell, and no Indicator Name to take it from"
          : others.length > 1
            ? `an empty cell, and the Indicator Name "${name}" has several IDs in this file (${others.join(", ")})`
            : `an empty cell, and no other row named "${name}" has an ID`,
      fix: "fill in the Indicator ID; Fingertips shows it in each indicator's definition",
    });
  }
  return { rows: filled.getRowObjectsJS().length, ids };
}

/** What the report says about a Fingertips file beyond its rows and periods. */
export async function fingertipsNotes(
  db: DuckDBConnection,
  input: RecognisedInput,
  filled: { rows: number; ids: readonly number[] },
): Promise<string[]> {
  const notes: string[] = [];
  const summary = (
    await db.runAndReadAll(`
      SELECT count(*) FILTER (WHERE coalesce(category_type, '') <> '' OR coalesce(category, '') <> '') AS categories,
        min(category_type) AS example
      FROM fingertips_rows WHERE source_file = ${input.fileId}`)
  ).getRowObjectsJS()[0];
  const categories = Number(summary?.categories ?? 0);
  if (categories > 0) {
    notes.push(
      `${rows(categories)} for categories ignored (e.g. "${String(summary?.example)}"): only whole-area values are used`,
    );
  }
  if (filled.rows > 0) {
    notes.push(
      `${rows(filled.rows)} with no Indicator ID: taken as ${filled.ids.join(", ")} from the rows with the same Indicator Name`,
    );
  }
  const indicators = (
    await db.runAndReadAll(`
      SELECT fingertips_id, min(indicator_name) AS name FROM fingertips_rows
      WHERE source_file = ${input.fileId} GROUP BY fingertips_id ORDER BY fingertips_id`)
  ).getRowObjectsJS();
  for (const indicator of indicators) {
    const id = Number(indicator.fingertips_id);
    const name = indicator.name === null ? null : String(indicator.name);
    const known = FINGERTIPS_CATALOGUE.find((entry) => entry.fingertipsId === id);
    if (known === undefined) {
      notes.push(
        `Fingertips indicator ${id}${name === null ? "" : ` ("${name}")`} has no definition in this product: imported as ${unknownIndicatorId(id)}, as published`,
      );
    } else if (name !== null && !known.namePattern.test(name)) {
      notes.push(
        `Indicator ID ${id} is named "${name}" here, which does not look like ${known.definition.indicator_id} ("${known.definition.name}"); it is imported as ${known.definition.indicator_id}: check the export`,
      );
    }
  }
  return notes;
}
