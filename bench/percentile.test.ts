import { describe, expect, it } from "vitest";
import { median, percentile } from "./percentile.ts";

describe("percentile", () => {
  it("interpolates between the nearest ranks, whatever the input order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40, 50], 100)).toBe(50);
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBeCloseTo(95.05, 10);
    expect(percentile([7], 95)).toBe(7);
  });

  it("refuses an empty sample or a percentile outside 0–100", () => {
    expect(() => median([])).toThrow(/empty/);
    expect(() => percentile([1], 101)).toThrow(/outside/);
  });
});
