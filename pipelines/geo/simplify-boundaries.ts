import { douglasPeucker, farthestFromChord } from "./douglas-peucker.ts";
import type { Polygon, Ring, Shape } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";

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
  const vertices = new VertexTable();
  const rings = shapes.map((shape) => shape.map((polygon) => polygon.map((ring) => vertices.addRing(ring))));
  for (const shape of rings)
    for (const polygon of shape) for (const ring of polygon) vertices.noteNeighbours(ring);

  const arcs = new Map<string, number[]>();
  const pieces = rings.map((shape) =>
    shape.map((polygon) => polygon.map((ids) => splitIntoArcs(ids, vertices, arcs))),
  );
  const tolerances = arcTolerances(shapes, pieces, options);
  const simplified = new Map<string, number[]>();
  const scale = 10 ** options.decimals;
  let ringsKeptWhole = 0;

  const rebuildRing = (uses: readonly ArcUse[], original: Ring): Ring | null => {
    const positions: number[] = [];
    for (const { key, reversed } of uses) {
      let arc = simplified.get(key);
      if (arc === undefined) {
        arc = simplifyArc(arcs.get(key) ?? [], vertices, (tolerances.get(key) ?? 0) / METRES_PER_DEGREE);
        simplified.set(key, arc);
      }
      const ordered = reversed ? [...arc].reverse() : arc;
      // Consecutive arcs share their junction; write it once.
      for (let k = positions.length === 0 ? 0 : 1; k < ordered.length; k++)
        positions.push(ordered[k] as number);
    }
    const ring = roundedRing(positions, vertices.xs, vertices.ys, scale);
    if (ring !== null) return ring;
    ringsKeptWhole++;
    return roundedWholeRing(original, scale);
  };
  const rebuilt = shapes.map((shape, s) => {
    const polygons: Polygon[] = [];
    shape.forEach((polygon, p) => {
      const kept = polygon.map((original, r) => rebuildRing(pieces[s]?.[p]?.[r] ?? [], original));
      // A part too small to survive rounding (under a metre across) is dropped, holes with it.
      if (kept[0] === null || kept[0] === undefined) return;
      polygons.push(kept.filter((ring): ring is Ring => ring !== null));
    });
    return polygons;
  });
  return { shapes: rebuilt, ringsKeptWhole };
}

type ArcUse = { key: string; reversed: boolean };

/** Each arc's tolerance in metres: the absolute cap, or the relative one of the smallest area using it. */
function arcTolerances(
  shapes: readonly Shape[],
  pieces: readonly (readonly (readonly (readonly ArcUse[])[])[])[],
  options: SimplifyOptions,
): Map<string, number> {
  const tolerances = new Map<string, number>();
  shapes.forEach((shape, s) => {
    const size = Math.sqrt(shapeMeasures(shape).areaKm2) * 1000;
    const tolerance = Math.min(
      options.toleranceMetres,
      (options.relativeTolerance ?? Number.POSITIVE_INFINITY) * size,
    );
    for (const polygon of pieces[s] ?? []) {
      for (const ring of polygon) {
        for (const { key } of ring)
          tolerances.set(key, Math.min(tolerances.get(key) ?? tolerance, tolerance));
      }
    }
  });
  return tolerances;
}

/** Every distinct vertex once, with whether it is a junction. */
class VertexTable {
  readonly xs: number[] = [];
  readonly ys: number[] = [];
  private readonly ids = new Map<string, number>();
  /** The unordered pair of neighbours a vertex was first seen with, as "a,b". */
  private readonly neighbours: (string | undefined)[] = [];
  readonly junction: boolean[] = [];

  /** The ring as vertex ids, without its closing repeat and without repeated consecutive vertices. */
  addRing(ring: Ring): number[] {
    const ids: number[] = [];
    for (let k = 0; k + 2 < ring.length; k += 2) {
      const id = this.idOf(ring[k] as number, ring[k + 1] as number);
      if (ids[ids.length - 1] !== id) ids.push(id);
    }
    while (ids.length > 1 && ids[0] === ids[ids.length - 1]) ids.pop();
    return ids;
  }

