import { describe, expect, it } from "vitest";
import type { IndicatorListRow } from "~/data/queries/indicator-list";
import type { PcnOverviewRow } from "~/data/queries/pcn-overview";
import { preparePracticeMatrix } from "./prepare-practice-matrix";

function indicator(overrides: Partial<IndicatorListRow>): IndicatorListRow {
  return {
    indicator_id: "diabetes_prevalence",
    name: "Diabetes: QOF prevalence (17+)",
    short_name: "Diabetes",
    theme: "diabetes",
    unit: "%",
    polarity: "none",
    decimals: 1,
    ...overrides,
  };
}

function value(overrides: Partial<PcnOverviewRow>): PcnOverviewRow {
  return {
    area_code: "A1",
    area_name: "Alpha Surgery",
    area_type: "practice",
    list_size: 1000,
    indicator_id: "diabetes_prevalence",
    period: "2023/24",
    value: 7,
    lower95: 6.5,
    upper95: 7.5,
    significance: "similar",
    ...overrides,
  };
}

const indicators = [
  indicator({}),
  indicator({ indicator_id: "imd_score", short_name: "IMD", theme: "deprivation" }),
];
const rows = [
  value({}),
  value({ indicator_id: "imd_score", value: 30, significance: null }),
  value({ area_code: "B2", area_name: "Beta Practice", list_size: 5000, value: 9, significance: "higher" }),
  value({ area_code: "C3", area_name: "Cedar Surgery", list_size: 2000, value: null, significance: null }),
  value({ area_code: "U1", area_name: "North PCN", area_type: "pcn", list_size: 8000, value: 8 }),
  value({ area_code: "E92000001", area_name: "England", area_type: "england", list_size: null, value: 7.5 }),
  value({ area_code: "Q1", area_name: "Demo ICB", area_type: "icb", list_size: 90000, value: 7.8 }),
];

describe("preparePracticeMatrix", () => {
  it("pivots practices by indicator, in theme order, and puts PCN, ICB and England in the foot", () => {
    const matrix = preparePracticeMatrix(rows, indicators, { sort: "name", dir: "asc" });
    expect(matrix.columns.map((c) => c.indicator_id)).toEqual(["diabetes_prevalence", "imd_score"]);
    expect(matrix.practices.map((p) => p.code)).toEqual(["A1", "B2", "C3"]);
    expect(matrix.practices[0]?.cells.imd_score).toEqual({
      value: 30,
      lower95: 6.5,
      upper95: 7.5,
      significance: null,
      period: "2023/24",
    });
    expect(matrix.comparators.map((c) => c.areaType)).toEqual(["pcn", "icb", "england"]);
  });

  it("sorts by an indicator's value with missing values last in either direction", () => {
    const desc = preparePracticeMatrix(rows, indicators, { sort: "diabetes_prevalence", dir: "desc" });
    expect(desc.practices.map((p) => p.code)).toEqual(["B2", "A1", "C3"]);
    const asc = preparePracticeMatrix(rows, indicators, { sort: "diabetes_prevalence", dir: "asc" });
    expect(asc.practices.map((p) => p.code)).toEqual(["A1", "B2", "C3"]);
  });

  it("sorts by list size and keeps only the chosen theme's columns", () => {
    const matrix = preparePracticeMatrix(rows, indicators, {
      theme: "deprivation",
      sort: "list_size",
      dir: "desc",
    });
    expect(matrix.columns.map((c) => c.indicator_id)).toEqual(["imd_score"]);
    expect(matrix.practices.map((p) => p.code)).toEqual(["B2", "C3", "A1"]);
  });
});
