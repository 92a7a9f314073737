import { runAtOnce, runInSlices, type SteppedWork } from "../event-loop.ts";
import { douglasPeucker, farthestFromChord } from "./douglas-peucker.ts";
import type { Polygon, Ring, Shape } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";
import { TupleIndex } from "./tuple-index.ts";

export type SimplifyOptions = {
  /** Douglas–Peucker tolerance, at most this many metres… */
  toleranceMetres: number;
  /**
   * …and at most this fraction of the size (√area) of the smallest area the arc bounds, so a town-centre
   * LSOA 300 m across keeps its shape while a rural one 5 km across loses detail nobody would see.
   */
  relativeTolerance?: number;
  /** Decimal places kept in the output (5 ≈ 1 m). */
  decimals: number;
};

export type SimplifiedBoundaries = {
  shapes: Shape[];
  /** Rings that would have collapsed when simplified and were kept at full detail instead. */
  ringsKeptWhole: number;
};

const METRES_PER_DEGREE = 111_195;
/** Vertices closer than this (1e-7°, about 1 cm) are the same vertex: publishers' shared edges agree to it. */
const VERTEX_GRID = 1e7;

/**
 * Simplifies a set of neighbouring polygons so that they still fit together: like TopoJSON, the rings are
 * cut into arcs at junctions (vertices where the set of neighbouring polygons changes), each arc shared by
 * two LSOAs is simplified once, and both LSOAs are rebuilt from the same simplified arc. Simplifying each
 * polygon on its own would leave slivers and gaps between neighbours on the map.
 *
 * Each arc is simplified by Douglas–Peucker in a local equirectangular metric, keeping its ends (the
 * junctions); closed arcs (an island, or an enclave and the hole it fills) keep at least four vertices.
 * Coordinates are then rounded to `decimals`. A ring that would still collapse (fewer than three distinct
 * positions) is kept at full detail, rounded, and counted.
 */
export function simplifyBoundaries(shapes: readonly Shape[], options: SimplifyOptions): SimplifiedBoundaries {
  return runAtOnce(simplificationSteps(shapes, options));
}

/**
 * simplifyBoundaries a slice at a time, awaiting `pause` between slices (a few thousand rings each, some
 * 20 ms at England scale): the build runs it on the main thread while other strands wait on DuckDB, and
 * their statements can only go on when this thread is free, so one 400 ms block left a core idle.
 */
export function simplifyBoundariesInSlices(
  shapes: readonly Shape[],
  options: SimplifyOptions,
  pause?: () => Promise<void>,
): Promise<SimplifiedBoundaries> {
  return runInSlices(simplificationSteps(shapes, options), pause);
}

/** Rings handled between two pauses of simplifyBoundariesInSlices. */
const RINGS_PER_SLICE = 2000;

