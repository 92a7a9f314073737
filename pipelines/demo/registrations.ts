import type { Practice } from "./practices.ts";
import type { Random } from "./random.ts";
import type { ScaleConfig } from "./scale.ts";

/**
 * Who is registered where: for each LSOA, how many of its residents are on each practice's list.
 *
 * A practice's pull on an LSOA falls off with distance in two parts: a steep Gaussian core (most people
 * register near home, so each practice has a core catchment) and a shallower exponential tail (people who moved
 * but stayed, or chose a practice near work). Catchments overlap, as they do in the NHS Digital file,
 * where an urban LSOA has patients at twenty or more practices. A few patients per LSOA are registered
 * anywhere at all, like students and recent movers. Distances are in grid cells, i.e. LSOAs.
 */
export interface Registrations {
  /** Rows of LSOA i are rowPractice/rowCount[lsoaStart[i] .. lsoaStart[i + 1]). */
  readonly lsoaStart: Int32Array;
  readonly rowPractice: Int32Array;
  readonly rowCount: Int32Array;
  /** Registered list size of each practice. */
  readonly practiceTotals: Int32Array;
}

/**
 * Reaches in units of the typical distance between neighbouring practices, tuned so that the england world
 * matches the NHS Digital file for Pennine Lancashire: about 25 practices per LSOA, the largest holding
 * about 40% of its patients and the largest three about 70%, a third of rows under 3 patients.
 */
const localReach = 0.65;
const tailReach = 0.75;
const tailWeight = 0.12;
const searchReach = 2.9;

export function buildRegistrations(
  random: Random,
  config: ScaleConfig,
  practices: readonly Practice[],
  lsoaCells: readonly number[],
  registered: Int32Array,
): Registrations {
  // Typical distance between neighbouring practices, in cells: the unit the reaches above are given in.
  const spacing = Math.sqrt((config.cols * config.rows) / practices.length);
  const index = new PracticeIndex(practices, config, Math.max(2, Math.round(spacing * 2)));
  const strays = random.fork("strays");
  const rounding = random.fork("rounding");
  const lsoaStart = new Int32Array(lsoaCells.length + 1);
  const rowPractice: number[] = [];
  const rowCount: number[] = [];
  const practiceTotals = new Int32Array(practices.length);
  const counts = new Map<number, number>();

  for (const [lsoaIndex, cell] of lsoaCells.entries()) {
    lsoaStart[lsoaIndex] = rowPractice.length;
    const u = (cell % config.cols) + 0.5;
    const v = Math.floor(cell / config.cols) + 0.5;
    const nearby = index.within(u, v, searchReach * spacing);
    const weights = nearby.map((p) => {
      const practice = practices[p] as Practice;
      const distance = Math.hypot(practice.u - u, practice.v - v) / spacing;
      return (
        practice.attraction *
        (Math.exp(-((distance / localReach) ** 2)) + tailWeight * Math.exp(-distance / tailReach))
      );
    });
    const totalWeight = weights.reduce((sum, w) => sum + w, 0);
    if (!(totalWeight > 0)) throw new Error(`Demo world: LSOA ${lsoaIndex} has no practice within reach`);
    const people = registered[lsoaIndex] ?? 0;
    counts.clear();
    for (const [k, p] of nearby.entries()) {
      const expected = (people * (weights[k] ?? 0)) / totalWeight;
      const whole = Math.floor(expected);
      // Random rounding keeps the expected total right while small expectations become 0 or 1.
      const count = whole + (rounding.next() < expected - whole ? 1 : 0);
      if (count > 0) counts.set(p, count);
    }
    const strayCount = config.scale === "pcn" ? strays.int(0, 3) : strays.int(2, 6);
    for (let s = 0; s < strayCount; s += 1) {
      const p = strays.int(0, practices.length - 1);
      counts.set(p, (counts.get(p) ?? 0) + strays.int(1, 2));
    }
    const ordered = [...counts.keys()].sort((a, b) => a - b);
    for (const p of ordered) {
      const count = counts.get(p) ?? 0;
      rowPractice.push(p);
      rowCount.push(count);
      practiceTotals[p] = (practiceTotals[p] ?? 0) + count;
    }
  }
  lsoaStart[lsoaCells.length] = rowPractice.length;
  return {
    lsoaStart,
    rowPractice: Int32Array.from(rowPractice),
    rowCount: Int32Array.from(rowCount),
    practiceTotals,
  };
}

/** Practices bucketed by grid square, for finding those near an LSOA without scanning all 6,300. */
class PracticeIndex {
  private readonly buckets: number[][];
  private readonly across: number;
  private readonly down: number;

  constructor(
    private readonly practices: readonly Practice[],
    config: ScaleConfig,
    private readonly size: number,
  ) {
    this.across = Math.ceil(config.cols / size);
    this.down = Math.ceil(config.rows / size);
    this.buckets = Array.from({ length: this.across * this.down }, () => []);
    for (const practice of practices) {
      this.buckets[this.bucketOf(practice.u, practice.v)]?.push(practice.index);
    }
  }

  private bucketOf(u: number, v: number): number {
    const i = Math.min(this.across - 1, Math.floor(u / this.size));
    const j = Math.min(this.down - 1, Math.floor(v / this.size));
    return j * this.across + i;
  }

  /** Indices of practices within `radius` cells of (u, v), in index order. */
  within(u: number, v: number, radius: number): number[] {
    const found: number[] = [];
    const i0 = Math.max(0, Math.floor((u - radius) / this.size));
    const i1 = Math.min(this.across - 1, Math.floor((u + radius) / this.size));
    const j0 = Math.max(0, Math.floor((v - radius) / this.size));
    const j1 = Math.min(this.down - 1, Math.floor((v + radius) / this.size));
    for (let j = j0; j <= j1; j += 1) {
      for (let i = i0; i <= i1; i += 1) {
        for (const p of this.buckets[j * this.across + i] ?? []) {
          const practice = this.practices[p] as Practice;
          if (Math.hypot(practice.u - u, practice.v - v) <= radius) found.push(p);
        }
      }
    }
    return found.sort((a, b) => a - b);
  }
}

/** Mean of an LSOA-level value over each practice's registered patients (how OHID makes practice IMD). */
export function meanOverPatients(registrations: Registrations, lsoaValues: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(registrations.practiceTotals.length);
  for (let lsoa = 0; lsoa + 1 < registrations.lsoaStart.length; lsoa += 1) {
    const value = lsoaValues[lsoa] ?? 0;
    for (
      let row = registrations.lsoaStart[lsoa] ?? 0;
      row < (registrations.lsoaStart[lsoa + 1] ?? 0);
      row += 1
    ) {
      const practice = registrations.rowPractice[row] ?? 0;
      sums[practice] = (sums[practice] ?? 0) + value * (registrations.rowCount[row] ?? 0);
    }
  }
  for (let p = 0; p < sums.length; p += 1)
    sums[p] = (sums[p] ?? 0) / Math.max(1, registrations.practiceTotals[p] ?? 0);
  return sums;
}
