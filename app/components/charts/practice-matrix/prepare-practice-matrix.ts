import type { Significance } from "~/data/comparator";
import { groupByTheme } from "~/data/group-by-theme";
import type { IndicatorListRow } from "~/data/queries/indicator-list";
import type { PcnOverviewRow } from "~/data/queries/pcn-overview";

export interface MatrixCell {
  value: number | null;
  lower95: number | null;
  upper95: number | null;
  significance: Significance | null;
  period: string;
}

export interface MatrixRow {
  code: string;
  name: string;
  areaType: PcnOverviewRow["area_type"];
  listSize: number | null;
  cells: Record<string, MatrixCell>;
}

export interface PracticeMatrix {
  columns: IndicatorListRow[];
  practices: MatrixRow[];
  /** PCN, ICB and England rows, in that order, for the table's foot. */
  comparators: MatrixRow[];
}

export type MatrixSortKey = "name" | "list_size" | (string & {});

/**
 * Pivots the PCN overview query into practices × indicators, keeps the theme asked for (or all), and sorts:
 * by name, list size or any indicator's value, with missing values last whichever the direction.
 */
export function preparePracticeMatrix(
  rows: PcnOverviewRow[],
  indicators: IndicatorListRow[],
  options: { theme?: string; sort: MatrixSortKey; dir: "asc" | "desc" },
): PracticeMatrix {
  const byArea = new Map<string, MatrixRow>();
  for (const row of rows) {
    let area = byArea.get(row.area_code);
    if (!area) {
      area = {
        code: row.area_code,
        name: row.area_name,
        areaType: row.area_type,
        listSize: row.list_size,
        cells: {},
      };
      byArea.set(row.area_code, area);
    }
    area.cells[row.indicator_id] = {
      value: row.value,
      lower95: row.lower95,
      upper95: row.upper95,
      significance: row.significance,
      period: row.period,
    };
  }
  const present = new Set(rows.map((row) => row.indicator_id));
  const columns = groupByTheme(
    indicators.filter((i) => present.has(i.indicator_id) && (!options.theme || i.theme === options.theme)),
  ).flatMap((group) => group.rows);

  const practices = [...byArea.values()].filter((area) => area.areaType === "practice");
  const factor = options.dir === "asc" ? 1 : -1;
  const sortValue = (row: MatrixRow): string | number | null =>
    options.sort === "name"
      ? row.name
      : options.sort === "list_size"
        ? row.listSize
        : (row.cells[options.sort]?.value ?? null);
  practices.sort((a, b) => {
    const [x, y] = [sortValue(a), sortValue(b)];
    if (x == null || y == null)
      return x == null && y == null ? a.name.localeCompare(b.name) : x == null ? 1 : -1;
    const order = typeof x === "string" || typeof y === "string" ? String(x).localeCompare(String(y)) : x - y;
    return order * factor || a.name.localeCompare(b.name);
  });

  const typeOrder = ["pcn", "icb", "england"] as const;
  const comparators = typeOrder.flatMap((type) =>
    [...byArea.values()].filter((area) => area.areaType === type),
  );
  return { columns, practices, comparators };
}
