import { describe, expect, it } from "vitest";
import { createRandom } from "./random.ts";

describe("createRandom", () => {
  it("gives the same stream for the same seed and a different one for another seed", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  });

  it("pins the stream, so a change to the generator shows up as a failing test", () => {
    const random = createRandom(20220401);
    expect(Array.from({ length: 3 }, () => random.int(0, 999_999))).toMatchInlineSnapshot(`
      [
        668553,
        52723,
        382014,
      ]
    `);
  });

  it("forks independent of how much the parent has drawn", () => {
    const fresh = createRandom(3);
    const used = createRandom(3);
    for (let i = 0; i < 100; i += 1) used.next();
    expect(used.fork("x").next()).toBe(fresh.fork("x").next());
    expect(fresh.fork("x").next()).not.toBe(fresh.fork("y").next());
  });

  it("keeps int within its bounds and normal near mean 0, sd 1", () => {
    const random = createRandom(11);
    const ints = Array.from({ length: 2000 }, () => random.int(-2, 3));
    expect(Math.min(...ints)).toBe(-2);
    expect(Math.max(...ints)).toBe(3);
    const normals = Array.from({ length: 20_000 }, () => random.normal());
    const mean = normals.reduce((s, x) => s + x, 0) / normals.length;
    const sd = Math.sqrt(normals.reduce((s, x) => s + (x - mean) ** 2, 0) / normals.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });

  it("rejects seeds that are not 32-bit whole numbers", () => {
    expect(() => createRandom(-1)).toThrow(/seed/);
    expect(() => createRandom(1.5)).toThrow(/seed/);
    expect(() => createRandom(2 ** 32)).toThrow(/seed/);
  });
});
