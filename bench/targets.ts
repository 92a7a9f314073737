/**
 * What each bench figure should be, as the issues set it, for the human-readable output and the README.
 * Every target is an upper bound.
 */
export interface Target {
  max: number;
  issue: number;
}

export const TARGETS: Readonly<Record<string, Target>> = {
  stats_wilson_1m_rows_seconds: { max: 0.5, issue: 4 },
  pipeline_england_seconds: { max: 60, issue: 5 },
  pipeline_vs_duckdb_scan_ratio_england: { max: 3, issue: 5 },
  pipeline_peak_rss_mb: { max: 2048, issue: 5 },
  assets_place_100k_seconds: { max: 10, issue: 6 },
  practice_page_p95_ms: { max: 150, issue: 7 },
  first_data_visible_ms: { max: 1000, issue: 7 },
  requery_median_ms: { max: 50, issue: 7 },
  first_page_js_gzip_kb: { max: 250, issue: 7 },
  icb_map_render_ms: { max: 200, issue: 7 },
};

/** Why a figure has no target of its own. */
export const NO_TARGET_NOTES: Readonly<Record<string, string>> = {
  pipeline_demo_seconds: "no target; PCN scale",
  pipeline_vs_duckdb_scan_ratio: "no target at PCN scale; issue 5's ≤ 3 is the England ratio",
  pipeline_vs_duckdb_count_ratio_england:
    "no target; against only counting the rows, which converts no value (the ≤ 3 ratio loads every column)",
};

/** `pipeline_england_seconds  24.100  (target ≤ 60, met)`: one line of the human-readable output. */
export function formatFigure(key: string, value: number): string {
  const target = TARGETS[key];
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  const shown = value.toFixed(digits).padStart(9);
  const note = target
    ? `(target ≤ ${target.max}, issue ${target.issue}: ${value <= target.max ? "met" : "MISSED"})`
    : `(${NO_TARGET_NOTES[key] ?? "no target"})`;
  return `${key.padEnd(40)} ${shown}  ${note}`;
}
