import { formatCsv } from "../../../../pipelines/stats/csv";
import type { PracticeMatrix } from "./prepare-practice-matrix";

/** The matrix in long form (one row per area and indicator): the shape analysts load into other tools. */
export function practiceMatrixCsv(matrix: PracticeMatrix, comparatorLabel: string): string {
  const header = [
    "area_code",
    "area_name",
    "area_type",
    "indicator_id",
    "period",
    "value",
    "lower95",
    "upper95",
    "comparator",
    "compared_to_comparator",
  ];
  const cell = (value: string | number | null | undefined) => (value == null ? "" : String(value));
  const rows = [...matrix.practices, ...matrix.comparators].flatMap((area) =>
    matrix.columns.flatMap((column) => {
      const value = area.cells[column.indicator_id];
      if (!value) return [];
      return [
        [
          area.code,
          area.name,
          area.areaType,
          column.indicator_id,
          value.period,
          value.value,
          value.lower95,
          value.upper95,
          comparatorLabel,
          value.significance,
        ].map(cell),
      ];
    }),
  );
  return formatCsv(header, rows);
}
