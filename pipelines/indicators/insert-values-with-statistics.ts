import { DOUBLE, type DuckDBConnection, DuckDBDataChunk, UTINYINT } from "@duckdb/node-api";
import { sqlLiteral } from "../importers/sql-literal.ts";
import {
  COMPARISON_TEXT,
  type FingertipsColumns,
  type FingertipsStatistics,
  fingertipsStatistics,
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
  const statistics = fingertipsStatistics(await readColumns(db, ordered), { trends });
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

async function readColumns(db: DuckDBConnection, ordered: string): Promise<FingertipsColumns> {
  const result = await db.runAndReadAll(`
    SELECT area_group, period_rank, proportion, has_limits, polarity_code, decile_group, value, count, denominator,
      lower95, upper95, lower998, upper998, england_value, icb_value, pcn_value
    FROM ${ordered}`);
  // Every column is DOUBLE, INTEGER, UTINYINT or BOOLEAN, which DuckDB's own values already give as numbers,
  // booleans or null: no JS conversion pass needed (it doubles the read at England scale).
  const columns = result.getColumnsObject();
  const column = <T>(name: string) => (columns[name] ?? []) as T[];
  return {
    group: column<number>("area_group"),
    periodRank: column<number>("period_rank"),
    proportion: column<boolean>("proportion"),
    hasLimits: column<boolean>("has_limits"),
    polarity: column<number>("polarity_code").map((code) => POLARITIES[code - 1] ?? "none"),
    decileGroup: column<number | null>("decile_group"),
    value: column<number | null>("value"),
    count: column<number | null>("count"),
    denominator: column<number | null>("denominator"),
    lower95: column<number | null>("lower95"),
    upper95: column<number | null>("upper95"),
    lower998: column<number | null>("lower998"),
    upper998: column<number | null>("upper998"),
    englandValue: column<number | null>("england_value"),
    icbValue: column<number | null>("icb_value"),
    pcnValue: column<number | null>("pcn_value"),
  };
}

/** DuckDB's vector size: the appender takes data chunks of at most this many rows. */
const CHUNK_ROWS = 2048;

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
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
