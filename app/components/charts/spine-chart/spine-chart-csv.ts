import type { PracticeProfileRow } from "~/data/queries/practice-profile";
import { formatCsv } from "../../../../pipelines/stats/csv";

const header = [
  "indicator_id",
  "indicator",
  "period",
  "count",
  "denominator",
  "value",
  "lower95",
  "upper95",
  "lower998",
  "upper998",
  "comparator",
  "comparator_value",
  "compared_to_comparator",
  "pcn_value",
  "recent_trend",
  "peer_practices",
  "peer_min",
  "peer_q1",
  "peer_median",
  "peer_q3",
  "peer_max",
] as const;

/** The spine chart's numbers as CSV, unrounded, so analysts get what the page was drawn from. */
export function spineChartCsv(rows: PracticeProfileRow[], comparatorLabel: string): string {
  const cell = (value: string | number | null) => (value == null ? "" : String(value));
  return formatCsv(
    header,
    rows.map((row) =>
      [
        row.indicator_id,
        row.name,
        row.period,
        row.count,
        row.denominator,
        row.value,
        row.lower95,
        row.upper95,
        row.lower998,
        row.upper998,
        comparatorLabel,
        row.comparator_value,
        row.significance,
        row.pcn_value,
        row.trend,
        row.peer_count,
        row.peer_min,
        row.peer_q1,
        row.peer_median,
        row.peer_q3,
        row.peer_max,
      ].map(cell),
    ),
  );
}