/** The simplification, yielding after every RINGS_PER_SLICE rings of each pass over them. */
function* simplificationSteps(
  shapes: readonly Shape[],
  options: SimplifyOptions,
): SteppedWork<SimplifiedBoundaries> {
  // Every ring as vertex ids, all in one list (ring r is ringIds[ringStarts[r] … ringStarts[r + 1]]), in
  // shape, polygon, ring order: England has 34,000 rings, and a small array for each costs more than the
  // work done on it.
  const vertices = new VertexTable();
  const ringIds: number[] = [];
  const ringStarts: number[] = [0];
  for (const shape of shapes) {
    for (const polygon of shape) {
      for (const ring of polygon) {
        vertices.addRing(ring, ringIds);
        ringStarts.push(ringIds.length);
        if (ringStarts.length % RINGS_PER_SLICE === 0) yield;
      }
    }
  }
  const ringCount = ringStarts.length - 1;
  for (let r = 0; r < ringCount; r++) {
    vertices.noteNeighbours(ringIds, ringStarts[r] as number, ringStarts[r + 1] as number);
    if (r % RINGS_PER_SLICE === RINGS_PER_SLICE - 1) yield;
  }

  // Each ring's arcs, as arc uses (arc id × 2, + 1 when the ring runs the arc backwards), likewise in one list.
  const arcs = new ArcTable();
  const uses: number[] = [];
  const useStarts: number[] = [0];
  for (let r = 0; r < ringCount; r++) {
    splitIntoArcs(ringIds, ringStarts[r] as number, ringStarts[r + 1] as number, vertices, arcs, uses);
    useStarts.push(uses.length);
    if (r % RINGS_PER_SLICE === RINGS_PER_SLICE - 1) yield;
  }

  const tolerances = arcTolerances(shapes, uses, useStarts, arcs.count, options);
  const simplified = new SimplifiedArcs(arcs, vertices, tolerances);
  const scale = 10 ** options.decimals;
  const round = (value: number) => Math.round(value * scale) / scale;
  const roundedXs = new Float64Array(vertices.xs.length);
  const roundedYs = new Float64Array(vertices.ys.length);
  for (let id = 0; id < roundedXs.length; id++) {
    roundedXs[id] = round(vertices.xs[id] as number);
    roundedYs[id] = round(vertices.ys[id] as number);
  }
  const store = new RoundedRingStore();
  let ringsKeptWhole = 0;

  /** Rebuilds ring r from its simplified arcs; returns its number in `store`, -1 if it collapses whole. */
  const rebuildRing = (r: number, original: Ring): number => {
    store.start();
    let wrote = false;
    for (let u = useStarts[r] as number; u < (useStarts[r + 1] as number); u++) {
      const use = uses[u] as number;
      const arcId = use >> 1;
      const from = simplified.start(arcId);
      const to = simplified.end(arcId);
      const kept = simplified.vertices;
      // Consecutive arcs share their junction; write it once.
      const skip = wrote ? 1 : 0;
      if (to - from > skip) wrote = true;
      if ((use & 1) === 1) {
        for (let k = to - 1 - skip; k >= from; k--) {
          const id = kept[k] as number;
          store.add(roundedXs[id] as number, roundedYs[id] as number);
        }
      } else {
        for (let k = from + skip; k < to; k++) {
          const id = kept[k] as number;
          store.add(roundedXs[id] as number, roundedYs[id] as number);
        }
      }
    }
    const ring = store.finish();
    if (ring >= 0) return ring;
    // A ring that collapses when simplified is kept at full detail, rounded (dropped if even that collapses).
    ringsKeptWhole++;
    store.start();
    for (let k = 0; k < original.length; k += 2)
      store.add(round(original[k] as number), round(original[k + 1] as number));
    return store.finish();
  };
  let r = 0;
  const ringNumbers: number[][][] = [];
  for (const shape of shapes) {
    ringNumbers.push(shape.map((polygon) => polygon.map((original) => rebuildRing(r++, original))));
    if (ringNumbers.length % RINGS_PER_SLICE === 0) yield;
  }
  const rebuilt = ringNumbers.map((shape) => {
    const polygons: Polygon[] = [];
    for (const polygon of shape) {
      // A part too small to survive rounding (under a metre across) is dropped, holes with it.
      if (polygon[0] === undefined || polygon[0] < 0) continue;
      polygons.push(polygon.filter((ring) => ring >= 0).map((ring) => store.ring(ring)));
    }
    return polygons;
  });
  return { shapes: rebuilt, ringsKeptWhole };
}

/** Each arc's tolerance in metres: the absolute cap, or the relative one of the smallest area using it. */
function arcTolerances(
  shapes: readonly Shape[],
  uses: readonly number[],
  useStarts: readonly number[],
  arcCount: number,
  options: SimplifyOptions,
): Float64Array {
  const tolerances = new Float64Array(arcCount).fill(Number.POSITIVE_INFINITY);
  let r = 0;
  for (const shape of shapes) {
    const size = Math.sqrt(shapeMeasures(shape).areaKm2) * 1000;
    const tolerance = Math.min(
      options.toleranceMetres,
      (options.relativeTolerance ?? Number.POSITIVE_INFINITY) * size,
    );
    for (const polygon of shape) {
      for (let ring = 0; ring < polygon.length; ring++, r++) {
        for (let u = useStarts[r] as number; u < (useStarts[r + 1] as number); u++) {
          const arcId = (uses[u] as number) >> 1;
          tolerances[arcId] = Math.min(tolerances[arcId] as number, tolerance);
        }
      }
    }
  }
  return tolerances;
}

/** Every distinct vertex once, with whether it is a junction. */
class VertexTable {
  readonly xs: number[] = [];
  readonly ys: number[] = [];
  private readonly ids = new TupleIndex(2, 1 << 16);
  /** The unordered pair of neighbours a vertex was first seen with (lower id, higher id); -1 before. */
  private readonly neighbourLow: number[] = [];
  private readonly neighbourHigh: number[] = [];
  readonly junction: boolean[] = [];

