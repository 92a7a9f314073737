import { createSeededRandom, type SeededRandom } from "./seeded-random.ts";

/**
 * Draws kept per seed. Every SII of a build starts from the same seed, so its hundreds of simulations
 * (indicators × areas) read the same standard normals: generating them (two 32-bit draws and an AS 241
 * inverse each) was most of the simulation's cost. 2^21 draws (16 MB) hold 10,000 repetitions of 100
 * quantiles or 100,000 of 20; a longer simulation reads past them from a generator of its own.
 */
const MAX_KEPT_DRAWS = 2 ** 21;

/** Seeds whose draws are kept at once; a program uses one (SII_SEED) or a few in tests. */
const MAX_KEPT_SEEDS = 4;

type KeptDraws = { random: SeededRandom; draws: Float64Array; length: number };

const kept = new Map<number, KeptDraws>();

/** The kept draws of `seed`, at least `wanted` long when that is within MAX_KEPT_DRAWS. */
function keptDraws(seed: number, wanted: number): KeptDraws {
  let entry = kept.get(seed);
  if (entry === undefined) {
    if (kept.size >= MAX_KEPT_SEEDS) kept.delete(kept.keys().next().value as number);
    entry = { random: createSeededRandom(seed), draws: new Float64Array(0), length: 0 };
    kept.set(seed, entry);
  }
  const target = Math.min(MAX_KEPT_DRAWS, wanted);
  if (target > entry.length) {
    if (target > entry.draws.length) {
      const grown = new Float64Array(Math.min(MAX_KEPT_DRAWS, Math.max(target, entry.draws.length * 2)));
      grown.set(entry.draws.subarray(0, entry.length));
      entry.draws = grown;
    }
    for (let index = entry.length; index < target; index++) entry.draws[index] = entry.random.normal();
    entry.length = target;
  }
  return entry;
}

/** Reads one seed's standard normals in order, block by block. */
export type NormalReader = {
  /** The next `count` draws. The array is only valid until the next call. */
  next(count: number): Float64Array;
};

/**
 * The standard normals of `createSeededRandom(seed).normal()`, in the same order and bit for bit, read
 * from draws kept across calls; beyond the kept ones a generator of the reader's own carries on.
 */
export function seededNormalReader(seed: number): NormalReader {
  let position = 0;
  let own: SeededRandom | null = null;
  let scratch = new Float64Array(0);
  return {
    next(count) {
      const start = position;
      position += count;
      const entry = keptDraws(seed, position);
      if (position <= entry.length) return entry.draws.subarray(start, position);
      if (own === null) {
        own = createSeededRandom(seed);
        for (let skipped = 0; skipped < start; skipped++) own.normal();
      }
      if (scratch.length < count) scratch = new Float64Array(count);
      for (let index = 0; index < count; index++) scratch[index] = own.normal();
      return scratch.subarray(0, count);
    },
  };
}
