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

  describe("with a budget in bytes", () => {
    const byLength = (entries: number, max: number) =>
      new ResultCache<string>({ entries, bytes: { max, bytesOf: (value) => value.length } });

    it("drops the least recently used answers until the rest fit", async () => {
      const cache = byLength(10, 1000);
      await cache.get("a", async () => "a".repeat(400));
      await cache.get("b", async () => "b".repeat(400));
      await cache.get("a", async () => "unused"); // a is now the most recent
      expect(cache.byteSize).toBe(800);
      await cache.get("c", async () => "c".repeat(400)); // 1,200 bytes: b goes
      expect(cache.peek("b")).toBeUndefined();
      expect(await cache.peek("a")).toBe("a".repeat(400));
      expect(await cache.peek("c")).toBe("c".repeat(400));
      expect(cache.size).toBe(2);
      expect(cache.byteSize).toBe(800);
    });

    it("gives an answer larger than the whole budget to its caller without keeping it or dropping others", async () => {
      const cache = byLength(10, 1000);
      await cache.get("a", async () => "a".repeat(400));
      expect(await cache.get("huge", async () => "h".repeat(1500))).toHaveLength(1500);
      expect(cache.peek("huge")).toBeUndefined();
      expect(cache.peek("a")).toBeDefined();
      expect(cache.byteSize).toBe(400);
    });

    it("leaves an answer still being computed alone while making room", async () => {
      const cache = byLength(10, 1000);
      let finish: (value: string) => void = () => undefined;
      const slow = cache.get("slow", () => new Promise<string>((resolve) => (finish = resolve)));
      await cache.get("a", async () => "a".repeat(600));
      await cache.get("b", async () => "b".repeat(600)); // over budget: a goes, not the pending one
      expect(cache.peek("slow")).toBe(slow);
      expect(cache.peek("a")).toBeUndefined();
      finish("s".repeat(300));
      expect(await slow).toHaveLength(300);
      expect(cache.byteSize).toBe(900);
    });

    it("stops counting the bytes of an answer evicted by the count bound", async () => {
      const cache = byLength(2, 10_000);
      await cache.get("a", async () => "a".repeat(100));
      await cache.get("b", async () => "b".repeat(200));
      await cache.get("c", async () => "c".repeat(300)); // the count bound drops a
      expect(cache.peek("a")).toBeUndefined();
      expect(cache.byteSize).toBe(500);
    });
  });
});
