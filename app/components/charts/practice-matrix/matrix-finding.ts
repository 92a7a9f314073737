import type { Significance } from "~/data/comparator";
import type { PracticeMatrix } from "./prepare-practice-matrix";

/**
 * The finding the practices table's title states: how many practices are significantly worse (or, for
 * indicators without a polarity, higher) than the comparator on at least one indicator, and which most often.
 */
export function matrixFinding(matrix: PracticeMatrix, comparatorLabel: string): string {
  const total = matrix.practices.length;
  for (const kind of ["worse", "higher"] as const satisfies readonly Significance[]) {
    const counts = matrix.practices
      .map((practice) => ({
        name: practice.name,
        n: matrix.columns.filter((column) => practice.cells[column.indicator_id]?.significance === kind)
          .length,
      }))
      .filter((entry) => entry.n > 0)
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
    const top = counts[0];
    if (!top) continue;
    const practices = `${counts.length} of ${total} practice${total === 1 ? "" : "s"}`;
    const lead = counts.length > 1 ? `; ${top.name} on the most (${top.n})` : "";
    return `${practices} ${counts.length === 1 ? "is" : "are"} significantly ${kind} than ${comparatorLabel} on at least one indicator${lead}`;
  }
  return `No practice is significantly worse or higher than ${comparatorLabel} on these indicators`;
}
