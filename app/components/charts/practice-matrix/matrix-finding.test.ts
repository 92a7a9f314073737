import { describe, expect, it } from "vitest";
import type { Significance } from "~/data/comparator";
import { matrixFinding } from "./matrix-finding";
import type { MatrixRow, PracticeMatrix } from "./prepare-practice-matrix";

const columns = ["a", "b", "c"].map((id) => ({
  indicator_id: id,
  name: id,
  short_name: id,
  theme: "diabetes",
  unit: "%",
  polarity: "none" as const,
  decimals: 1,
}));

function practice(name: string, significances: (Significance | null)[]): MatrixRow {
  const cells: MatrixRow["cells"] = {};
  significances.forEach((significance, i) => {
    cells[columns[i]?.indicator_id ?? ""] = {
      value: 1,
      lower95: 0,
      upper95: 2,
      significance,
      period: "2023/24",
    };
  });
  return { code: name, name, areaType: "practice", listSize: 1000, cells };
}

const matrixOf = (practices: MatrixRow[]): PracticeMatrix => ({ columns, practices, comparators: [] });

describe("matrixFinding", () => {
  it("counts practices worse on at least one indicator and names the one worse most often", () => {
    const matrix = matrixOf([
      practice("Alpha", ["worse", "similar", "similar"]),
      practice("Beta", ["worse", "worse", "better"]),
      practice("Cedar", ["similar", "similar", "similar"]),
    ]);
    expect(matrixFinding(matrix, "England")).toBe(
      "2 of 3 practices are significantly worse than England on at least one indicator; Beta on the most (2)",
    );
  });

  it("falls back to 'higher' for indicators without a polarity, then to no difference", () => {
    expect(matrixFinding(matrixOf([practice("Alpha", ["higher", null, "lower"])]), "the ICB")).toBe(
      "1 of 1 practice is significantly higher than the ICB on at least one indicator",
    );
    expect(matrixFinding(matrixOf([practice("Alpha", ["similar", "lower", null])]), "England")).toBe(
      "No practice is significantly worse or higher than England on these indicators",
    );
  });
});