  /** A vertex met with different neighbours in different places joins two or more arcs. */
  noteNeighbours(ids: readonly number[]): void {
    const count = ids.length;
    for (let k = 0; k < count; k++) {
      const id = ids[k] as number;
      const before = ids[(k - 1 + count) % count] as number;
      const after = ids[(k + 1) % count] as number;
      const pair = before < after ? `${before},${after}` : `${after},${before}`;
      const seen = this.neighbours[id];
      if (seen === undefined) this.neighbours[id] = pair;
      else if (seen !== pair) this.junction[id] = true;
    }
  }

  private idOf(x: number, y: number): number {
    const key = `${Math.round(x * VERTEX_GRID)},${Math.round(y * VERTEX_GRID)}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.xs.length;
      this.ids.set(key, id);
      this.xs.push(x);
      this.ys.push(y);
      this.junction.push(false);
    }
    return id;
  }
}

/**
 * Cuts a ring (vertex ids, open) at its junctions into arcs, each stored once in `arcs` under a key that
 * does not depend on which ring met it first or which way that ring ran. A ring with no junction is one
 * closed arc, started at its lowest vertex id so that an enclave and the hole around it give the same key.
 */
function splitIntoArcs(ids: readonly number[], vertices: VertexTable, arcs: Map<string, number[]>): ArcUse[] {
  const count = ids.length;
  if (count === 0) return [];
  const junctions: number[] = [];
  for (let k = 0; k < count; k++) if (vertices.junction[ids[k] as number]) junctions.push(k);
  const pieces: number[][] = [];
  if (junctions.length === 0) {
    let start = 0;
    for (let k = 1; k < count; k++) if ((ids[k] as number) < (ids[start] as number)) start = k;
    pieces.push(Array.from({ length: count + 1 }, (_, k) => ids[(start + k) % count] as number));
  } else {
    for (let j = 0; j < junctions.length; j++) {
      const from = junctions[j] as number;
      const to = j + 1 < junctions.length ? (junctions[j + 1] as number) : (junctions[0] as number) + count;
      pieces.push(Array.from({ length: to - from + 1 }, (_, k) => ids[(from + k) % count] as number));
    }
  }
  return pieces.map((piece) => {
    const first = piece[0] as number;
    const last = piece[piece.length - 1] as number;
    const reversed =
      first > last || (first === last && (piece[1] as number) > (piece[piece.length - 2] as number));
    const canonical = reversed ? [...piece].reverse() : piece;
    const key = `${canonical[0]},${canonical[1]},${canonical[canonical.length - 1]}`;
    if (!arcs.has(key)) arcs.set(key, canonical);
    return { key, reversed };
  });
}

/** The vertex ids an arc keeps. Closed arcs keep the start, the farthest vertex and one more on each side. */
function simplifyArc(arc: readonly number[], vertices: VertexTable, tolerance: number): number[] {
  const first = arc[0];
  if (first === undefined) return [];
  const cosine = Math.cos(((vertices.ys[first] as number) * Math.PI) / 180);
  const xs = Float64Array.from(arc, (id) => (vertices.xs[id] as number) * cosine);
  const ys = Float64Array.from(arc, (id) => vertices.ys[id] as number);
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

/** Rounds a closed ring given as indices into xs/ys; null when fewer than three distinct positions survive. */
function roundedRing(
  indices: readonly number[],
  xs: readonly number[],
  ys: readonly number[],
  scale: number,
): Ring | null {
  const out: number[] = [];
  for (const index of indices) {
    const x = Math.round((xs[index] as number) * scale) / scale;
    const y = Math.round((ys[index] as number) * scale) / scale;
    if (out.length >= 2 && out[out.length - 2] === x && out[out.length - 1] === y) continue;
    out.push(x, y);
  }
  if (out.length >= 2 && (out[0] !== out[out.length - 2] || out[1] !== out[out.length - 1])) {
    out.push(out[0] as number, out[1] as number);
  }
  return out.length >= 8 ? Float64Array.from(out) : null;
}

/** A ring at full detail, rounded; null if even that has fewer than three distinct positions. */
function roundedWholeRing(ring: Ring, scale: number): Ring | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < ring.length; k += 2) {
    xs.push(ring[k] as number);
    ys.push(ring[k + 1] as number);
  }
  return roundedRing(
    xs.map((_, index) => index),
    xs,
    ys,
    scale,
  );
}
