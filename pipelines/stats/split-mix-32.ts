/**
 * SplitMix32 (the 32-bit SplitMix of Steele, Lea & Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014, with MurmurHash3's finaliser): a stream of 32-bit words from one seed, used
 * only to fill the state of a better generator, as the authors of xoshiro and sfc32 recommend.
 */
export function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
