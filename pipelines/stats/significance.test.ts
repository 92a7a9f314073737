import { describe, expect, it } from "vitest";
import { compareEstimate, compareWithComparator } from "./significance.ts";
import { proportion } from "./wilson.ts";

describe("compareWithComparator (Fingertips overlapping-interval rule)", () => {
  const area = { value: 20, lower: 18, upper: 22 };

  it("is similar when the comparator lies within the limits, ends included", () => {
    for (const comparator of [18, 20, 22])
      expect(compareWithComparator(area, comparator, "high-is-good")).toBe("similar");
  });

  it("judges by polarity when the limits exclude the comparator", () => {
    expect(compareWithComparator(area, 17.9, "high-is-good")).toBe("better");
    expect(compareWithComparator(area, 17.9, "low-is-good")).toBe("worse");
    expect(compareWithComparator(area, 22.1, "high-is-good")).toBe("worse");
    expect(compareWithComparator(area, 22.1, "low-is-good")).toBe("better");
  });

  it("says higher or lower when there is no judgement", () => {
    expect(compareWithComparator(area, 17.9, "no-judgement")).toBe("higher");
    expect(compareWithComparator(area, 22.1, "no-judgement")).toBe("lower");
  });

  it("does not compare without a value, limits or comparator", () => {
    expect(compareWithComparator({ ...area, value: undefined }, 10, "high-is-good")).toBe("not compared");
    expect(compareWithComparator({ ...area, lower: undefined }, 10, "high-is-good")).toBe("not compared");
    expect(compareWithComparator(area, undefined, "high-is-good")).toBe("not compared");
  });
});

describe("compareEstimate", () => {
  // 180/1000 = 18.0% with 95% limits 15.7–20.5% and 99.8% limits 14.6–22.1%.
  const estimate = proportion(180, 1000, { multiplier: 100 });

  it("uses the 95% limits by default and the 99.8% limits when asked", () => {
    expect(compareEstimate(estimate, 21, "low-is-good")).toBe("better");
    expect(compareEstimate(estimate, 21, "low-is-good", 0.998)).toBe("similar");
  });
});
