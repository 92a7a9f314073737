import { describe, expect, it } from "vitest";
import { seededNormalReader } from "./seeded-normal-stream.ts";
import { createSeededRandom } from "./seeded-random.ts";

/** What the generator itself gives from `start`, `count` draws. */
function generated(seed: number, start: number, count: number): number[] {
  const random = createSeededRandom(seed);
  for (let index = 0; index < start; index++) random.normal();
  return Array.from({ length: count }, () => random.normal());
}

describe("seededNormalReader", () => {
  it("gives the generator's normals in order, bit for bit, across blocks of any size", () => {
    const reader = seededNormalReader(11);
    const read = [...[7, 1, 300, 4096].flatMap((count) => [...reader.next(count)])];
    expect(read).toEqual(generated(11, 0, 7 + 1 + 300 + 4096));
  });

  it("starts every reader of a seed at the first draw, whatever other readers have read", () => {
    const first = seededNormalReader(5);
    const second = seededNormalReader(5);
    const other = seededNormalReader(6);
    const a = [...first.next(50)];
    const c = [...other.next(50)];
    const b = [...second.next(50)];
    expect(b).toEqual(a);
    expect(c).toEqual(generated(6, 0, 50));
    expect(c).not.toEqual(a);
    expect([...first.next(20)]).toEqual(generated(5, 50, 20));
  });

  it("carries on past the draws it keeps (2^21) with the same stream", () => {
    const reader = seededNormalReader(3);
    reader.next(2 ** 21 - 10);
    // This block straddles the end of the kept draws; the next lies wholly past it.
    const straddling = [...reader.next(25)];
    const beyond = [...reader.next(5)];
    expect([...straddling, ...beyond]).toEqual(generated(3, 2 ** 21 - 10, 30));
  });
});
