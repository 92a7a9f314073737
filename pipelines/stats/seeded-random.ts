import { normalQuantile } from "./normal-quantile.ts";
import { splitMix32 } from "./split-mix-32.ts";

/**
 * A small seeded pseudo-random generator, so that simulated limits (SII) are the same on every run and machine.
 *
 * xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 2021;
 * https://prng.di.unimi.it/), state filled from the seed by SplitMix32. Uniforms carry 53 random bits and lie
 * strictly inside (0, 1); normals are the AS 241 inverse of a uniform (exact inversion, no rejection).
 *
 * Not the demo generator's sfc32 (demo/random.ts): the statistics need one numeric seed, uniforms that are
 * never 0 (for the inverse normal) and 53-bit resolution, while the demo needs labelled forks. Neither can
 * take the other's stream without changing pinned results (SII limits here, the demo's file digests there).
 */
export interface SeededRandom {
  /** Uniform on the open interval (0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

export function createSeededRandom(seed: number): SeededRandom {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  const fill = splitMix32(seed);
  let s0 = fill();
  let s1 = fill();
  let s2 = fill();
  let s3 = fill();
  const next32 = (): number => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotateLeft(s3, 11);
    return result;
  };
  const uniform = (): number => ((next32() >>> 5) * 67108864 + (next32() >>> 6) + 0.5) / 9007199254740992;
  return { uniform, normal: () => normalQuantile(uniform()) };
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
