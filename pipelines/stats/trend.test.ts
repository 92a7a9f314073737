import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recentTrend, type TrendPoint } from "./trend.ts";
import { wilsonLimits } from "./wilson.ts";

const series = (counts: readonly number[], denominator = 10_000): TrendPoint[] =>
  counts.map((count, i) => {
    const { lower, upper } = wilsonLimits(count, denominator, 0.95, 100);
    return {
      period: 2015 + i,
      value: (count / denominator) * 100,
      count,
      denominator,
      lower95: lower,
      upper95: upper,
    };
  });

describe("recentTrend (Fingertips recent trend marker)", () => {
  it("finds a steady rise with either method, worded by polarity", () => {
    const rising = series([1000, 1100, 1200, 1300, 1400]);
    expect(recentTrend(rising, "proportion", "low-is-good").label).toBe("Increasing and getting worse");
    expect(recentTrend(rising, "limits", "high-is-good").label).toBe("Increasing and getting better");
    expect(recentTrend(rising, "proportion", "no-judgement")).toMatchObject({
      marker: "increasing",
      label: "Increasing",
    });
  });

  it("finds a steady fall", () => {
    const falling = series([1400, 1300, 1200, 1100, 1000]);
    expect(recentTrend(falling, "proportion", "high-is-good").label).toBe("Decreasing and getting worse");
    expect(recentTrend(falling, "limits", "low-is-good").label).toBe("Decreasing and getting better");
  });

  it("reports no significant change for noise", () => {
    const flat = series([1000, 1010, 995, 1005, 1000]);
    expect(recentTrend(flat, "proportion", "low-is-good")).toMatchObject({ marker: "no significant change" });
    expect(recentTrend(flat, "limits", "low-is-good").label).toBe("No significant change");
  });

  it("uses only the latest five points, in period order whatever the input order", () => {
    const older = series([3000, 100, 100, 100]).map((point) => ({ ...point, period: point.period - 10 }));
    const recent = series([1400, 1300, 1200, 1100, 1000]).reverse();
    expect(recentTrend([...recent, ...older], "proportion", "high-is-good").marker).toBe("decreasing");
  });

  it("does not call a trend that one point drives", () => {
    // Strongly significant overall, but without the first point the slope is 0.
    const points = series([3000, 1000, 1000, 1000, 1000]);
    const result = recentTrend(points, "limits", "low-is-good");
    expect(result.chiSquare).toBeGreaterThan(100);
    expect(result.marker).toBe("no significant change");
  });

  it("cannot be calculated from fewer than five consecutive points up to the latest", () => {
    const points = series([1000, 1100, 1200, 1300, 1400, 1500]);
    const broken = points.map((point, i) => (i === 2 ? { ...point, count: undefined } : point));
    expect(recentTrend(broken, "proportion", "low-is-good")).toMatchObject({
      marker: "cannot be calculated",
      label: "Cannot be calculated",
      reason: "needs 5 consecutive valid points up to the latest period, found 3",
    });
    expect(recentTrend(points.slice(0, 4), "limits", "low-is-good").marker).toBe("cannot be calculated");
  });

  it("cannot be calculated when a count equals its denominator", () => {
    const points = series([1000, 1100, 1200, 1300, 1400]).map((p, i) =>
      i === 4 ? { ...p, count: 10_000 } : p,
    );
    expect(recentTrend(points, "proportion", "low-is-good").reason).toMatch(/below its denominator/);
  });

  it("gives the Armitage chi-square for trend (Armitage & Berry's form)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 5000 }), { minLength: 5, maxLength: 5 }), (counts) => {
        const denominators = counts.map((_, i) => 10_000 + 1000 * i);
        const points = counts.map((count, i) => ({
          period: i,
          value: 1,
          count,
          denominator: denominators[i] as number,
        }));
        const n = denominators.reduce((sum, d) => sum + d, 0);
        const x = counts.reduce((sum, c) => sum + c, 0);
        const p = x / n;
        const meanT = denominators.reduce((sum, d, i) => sum + d * (i + 1), 0) / n;
        const numerator = counts.reduce((sum, c, i) => sum + c * (i + 1 - meanT), 0) ** 2;
        const spread = denominators.reduce((sum, d, i) => sum + d * (i + 1 - meanT) ** 2, 0);
        const chiSquare = recentTrend(points, "proportion", "low-is-good").chiSquare as number;
        expect(chiSquare).toBeCloseTo(numerator / (p * (1 - p) * spread), 6);
      }),
    );
  });
});
