import { splitMix32 } from "../stats/split-mix-32.ts";

/**
 * Seeded randomness for the demo generator.
 *
 * sfc32 ("Small Fast Counter", Chris Doty-Humphrey, from the PractRand suite) passes PractRand and
 * BigCrush, needs only 32-bit integer arithmetic (so every JavaScript engine gives the same stream), and
 * is tiny enough to read in one go. Its 128-bit state is filled from a string key with splitmix32, as its
 * author recommends.
 *
 * Each part of the world takes its own stream with `fork("label")`. A fork depends only on the root seed
 * and the label path, never on how much the parent has been used, so adding a draw in one module never
 * shifts the numbers of another.
 *
 * Not the statistics' xoshiro128** (stats/seeded-random.ts), which takes one numeric seed and has no forks:
 * the demo's pinned file digests depend on this exact stream, so the two stay separate generators and share
 * only their SplitMix32 seeding.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
  /** An independent stream named by `label` under this one. */
  fork(label: string): Random;
}

/** FNV-1a over UTF-16 code units: turns a seed path into a 32-bit splitmix32 starting state. */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

class Sfc32Random implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(private readonly key: string) {
    const seeder = splitMix32(hashKey(key));
    this.a = seeder();
    this.b = seeder();
    this.c = seeder();
    this.d = seeder();
    // Discard the first outputs: sfc32 mixes its state within a dozen rounds.
    for (let i = 0; i < 15; i += 1) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Random.int needs integers with min <= max, got ${min} and ${max}`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    // 1 - next() lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError("Random.pick needs a non-empty list");
    return item;
  }

  shuffled<T>(items: readonly T[]): T[] {
    const result = items.slice();
    for (let i = result.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const held = result[i] as T;
      result[i] = result[j] as T;
      result[j] = held;
    }
    return result;
  }

  fork(label: string): Random {
    return new Sfc32Random(`${this.key}/${label}`);
  }
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  return new Sfc32Random(`demo:${seed}`);
}
