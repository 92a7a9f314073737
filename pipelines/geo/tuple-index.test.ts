import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TupleIndex } from "./tuple-index.ts";

describe("TupleIndex", () => {
  it("numbers tuples in the order first seen, as a Map keyed by their text would", () => {
    // Mostly a few small values, so tuples repeat; some large ones, as grid positions of longitudes are.
    const coordinate = fc.oneof(
      { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 4 },
      { arbitrary: fc.integer({ min: -1_800_000_000, max: 1_800_000_000 }), weight: 1 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate, fc.integer({ min: 0, max: 5 })), { maxLength: 3000 }),
        (tuples) => {
          const index = new TupleIndex(3, 4);
          const byText = new Map<string, number>();
          for (const [a, b, c] of tuples) {
            const key = `${a},${b},${c}`;
            if (!byText.has(key)) byText.set(key, byText.size);
            expect(index.id3(a, b, c)).toBe(byText.get(key));
          }
          expect(index.size).toBe(byText.size);
        },
      ),
      { numRuns: 50 },
    );
    const pairs = new TupleIndex(2);
    expect([pairs.id2(0, 1), pairs.id2(-0, 1), pairs.id2(1, 0), pairs.id2(0, 1)]).toEqual([0, 0, 1, 0]);
  });
});
