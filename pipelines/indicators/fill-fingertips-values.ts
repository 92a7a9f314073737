import { DOUBLE, type DuckDBConnection, DuckDBDataChunk, UTINYINT } from "@duckdb/node-api";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { assembleFingertipsValues } from "./assemble-fingertips-values.ts";
import { type FingertipsIndicator, mapFingertipsIndicators } from "./fingertips-indicator-map.ts";
import {
  COMPARISON_TEXT,
  type FingertipsColumns,
  type FingertipsStatistics,
  fingertipsStatistics,
  TREND_TEXT,
} from "./fingertips-statistics.ts";
import { POLARITIES } from "./indicator-definition.ts";
import { selectFingertipsRows } from "./select-fingertips-rows.ts";

/** What the build did with one Fingertips indicator, for its method text and the report. */
export type FingertipsUsage = {
  pcnPublished: number;
  pcnSummed: number;
  icbPublished: number;
  icbSummed: number;
  /** Periods whose practices could be compared with England but the export has no England row. */
  periodsWithoutEngland: readonly string[];
};

export type FingertipsValues = {
  indicators: readonly FingertipsIndicator[];
  usage: ReadonlyMap<string, FingertipsUsage>;
  values: number;
  warnings: readonly string[];
};

/**
 * Fills `indicator_values` for every Fingertips indicator in the inputs: SQL selects and assembles the rows
 * (volume stays in DuckDB), the stats core computes limits, comparisons, trends and deciles on columns, and
 * the results come back through DuckDB's appender.
 */
export async function fillFingertipsValues(db: DuckDBConnection): Promise<FingertipsValues> {
  const indicators = await mapFingertipsIndicators(db);
  const breakdowns = await selectFingertipsRows(db);
  await assembleFingertipsValues(db);
  const statistics = fingertipsStatistics(await readColumns(db));
  await writeStatistics(db, statistics);
  const inserted = await db.run(`
    INSERT INTO indicator_values
    SELECT o.indicator_id, o.area_code, o.area_type, o.period, o.count, o.denominator, o.value,
      s.lower95, s.upper95, s.lower998, s.upper998, ${codeText("s.vs_england", COMPARISON_TEXT)},
      ${codeText("s.vs_icb", COMPARISON_TEXT)}, ${codeText("s.vs_pcn", COMPARISON_TEXT)},
      ${codeText("s.trend", TREND_TEXT)}, CAST(nullif(s.decile, 0) AS INTEGER)
    FROM fingertips_ordered o POSITIONAL JOIN fingertips_statistics s`);
  const usage = await usageByIndicator(db);
  const warnings = [...breakdowns];
  for (const [indicatorId, used] of usage) {
    if (used.periodsWithoutEngland.length > 0) {
      warnings.push(
        `${indicatorId}: the Fingertips export has no England row for ${used.periodsWithoutEngland.join(", ")}, so values in that period are not compared with England`,
      );
    }
  }
  await db.run(
    "DROP TABLE fingertips_assembled; DROP TABLE fingertips_ordered; DROP TABLE fingertips_statistics",
  );
  return { indicators, usage, values: inserted.rowsChanged, warnings };
}

/** SQL turning a code column back into its text: CASE column WHEN 1 THEN 'better' … END, 0 staying NULL. */
const codeText = (column: string, texts: readonly (string | null)[]) =>
  `CASE ${column} ${texts.flatMap((text, code) => (text === null ? [] : [`WHEN ${code} THEN ${sqlLiteral(text)}`])).join(" ")} END`;

async function readColumns(db: DuckDBConnection): Promise<FingertipsColumns> {
  const result = await db.runAndReadAll(`
    SELECT area_group, period_rank, proportion, has_limits, polarity_code, decile_group, value, count, denominator,
      lower95, upper95, lower998, upper998, england_value, icb_value, pcn_value
    FROM fingertips_ordered`);
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

/** Appends the statistics, one data chunk at a time and in row order, into `fingertips_statistics`. */
async function writeStatistics(db: DuckDBConnection, statistics: FingertipsStatistics): Promise<void> {
  await db.run(`CREATE TEMP TABLE fingertips_statistics (
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
  const appender = await db.createAppender("fingertips_statistics");
  try {
    const rows = statistics.lower95.length;
    for (let start = 0; start < rows; start += CHUNK_ROWS) {
      const end = Math.min(rows, start + CHUNK_ROWS);
      const chunk = DuckDBDataChunk.create(types, end - start);
      chunk.setColumns([
        ...limits.map((limit) =>
          Array.from(limit.subarray(start, end), (value) => (Number.isNaN(value) ? null : value)),
        ),
        ...codes.map((code) => Array.from(code.subarray(start, end))),
      ]);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

async function usageByIndicator(db: DuckDBConnection): Promise<Map<string, FingertipsUsage>> {
  const rows = (
    await db.runAndReadAll(`
      WITH periods AS (
        SELECT indicator_id, period, min(period_rank) AS period_rank,
          bool_or(area_type = 'practice' AND (proportion OR has_limits)) AS comparable,
        bool_or(area_type = 'england' AND value IS NOT NULL) AS england
        FROM fingertips_ordered GROUP BY ALL
      ),
      missing AS (
        SELECT indicator_id, list(period ORDER BY period_rank) AS periods FROM periods
        WHERE comparable AND NOT england GROUP BY ALL
      )
      SELECT o.indicator_id,
        count(*) FILTER (WHERE area_type = 'pcn' AND published) AS pcn_published,
        count(*) FILTER (WHERE area_type = 'pcn' AND NOT published) AS pcn_summed,
        count(*) FILTER (WHERE area_type = 'icb' AND published) AS icb_published,
        count(*) FILTER (WHERE area_type = 'icb' AND NOT published) AS icb_summed,
        any_value(m.periods) AS missing
      FROM fingertips_ordered o LEFT JOIN missing m USING (indicator_id)
      GROUP BY o.indicator_id ORDER BY o.indicator_id`)
  ).getRowObjectsJS();
  return new Map(
    rows.map((row) => [
      String(row.indicator_id),
      {
        pcnPublished: Number(row.pcn_published),
        pcnSummed: Number(row.pcn_summed),
        icbPublished: Number(row.icb_published),
        icbSummed: Number(row.icb_summed),
        periodsWithoutEngland: Array.isArray(row.missing) ? row.missing.map(String) : [],
      },
    ]),
  );
}
