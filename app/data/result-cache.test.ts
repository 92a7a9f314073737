import { describe, expect, it } from "vitest";
import { ResultCache } from "./result-cache";

describe("ResultCache", () => {
  it("computes once per key and returns the same answer after", async () => {
    const cache = new ResultCache<number>(10);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await cache.get("a", compute)).toBe(1);
    expect(await cache.get("a", compute)).toBe(1);
    expect(calls).toBe(1);
  });

  it("evicts the least recently used key beyond its limit", async () => {
    const cache = new ResultCache<string>(2);
    await cache.get("a", async () => "a1");
    await cache.get("b", async () => "b1");
    await cache.get("a", async () => "a2"); // a is now the most recent
    await cache.get("c", async () => "c1"); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get("a", async () => "a3")).toBe("a1");
    expect(await cache.get("b", async () => "b2")).toBe("b2");
  });

  it("forgets a failure so the next call tries again", async () => {
    const cache = new ResultCache<string>(5);
    await expect(cache.get("a", async () => Promise.reject(new Error("busy")))).rejects.toThrow("busy");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get("a", async () => "ok")).toBe("ok");
  });

  it("lets a caller look for an answer without computing one", async () => {
    const cache = new ResultCache<string>(5);
    expect(cache.peek("a")).toBeUndefined();
    const pending = cache.get("a", async () => "a1");
    expect(cache.peek("a")).toBe(pending);
    expect(await cache.peek("a")).toBe("a1");
  });
});
