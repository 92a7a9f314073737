import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderStatistics } from "./order-statistic.ts";

const sortedCopy = (values: readonly number[]) => Float64Array.from(values).sort();

describe("OrderStatistics", () => {
  it("gives the value a sort puts at each position, ties, signed zeros and infinities included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, 1, 2)), { minLength: 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        (values, picks) => {
          const expected = sortedCopy(values);
          const statistics = new OrderStatistics(Float64Array.from(values));
          for (const pick of picks) {
            const k = (pick % values.length) + 1;
            expect(Object.is(statistics.kth(k), expected[k - 1])).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("puts NaN last, as a sort does", () => {
    const statistics = new OrderStatistics(Float64Array.from([3, Number.NaN, 1, 2]));
    expect([1, 2, 3, 4].map((k) => statistics.kth(k))).toEqual([1, 2, 3, Number.NaN]);
  });

  it("handles sorted, reversed and constant runs of simulation size", () => {
    const ascending = Float64Array.from({ length: 10_000 }, (_, i) => i);
    for (const values of [ascending, ascending.slice().reverse(), new Float64Array(10_000).fill(7)]) {
      const statistics = new OrderStatistics(values.slice());
      expect(statistics.kth(250)).toBe(sortedCopy([...values])[249]);
      expect(statistics.kth(9_750)).toBe(sortedCopy([...values])[9_749]);
    }
  });

  it("refuses a position outside 1…length", () => {
    const statistics = new OrderStatistics(Float64Array.from([1, 2]));
    expect(() => statistics.kth(0)).toThrow(RangeError);
    expect(() => statistics.kth(3)).toThrow(RangeError);
  });
});