  /** Appends the ring as vertex ids to `out`, without its closing repeat or repeated consecutive vertices. */
  addRing(ring: Ring, out: number[]): void {
    const start = out.length;
    for (let k = 0; k + 2 < ring.length; k += 2) {
      const id = this.idOf(ring[k] as number, ring[k + 1] as number);
      if (out.length === start || out[out.length - 1] !== id) out.push(id);
    }
    while (out.length - start > 1 && out[start] === out[out.length - 1]) out.pop();
  }

  /** A vertex met with different neighbours in different places joins two or more arcs. */
  noteNeighbours(ids: readonly number[], start: number, end: number): void {
    const count = end - start;
    for (let k = 0; k < count; k++) {
      const id = ids[start + k] as number;
      const before = ids[start + ((k - 1 + count) % count)] as number;
      const after = ids[start + ((k + 1) % count)] as number;
      const low = Math.min(before, after);
      const high = Math.max(before, after);
      if (this.neighbourLow[id] === -1) {
        this.neighbourLow[id] = low;
        this.neighbourHigh[id] = high;
      } else if (this.neighbourLow[id] !== low || this.neighbourHigh[id] !== high) this.junction[id] = true;
    }
  }

  private idOf(x: number, y: number): number {
    const id = this.ids.id2(Math.round(x * VERTEX_GRID), Math.round(y * VERTEX_GRID));
    if (id === this.xs.length) {
      this.xs.push(x);
      this.ys.push(y);
      this.neighbourLow.push(-1);
      this.neighbourHigh.push(-1);
      this.junction.push(false);
    }
    return id;
  }
}

/**
 * The arcs, each stored once (as vertex ids, all in one list) under a key that does not depend on which
 * ring met it first or which way that ring ran: its first, second and last vertex once turned to run from
 * the lower end.
 */
class ArcTable {
  readonly vertices: number[] = [];
  /** Arc a is vertices[starts[a] … starts[a + 1]]. */
  readonly starts: number[] = [0];
  private readonly ids = new TupleIndex(3, 1 << 16);

  get count(): number {
    return this.starts.length - 1;
  }

  /**
   * The use of the piece of ring `ids[(from + k) % count]` for k = 0 … length - 1 (ring positions `start`
   * to `start + count`) as an arc: its id × 2, + 1 if the ring runs it backwards.
   */
  use(ids: readonly number[], start: number, count: number, from: number, length: number): number {
    const first = ids[start + (from % count)] as number;
    const second = ids[start + ((from + 1) % count)] as number;
    const beforeLast = ids[start + ((from + length - 2) % count)] as number;
    const last = ids[start + ((from + length - 1) % count)] as number;
    const reversed = first > last || (first === last && second > beforeLast);
    const id = reversed ? this.ids.id3(last, beforeLast, first) : this.ids.id3(first, second, last);
    if (id === this.count) {
      if (reversed) {
        for (let k = length - 1; k >= 0; k--) this.vertices.push(ids[start + ((from + k) % count)] as number);
      } else {
        for (let k = 0; k < length; k++) this.vertices.push(ids[start + ((from + k) % count)] as number);
      }
      this.starts.push(this.vertices.length);
    }
    return id * 2 + (reversed ? 1 : 0);
  }
}

/**
 * Cuts a ring (vertex ids `ids[start … end]`, open) at its junctions into arcs, each stored once in `arcs`,
 * and appends its arc uses to `uses`. A ring with no junction is one closed arc, started at its lowest
 * vertex id so that an enclave and the hole around it give the same key.
 */
function splitIntoArcs(
  ids: readonly number[],
  start: number,
  end: number,
  vertices: VertexTable,
  arcs: ArcTable,
  uses: number[],
): void {
  const count = end - start;
  if (count === 0) return;
  let firstJunction = -1;
  for (let k = 0; k < count; k++) {
    if (vertices.junction[ids[start + k] as number]) {
      firstJunction = k;
      break;
    }
  }
  if (firstJunction === -1) {
    let lowest = 0;
    for (let k = 1; k < count; k++)
      if ((ids[start + k] as number) < (ids[start + lowest] as number)) lowest = k;
    uses.push(arcs.use(ids, start, count, lowest, count + 1));
    return;
  }
  let from = firstJunction;
  const wrapped = firstJunction + count;
  for (let k = firstJunction + 1; k <= wrapped; k++) {
    if (k < wrapped && !vertices.junction[ids[start + (k % count)] as number]) continue;
    // From one junction to the next, wrapping round to the first at the end.
    uses.push(arcs.use(ids, start, count, from, k - from + 1));
    from = k;
  }
}

