import { confidenceLabel } from "../confidence-level.ts";
import type { Interval } from "../estimate.ts";
import { cell } from "./output-table.ts";

/** Column names for limits at the asked levels: lower95, upper95, lower998, upper998 (with an optional prefix). */
export function limitColumns(levels: readonly number[], prefix = ""): string[] {
  return levels.flatMap((level) => [
    `${prefix}lower${confidenceLabel(level)}`,
    `${prefix}upper${confidenceLabel(level)}`,
  ]);
}

/** The cells for limitColumns, blank where the limits are undefined. */
export function limitCells(
  levels: readonly number[],
  limitsAt: (level: number) => Interval | undefined,
): string[] {
  return levels.flatMap((level) => {
    const limits = limitsAt(level);
    return [cell(limits?.lower), cell(limits?.upper)];
  });
}
