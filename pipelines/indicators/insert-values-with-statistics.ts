import { DOUBLE, type DuckDBConnection, DuckDBDataChunk, type DuckDBValue, UTINYINT } from "@duckdb/node-api";
import { letEventLoopRun } from "../event-loop.ts";
import { CHUNK_ROWS } from "../importers/append-rows.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import {
  COMPARISON_TEXT,
  type FingertipsColumns,
  type FingertipsStatistics,
  fingertipsStatisticsInSlices,
  TREND_TEXT,
} from "./fingertips-statistics.ts";
import { POLARITIES } from "./indicator-definition.ts";

/**
 * Inserts the rows of `ordered`, a temporary table of values in the order the statistics read them, into
 * `indicator_values` with their limits, comparisons, trends and deciles from the stats core
 * (fingertips-statistics.ts). Returns the number of rows inserted.
 *
 * `ordered` has: indicator_id, area_code, area_type, period, count, denominator, value (the published or
 * computed figures, copied as they are); area_group and period_rank (INTEGER: an indicator and area's rows
 * are consecutive, in period order); proportion and has_limits (BOOLEAN); polarity_code (UTINYINT, 1-based
 * in POLARITIES); decile_group (INTEGER, null outside practices); lower95, upper95, lower998, upper998 (the
 * published limits, else null); england_value, icb_value, pcn_value (the comparators' values).
 *
 * Only numbers go through JavaScript: the statistics are appended to a table of their own and joined back
 * to `ordered` by position (DuckDB keeps insertion order), so codes, names and periods never become
 * JavaScript strings and back.
 */
export async function insertValuesWithStatistics(
  db: DuckDBConnection,
  ordered: string,
  /** Without trends (values of one period), `trend` is left empty rather than "Cannot be calculated". */
  { trends }: { trends: boolean },
): Promise<number> {
  const statistics = await fingertipsStatisticsInSlices(await readColumns(db, ordered), { trends });
  const table = `${ordered}_statistics`;
  await writeStatistics(db, table, statistics);
  const inserted = await db.run(`
    INSERT INTO indicator_values
    SELECT o.indicator_id, o.area_code, o.area_type, o.period, o.count, o.denominator, o.value,
      ${["lower95", "upper95", "lower998", "upper998"].map((limit) => `CASE WHEN NOT isnan(s.${limit}) THEN s.${limit} END`).join(", ")},
      ${codeText("s.vs_england", COMPARISON_TEXT)},
      ${codeText("s.vs_icb", COMPARISON_TEXT)}, ${codeText("s.vs_pcn", COMPARISON_TEXT)},
      ${codeText("s.trend", TREND_TEXT)}, CAST(nullif(s.decile, 0) AS INTEGER)
    FROM ${ordered} o POSITIONAL JOIN ${table} s`);
  await db.run(`DROP TABLE ${table}`);
  return inserted.rowsChanged;
}

/** SQL turning a code column back into its text: CASE column WHEN 1 THEN 'better' … END, 0 staying NULL. */
const codeText = (column: string, texts: readonly (string | null)[]) =>
  `CASE ${column} ${texts.flatMap((text, code) => (text === null ? [] : [`WHEN ${code} THEN ${sqlLiteral(text)}`])).join(" ")} END`;

/** Columns that may be NULL: read as NaN (never NULL), then made null again in JavaScript. */
const NULLABLE = [
  "decile_group",
  "value",
  "count",
  "denominator",
  "lower95",
  "upper95",
  "lower998",
  "upper998",
  "england_value",
  "icb_value",
  "pcn_value",
] as const;

async function readColumns(db: DuckDBConnection, ordered: string): Promise<FingertipsColumns> {
  // Reading a column with NULLs costs the client a BigInt test of the validity mask per value, more than
  // the value itself; as NaN, with no NULL left, the mask is never looked at, and one pass puts the nulls
  // back. Every column is then DOUBLE, INTEGER, UTINYINT or BOOLEAN, which DuckDB's own values already give
  // as numbers or booleans: no conversion pass of the client's either.
  // Read a chunk at a time, each made JavaScript values as it comes: the other strands' statements go on
  // between chunks, where converting all 200,000 rows at the end held this thread for 200 ms.
  const result = await db.stream(`
    SELECT area_group, period_rank, proportion, has_limits, polarity_code,
      ${NULLABLE.map((name) => `coalesce(CAST(${name} AS DOUBLE), 'NaN') AS ${name}`).join(", ")}
    FROM ${ordered}`);
  const names = result.columnNames();
  const values: DuckDBValue[][] = names.map(() => []);
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; ) {
    for (const [index, into] of values.entries()) chunk.appendColumnValues(index, into);
    chunk = await result.fetchChunk();
  }
  const columns = Object.fromEntries(names.map((name, index) => [name, values[index] ?? []]));
  const column = <T>(name: string) => (columns[name] ?? []) as T[];
  const nullable = (name: (typeof NULLABLE)[number]) =>
    column<number>(name).map((value) => (Number.isNaN(value) ? null : value));
  return {
    group: column<number>("area_group"),
    periodRank: column<number>("period_rank"),
    proportion: column<boolean>("proportion"),
    hasLimits: column<boolean>("has_limits"),
    polarity: column<number>("polarity_code").map((code) => POLARITIES[code - 1] ?? "none"),
    decileGroup: nullable("decile_group"),
    value: nullable("value"),
    count: nullable("count"),
    denominator: nullable("denominator"),
    lower95: nullable("lower95"),
    upper95: nullable("upper95"),
    lower998: nullable("lower998"),
    upper998: nullable("upper998"),
    englandValue: nullable("england_value"),
    icbValue: nullable("icb_value"),
    pcnValue: nullable("pcn_value"),
  };
}

/** Data chunks appended between two pauses for the event loop. */
const CHUNKS_PER_SLICE = 16;

/**
 * Appends the statistics, one data chunk at a time and in row order, into a new temporary `table`. A
 * missing limit goes in as NaN, made NULL by the insert: appending nulls costs the appender a validity
 * mask written bit by bit, several times the work of the numbers themselves.
 */
async function writeStatistics(
  db: DuckDBConnection,
  table: string,
  statistics: FingertipsStatistics,
): Promise<void> {
  await db.run(`CREATE TEMP TABLE ${table} (
    lower95 DOUBLE, upper95 DOUBLE, lower998 DOUBLE, upper998 DOUBLE,
    vs_england UTINYINT, vs_icb UTINYINT, vs_pcn UTINYINT, trend UTINYINT, decile UTINYINT)`);
  const types = [DOUBLE, DOUBLE, DOUBLE, DOUBLE, UTINYINT, UTINYINT, UTINYINT, UTINYINT, UTINYINT];
  const limits = [statistics.lower95, statistics.upper95, statistics.lower998, statistics.upper998];
  const codes = [
    statistics.comparedToEngland,
    statistics.comparedToIcb,
    statistics.comparedToPcn,
    statistics.trend,
    statistics.decile,
  ];
  const appender = await db.createAppender(table);
  try {
    const rows = statistics.lower95.length;
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const end = Math.min(rows, start + CHUNK_ROWS);
      const chunk = DuckDBDataChunk.create(types, end - start);
      chunk.setColumns([...limits, ...codes].map((column) => Array.from(column.subarray(start, end))));
      appender.appendDataChunk(chunk);
      if ((start / CHUNK_ROWS) % CHUNKS_PER_SLICE === CHUNKS_PER_SLICE - 1) await letEventLoopRun();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
