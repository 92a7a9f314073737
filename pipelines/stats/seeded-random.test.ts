import { describe, expect, it } from "vitest";
import { createSeededRandom } from "./seeded-random.ts";

describe("createSeededRandom", () => {
  it("repeats exactly for a seed and differs between seeds", () => {
    const draws = (seed: number) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => random.uniform());
    };
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it("gives uniforms strictly inside (0, 1) and standard normals", () => {
    const random = createSeededRandom(1);
    const count = 200_000;
    let sum = 0;
    let squares = 0;
    let below = 0;
    for (let i = 0; i < count; i++) {
      const u = random.uniform();
      expect(u > 0 && u < 1).toBe(true);
      if (u < 0.25) below++;
      const z = random.normal();
      sum += z;
      squares += z * z;
    }
    // Five standard errors either way.
    expect(Math.abs(below / count - 0.25)).toBeLessThan(5 * Math.sqrt(0.1875 / count));
    expect(Math.abs(sum / count)).toBeLessThan(5 / Math.sqrt(count));
    expect(Math.abs(squares / count - 1)).toBeLessThan(5 * Math.sqrt(2 / count));
  });

  it("rejects a seed that is not a whole number", () => {
    expect(() => createSeededRandom(1.5)).toThrow(RangeError);
  });
});
