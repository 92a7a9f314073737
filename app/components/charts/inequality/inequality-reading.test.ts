import { describe, expect, it } from "vitest";
import type { IcbInequalityRow } from "~/data/queries/icb-inequality";
import { inequalityFinding, inequalityReading } from "./inequality-reading";

function row(overrides: Partial<IcbInequalityRow>): IcbInequalityRow {
  return {
    indicator_id: "smoking_prevalence",
    name: "Smoking prevalence in adults (15+)",
    short_name: "Smoking",
    polarity: "higher_is_worse",
    period: "2023/24",
    practices: 39,
    sii: 23.6,
    sii_lower95: 23.18,
    sii_upper95: 24.0,
    rii: 4.41,
    rii_lower95: 4.2,
    rii_upper95: 4.6,
    quintile_values: [30, 25, 20, 15, 10],
    ...overrides,
  };
}

describe("inequality in plain English", () => {
  it("states a clear gap with its size, ratio and interval", () => {
    expect(inequalityReading(row({}))).toBe(
      "Smoking is 23.6 percentage points higher among the most deprived practices than the least deprived (4.4 times as high; 95% confidence interval 23.2 to 24.0).",
    );
  });

  it("says lower, with a ratio below one, when the most deprived have less", () => {
    expect(
      inequalityReading(
        row({
          short_name: "Living alone, 66+",
          sii: -13.2,
          sii_lower95: -13.7,
          sii_upper95: -12.7,
          rii: 0.34,
        }),
      ),
    ).toBe(
      "Living alone, 66+ is 13.2 percentage points lower among the most deprived practices than the least deprived (0.3 times as high; 95% confidence interval -13.7 to -12.7).",
    );
  });

  it("does not call an interval that includes zero a gap", () => {
    expect(inequalityReading(row({ sii: 0.4, sii_lower95: -0.3, sii_upper95: 1.1 }))).toBe(
      "Smoking: no clear difference between the most and least deprived practices (95% confidence interval -0.3 to 1.1).",
    );
  });

  it("names the widest clear gap in the title", () => {
    const rows = [
      row({}),
      row({ short_name: "Diabetes", sii: 3.9, sii_lower95: 3.6, sii_upper95: 4.2 }),
      row({ sii: 0.1, sii_lower95: -1, sii_upper95: 1 }),
    ];
    expect(inequalityFinding(rows, "Demo ICB")).toBe(
      "2 of 3 indicators differ by deprivation across Demo ICB's practices; the widest gap is in smoking, 23.6 points higher among the most deprived",
    );
  });
});
