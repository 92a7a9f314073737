import type { AppendedValue } from "../importers/append-rows.ts";
import { inequalityByDeprivation, type PracticeFigure } from "./inequality-by-deprivation.ts";

// Pure arithmetic, free of DuckDB: inequality-workers.ts bundles this module's graph into its threads.

/** One indicator's practices in one ICB, in its latest period: what one SII is fitted to. */
export type InequalityGroup = {
  indicatorId: string;
  period: string;
  icbCode: string;
  practices: PracticeFigure[];
};

/** Rows for `inequality` and `inequality_quintiles`, in the tables' column order (plain values, so a worker can send them). */
export type InequalityRows = { summaries: AppendedValue[][]; quintiles: AppendedValue[][] };

/** The inequality figures for each group (the simulations: the costly part), as table rows. */
export function inequalityRows(groups: readonly InequalityGroup[]): InequalityRows {
  const rows: InequalityRows = { summaries: [], quintiles: [] };
  for (const group of groups) {
    const figure = inequalityByDeprivation(group.practices);
    if (!figure) continue;
    const { indicatorId, icbCode, period } = group;
    rows.summaries.push([
      indicatorId,
      icbCode,
      "icb",
      period,
      group.practices.length,
      figure.sii,
      figure.siiLower95,
      figure.siiUpper95,
      figure.rii,
      figure.riiLower95,
      figure.riiUpper95,
    ]);
    for (const q of figure.quintiles) {
      rows.quintiles.push([
        indicatorId,
        icbCode,
        period,
        q.quintile,
        q.practices,
        q.count,
        q.denominator,
        q.value,
        q.lower95,
        q.upper95,
      ]);
    }
  }
  return rows;
}
