import type { BuildResult } from "../build.ts";

const number = (value: number) => value.toLocaleString("en-GB");

/** The end-of-run report: each input and what it was taken for, what was ignored and why, the result. */
export function formatBuildReport(result: BuildResult): string {
  const width = Math.max(...result.inputs.map((input) => input.file.length), 4);
  const lines = ["Inputs"];
  for (const input of result.inputs) {
    if (input.status === "imported") {
      const periods = input.periods.length > 0 ? `, period ${input.periods.join(", ")}` : "";
      const mapped = input.byMapping ? " (by pipeline-inputs.json)" : "";
      lines.push(
        `  ✓ ${input.file.padEnd(width)}  ${input.title}${mapped}: ${number(input.rows)} rows${periods}`,
      );
      for (const note of input.notes ?? []) lines.push(`      ${note}`);
    }
  }
  for (const input of result.inputs) {
    if (input.status === "ignored") lines.push(`  – ${input.file.padEnd(width)}  ignored: ${input.reason}`);
  }
  if (result.warnings.length > 0) {
    lines.push("Warnings");
    for (const warning of result.warnings) lines.push(`  ! ${warning}`);
  }
  lines.push(`Build ${result.version} written to ${result.directory}`);
  lines.push(`  ${result.tables.map((table) => `${table.table} ${number(table.rows)}`).join(" · ")} rows`);
  lines.push(
    `  ${result.pointerFile} now points to it${result.removedBuilds.length > 0 ? `; removed old builds ${result.removedBuilds.join(", ")}` : ""}`,
  );
  lines.push(`Done in ${(result.milliseconds / 1000).toFixed(1)} s`);
  return lines.join("\n");
}
