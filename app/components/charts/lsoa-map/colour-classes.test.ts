import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  colourScale,
  formatBreak,
  quantileBreaks,
  quantileSorted,
  roundSignificant,
  SEQUENTIAL_PALETTE,
} from "./colour-classes";
import { MAP_LAYERS } from "./map-layers";

describe("quantile breaks for the map's classes", () => {
  it("cuts at the 20th, 40th, 60th and 80th percentiles, as R's type 7 does", () => {
    expect(quantileSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toEqual([3, 5, 7, 9]);
  });

  it("rounds each break to two significant figures, so the legend reads cleanly", () => {
    expect(roundSignificant(0.012_345, 2)).toBe(0.012);
    expect(roundSignificant(2.4871, 2)).toBe(2.5);
    expect(roundSignificant(127, 2)).toBe(130);
    const breaks = quantileBreaks([0.0064, 0.013, 0.02, 0.21, 0.5, 0.83, 1.7, 2.49, 6.6, 10]);
    for (const cut of breaks) expect(roundSignificant(cut, 2)).toBe(cut);
  });

  it("merges classes rather than leave empty ones when many values are equal", () => {
    // The 20th to 60th percentiles are all 1; only the 80th (1 + 0.2 × (2 − 1)) cuts.
    expect(quantileBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 3])).toEqual([1.2]);
    expect(quantileBreaks([5, 5, 5])).toEqual([]);
    expect(quantileBreaks([])).toEqual([]);
  });

  it("gives strictly increasing breaks inside the data's range, for any values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const breaks = quantileBreaks(values);
          const min = Math.min(...values);
          const max = Math.max(...values);
          expect(breaks.length).toBeLessThanOrEqual(SEQUENTIAL_PALETTE.length - 1);
          breaks.forEach((cut, i) => {
            expect(cut).toBeGreaterThan(min);
            expect(cut).toBeLessThanOrEqual(max);
            if (i > 0) expect(cut).toBeGreaterThan(breaks[i - 1] ?? Number.NEGATIVE_INFINITY);
          });
        },
      ),
    );
  });
});

describe("the colour scale of a layer", () => {
  it("gives every value exactly one class, so the legend's counts add up to the areas drawn", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { maxLength: 300 }), (values) => {
        const scale = colourScale(MAP_LAYERS.living_alone_66plus, values);
        expect(scale.classes.reduce((sum, item) => sum + item.areas, 0)).toBe(values.length);
        for (const value of values) {
          const index = scale.classOf(value);
          expect(index).not.toBeNull();
          expect(index).toBeLessThan(scale.classes.length);
        }
      }),
    );
  });

  it("puts every value in the class whose legend range holds it, and counts areas per class", () => {
    const values = [0.01, 0.05, 0.2, 0.4, 0.9, 1.5, 2.5, 4, 7, 11];
    const scale = colourScale(MAP_LAYERS.share, values);
    // Positions 1.8, 3.6, 5.4 and 7.2 in the sorted values: 0.17, 0.7, 1.9 and 4.6.
    expect(scale.classes.map((item) => item.label)).toEqual([
      "Under 0.17%",
      "0.17% to under 0.70%",
      "0.70% to under 1.9%",
      "1.9% to under 4.6%",
      "4.6% or more",
    ]);
    expect(scale.classes.map((item) => item.areas)).toEqual([2, 2, 2, 2, 2]);
    expect(scale.classOf(0.17)).toBe(1);
    expect(scale.classOf(0.1699)).toBe(0);
    expect(scale.classOf(null)).toBeNull();
    expect(scale.classes.map((item) => item.colour)).toEqual([...SEQUENTIAL_PALETTE]);
  });

  it("keeps the light-to-dark order when there are fewer classes than colours", () => {
    const scale = colourScale(MAP_LAYERS.living_alone_66plus, [10, 10, 10, 20]);
    expect(scale.classes.map((item) => item.label)).toEqual(["Under 14.0%", "14.0% or more"]);
    expect(scale.classes.map((item) => item.colour)).toEqual([SEQUENTIAL_PALETTE[0], SEQUENTIAL_PALETTE[4]]);
    expect(colourScale(MAP_LAYERS.share, [3, 3]).classes).toEqual([
      { label: "All 3.0%", colour: SEQUENTIAL_PALETTE[4], areas: 2 },
    ]);
  });

  it("pairs IMD deciles into national fifths, the most deprived darkest, whatever the catchment holds", () => {
    const scale = colourScale(MAP_LAYERS.imd_decile, [1, 2, 2, 5, 10, null]);
    expect(scale.classes.map((item) => item.label)).toEqual([
      "Deciles 1–2 (most deprived fifth)",
      "Deciles 3–4",
      "Deciles 5–6",
      "Deciles 7–8",
      "Deciles 9–10 (least deprived fifth)",
    ]);
    expect(scale.classes.map((item) => item.areas)).toEqual([3, 0, 1, 0, 1]);
    expect(scale.classes[0]?.colour).toBe(SEQUENTIAL_PALETTE[4]);
    expect(scale.classOf(11)).toBeNull();
    expect(scale.classOf(undefined)).toBeNull();
  });

  it("prints a break with enough decimals to show its two significant figures", () => {
    expect(formatBreak(0.013)).toBe("0.013");
    expect(formatBreak(0.25)).toBe("0.25");
    expect(formatBreak(1.2)).toBe("1.2");
    expect(formatBreak(12)).toBe("12.0");
  });
});