/** Each arc's vertex ids after simplification, worked out the first time a ring asks, in one list. */
class SimplifiedArcs {
  readonly vertices: number[] = [];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(
    private readonly arcs: ArcTable,
    private readonly table: VertexTable,
    private readonly tolerances: Float64Array,
  ) {
    this.starts = new Int32Array(arcs.count).fill(-1);
    this.ends = new Int32Array(arcs.count);
  }

  start(arcId: number): number {
    if (this.starts[arcId] === -1) this.simplify(arcId);
    return this.starts[arcId] as number;
  }

  end(arcId: number): number {
    return this.ends[arcId] as number;
  }

  private simplify(arcId: number): void {
    const from = this.arcs.starts[arcId] as number;
    const to = this.arcs.starts[arcId + 1] as number;
    this.starts[arcId] = this.vertices.length;
    const source = this.arcs.vertices;
    // A single edge (the usual arc between two LSOAs meeting at corners) keeps both ends whatever the tolerance.
    if (to - from === 2 && source[from] !== source[from + 1]) {
      this.vertices.push(source[from] as number, source[from + 1] as number);
    } else {
      const arc = source.slice(from, to);
      const tolerance = (this.tolerances[arcId] as number) / METRES_PER_DEGREE;
      for (const id of simplifyArc(arc, this.table, tolerance)) this.vertices.push(id);
    }
    this.ends[arcId] = this.vertices.length;
  }
}

/** The vertex ids an arc keeps. Closed arcs keep the start, the farthest vertex and one more on each side. */
function simplifyArc(arc: readonly number[], vertices: VertexTable, tolerance: number): number[] {
  const first = arc[0];
  if (first === undefined) return [];
  const cosine = Math.cos(((vertices.ys[first] as number) * Math.PI) / 180);
  const xs = new Float64Array(arc.length);
  const ys = new Float64Array(arc.length);
  arc.forEach((id, k) => {
    xs[k] = (vertices.xs[id] as number) * cosine;
    ys[k] = vertices.ys[id] as number;
  });
  if (arc[arc.length - 1] !== first) return douglasPeucker(xs, ys, tolerance).map((k) => arc[k] as number);

  let far = 1;
  let farDistance = -1;
  for (let k = 1; k < arc.length - 1; k++) {
    const distance =
      ((xs[k] as number) - (xs[0] as number)) ** 2 + ((ys[k] as number) - (ys[0] as number)) ** 2;
    if (distance > farDistance) {
      far = k;
      farDistance = distance;
    }
  }
  const half = (from: number, to: number) => {
    const kept = douglasPeucker(xs.subarray(from, to + 1), ys.subarray(from, to + 1), tolerance).map(
      (k) => k + from,
    );
    if (kept.length === 2) {
      const extra = farthestFromChord(xs, ys, from, to).index;
      if (extra > 0) kept.splice(1, 0, extra);
    }
    return kept;
  };
  const kept = [...half(0, far), ...half(far, arc.length - 1).slice(1)];
  return kept.map((k) => arc[k] as number);
}

/**
 * The rebuilt rings, rounded, one after another in a single buffer (England's 34,000 rings would otherwise
 * be as many small allocations). A position equal to the one before it once rounded is dropped, and each
 * ring is closed; `ring(n)` gives ring n as a view once all are written.
 */
class RoundedRingStore {
  private buffer = new Float64Array(1 << 16);
  private length = 0;
  private ringStart = 0;
  private readonly bounds: number[] = [];

  start(): void {
    this.length = this.ringStart;
  }

  add(x: number, y: number): void {
    const n = this.length;
    if (n - this.ringStart >= 2 && this.buffer[n - 2] === x && this.buffer[n - 1] === y) return;
    if (n + 4 > this.buffer.length) {
      const grown = new Float64Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[n] = x;
    this.buffer[n + 1] = y;
    this.length = n + 2;
  }

  /** Closes the ring and returns its number; -1 (and nothing kept) when fewer than three distinct positions survive. */
  finish(): number {
    const from = this.ringStart;
    const n = this.length;
    if (
      n - from >= 2 &&
      (this.buffer[from] !== this.buffer[n - 2] || this.buffer[from + 1] !== this.buffer[n - 1])
    ) {
      this.add(this.buffer[from] as number, this.buffer[from + 1] as number);
    }
    if (this.length - from < 8) {
      this.length = from;
      return -1;
    }
    this.bounds.push(from, this.length);
    this.ringStart = this.length;
    return this.bounds.length / 2 - 1;
  }

  ring(n: number): Ring {
    return this.buffer.subarray(this.bounds[2 * n] as number, this.bounds[2 * n + 1] as number);
  }
}
