import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilsonLimits } from "./wilson.ts";
import { wilsonLimitsBatch } from "./wilson-batch.ts";

describe("wilsonLimitsBatch", () => {
  it("agrees exactly with wilsonLimits row by row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true })), {
          maxLength: 50,
        }),
        fc.constantFrom(0.95, 0.998),
        (pairs, confidence) => {
          const denominators = Float64Array.from(pairs, ([n]) => n);
          const counts = Float64Array.from(pairs, ([n, share]) => Math.round(n * share));
          const batch = wilsonLimitsBatch(counts, denominators, { confidence, multiplier: 100 });
          pairs.forEach((_, i) => {
            const single = wilsonLimits(counts[i] as number, denominators[i] as number, confidence, 100);
            expect(batch.lower[i]).toBe(single.lower);
            expect(batch.upper[i]).toBe(single.upper);
          });
        },
      ),
    );
  });

  it("passes missing (NaN) inputs through as NaN limits", () => {
    const result = wilsonLimitsBatch(Float64Array.of(Number.NaN, 5), Float64Array.of(10, Number.NaN), {
      confidence: 0.95,
    });
    expect([...result.lower, ...result.upper].every(Number.isNaN)).toBe(true);
  });

  it("names the first invalid row", () => {
    expect(() =>
      wilsonLimitsBatch(Float64Array.of(1, 12), Float64Array.of(10, 10), { confidence: 0.95 }),
    ).toThrow(/row 1: need 0 ≤ count ≤ denominator and denominator > 0, got 12\/10/);
    expect(() => wilsonLimitsBatch(Float64Array.of(1), Float64Array.of(1, 2), { confidence: 0.95 })).toThrow(
      /differ in length/,
    );
  });
});
