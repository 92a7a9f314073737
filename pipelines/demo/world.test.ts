import { describe, expect, it } from "vitest";
import { buildWorld } from "./world.ts";

describe("buildWorld", () => {
  it("builds the england world at national size in a second or two", () => {
    const started = performance.now();
    const world = buildWorld("england", 20220401);
    const seconds = (performance.now() - started) / 1000;
    expect(world.areas.icbs).toHaveLength(42);
    expect(world.areas.lsoas).toHaveLength(206 * 164);
    expect(world.practices.length).toBeGreaterThanOrEqual(6_280);
    expect(world.practices.length).toBeLessThanOrEqual(6_320);
    expect(world.pcns.length).toBeGreaterThan(1_150);
    expect(world.pcns.length).toBeLessThan(1_350);
    // About a million practice × LSOA rows, as in the NHS Digital file.
    expect(world.registrations.rowCount.length).toBeGreaterThan(900_000);
    expect(world.registrations.rowCount.length).toBeLessThan(1_100_000);
    const lists = Array.from(world.registrations.practiceTotals).sort((a, b) => a - b);
    expect(lists[0]).toBeGreaterThan(500);
    expect(lists[Math.floor(lists.length / 2)]).toBeGreaterThan(6_000);
    expect(lists[Math.floor(lists.length / 2)]).toBeLessThan(12_000);
    expect(new Set(world.practices.map((p) => p.code)).size).toBe(world.practices.length);
    expect(new Set(world.pcns.map((p) => p.code)).size).toBe(world.pcns.length);
    expect(new Set(world.pcns.map((p) => p.name)).size).toBe(world.pcns.length);
    expect(seconds).toBeLessThan(10);
  });

  it("puts each PCN's practices in one ICB", () => {
    const world = buildWorld("pcn", 1);
    for (const practice of world.practices) {
      expect(world.pcns[practice.pcnIndex]?.icbIndex).toBe(practice.icbIndex);
    }
  });
});
