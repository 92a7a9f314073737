import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentileRanks } from "./percentile-ranks.ts";

describe("percentileRanks", () => {
  it("runs from 0 for the lowest to 100 for the highest, ties sharing their mid-rank", () => {
    expect(percentileRanks([10, 30, 20])).toEqual([0, 100, 50]);
    expect(percentileRanks([5, 5, 1, 9, 5])).toEqual([50, 50, 0, 100, 50]);
    expect(percentileRanks([3])).toEqual([50]);
    expect(percentileRanks([undefined, 2, Number.NaN, 1])).toEqual([undefined, 100, undefined, 0]);
  });

  it("keeps order, is symmetric under negation, and averages 50", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }), (values) => {
        const ranks = percentileRanks(values) as number[];
        const negated = percentileRanks(values.map((value) => -value)) as number[];
        values.forEach((a, i) => {
          values.forEach((b, j) => {
            if (a < b) expect(ranks[i]).toBeLessThan(ranks[j] as number);
            if (a === b) expect(ranks[i]).toBe(ranks[j]);
          });
          expect((ranks[i] as number) + (negated[i] as number)).toBeCloseTo(100, 9);
        });
        expect(ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length).toBeCloseTo(50, 9);
      }),
    );
  });
});
