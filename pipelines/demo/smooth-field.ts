import type { Random } from "./random.ts";

/**
 * Value noise: independent normal values on a coarse lattice, blended with a smoothstep between lattice
 * points. Neighbouring LSOAs get similar values, far ones independent ones, which is the spatial
 * correlation that deprivation and age structure show in England.
 */
export function smoothField(
  random: Random,
  cols: number,
  rows: number,
  spacing: number,
): (u: number, v: number) => number {
  const latticeCols = Math.ceil(cols / spacing) + 2;
  const latticeRows = Math.ceil(rows / spacing) + 2;
  const values = new Float64Array(latticeCols * latticeRows);
  for (let i = 0; i < values.length; i += 1) values[i] = random.normal();
  const at = (i: number, j: number) => values[j * latticeCols + i] ?? 0;
  const smoothstep = (t: number) => t * t * (3 - 2 * t);

  return (u, v) => {
    const x = u / spacing;
    const y = v / spacing;
    const i = Math.floor(x);
    const j = Math.floor(y);
    const tx = smoothstep(x - i);
    const ty = smoothstep(y - j);
    const bottom = at(i, j) * (1 - tx) + at(i + 1, j) * tx;
    const top = at(i, j + 1) * (1 - tx) + at(i + 1, j + 1) * tx;
    return bottom * (1 - ty) + top * ty;
  };
}

/** Rescales values in place to mean 0 and standard deviation 1. */
export function standardise(values: Float64Array): Float64Array {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  const sd = Math.sqrt(squares / values.length) || 1;
  for (let i = 0; i < values.length; i += 1) values[i] = ((values[i] ?? 0) - mean) / sd;
  return values;
}
