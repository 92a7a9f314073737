import { describe, expect, it } from "vitest";
import { inequalityByDeprivation, type PracticeFigure } from "./inequality-by-deprivation.ts";

// Twenty practices: IMD score 10..48 in steps of 2; prevalence rises by 0.2 points per IMD point.
function practices(slope: number): PracticeFigure[] {
  return Array.from({ length: 20 }, (_, i) => {
    const imdScore = 10 + 2 * i;
    const denominator = 10_000;
    return {
      practiceCode: `P${i}`,
      imdScore,
      denominator,
      count: Math.round(denominator * (0.05 + (slope * imdScore) / 100)),
    };
  });
}

describe("inequality in a proportion across practices by deprivation", () => {
  it("pools practices into IMD quintiles, most deprived first, with Wilson limits", () => {
    const result = inequalityByDeprivation(practices(0.2));
    expect(result?.quintiles.map((q) => q.practices)).toEqual([4, 4, 4, 4, 4]);
    // Quintile 1 holds the four highest IMD scores (42..48): (0.05 + 0.2 × 45 / 100) = 14% pooled.
    expect(result?.quintiles[0]?.value).toBeCloseTo(14, 6);
    expect(result?.quintiles[4]?.value).toBeCloseTo(7.6, 6);
    for (const q of result?.quintiles ?? []) {
      expect(q.lower95).toBeLessThan(q.value);
      expect(q.upper95).toBeGreaterThan(q.value);
    }
  });

  it("gives a positive SII in percentage points when the most deprived have higher values, and the RII above 1", () => {
    const result = inequalityByDeprivation(practices(0.2));
    // The quintile means fall by 1.6 points a quintile; across the whole ranking that is 5 × 1.6 = 8 points.
    expect(result?.sii).toBeCloseTo(8, 0);
    expect(result?.siiLower95).toBeLessThan(result?.sii ?? 0);
    expect(result?.siiUpper95).toBeGreaterThan(result?.sii ?? 0);
    expect(result?.rii).toBeGreaterThan(1);
  });

  it("gives a negative SII when the most deprived have lower values", () => {
    const reversed = practices(0.2).map((p, i, all) => ({
      ...p,
      count: all[all.length - 1 - i]?.count ?? 0,
    }));
    expect(inequalityByDeprivation(reversed)?.sii).toBeLessThan(0);
  });

  it("declines areas with too few practices for five meaningful quintiles", () => {
    expect(inequalityByDeprivation(practices(0.2).slice(0, 9))).toBeNull();
  });
});

describe("the relative index where a ratio means nothing", () => {
  it("is left empty when the fitted line reaches zero at the least deprived end, keeping the SII", () => {
    // 1% among the least deprived, 60% among the most: a straight line fitted through that crosses zero.
    const steep = Array.from({ length: 20 }, (_, i) => ({
      practiceCode: `P${i}`,
      imdScore: i,
      denominator: 10_000,
      count: i < 4 ? 100 : Math.round((10_000 * (0.15 * (i / 4) ** 2)) / 4),
    }));
    const result = inequalityByDeprivation(steep);
    expect(result?.sii).toBeGreaterThan(0);
    expect(result?.rii).toBeNull();
  });
});
