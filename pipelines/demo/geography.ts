import type { Random } from "./random.ts";
import type { ScaleConfig } from "./scale.ts";

/**
 * The map: a grid of LSOA cells whose shared corners are jittered (so edges are not ruled lines) and then
 * pulled towards town centres (so city LSOAs are small and rural ones large, as real LSOAs of equal
 * population are). Every cell is a quadrilateral over shared vertices, so the LSOAs tile the rectangle with
 * no gaps and no overlaps by construction; `assertValidTiling` checks the one thing that could still go
 * wrong, a cell folding over after the pull.
 */
export interface Town {
  /** Centre and radius of influence in grid cells. */
  readonly u: number;
  readonly v: number;
  readonly radius: number;
  /** How much cells at the centre shrink: 0.45 means to 45% of their rural width. */
  readonly pull: number;
}

export interface Geography {
  readonly cols: number;
  readonly rows: number;
  readonly towns: readonly Town[];
  /** Lon/lat of grid corners, (cols + 1) × (rows + 1), row by row from the south-west, rounded to 6 dp. */
  readonly vertexLon: Float64Array;
  readonly vertexLat: Float64Array;
  /** Per cell (row-major), 0 in open country to 1 in a city centre. */
  readonly urbanity: Float64Array;
}

/** Jitter of inner corners, in cells: below 0.25 every cell stays convex before the town pull. */
const cornerJitter = 0.22;

export function buildGeography(random: Random, config: ScaleConfig): Geography {
  const { cols, rows } = config;
  const towns = placeTowns(random.fork("towns"), config);
  const jitter = random.fork("corners");
  const vertexLon = new Float64Array((cols + 1) * (rows + 1));
  const vertexLat = new Float64Array((cols + 1) * (rows + 1));
  const kmPerDegreeLat = 110.574;
  const midLat = config.originLat + (rows * config.cellKm) / kmPerDegreeLat / 2;
  const kmPerDegreeLon = 111.32 * Math.cos((midLat * Math.PI) / 180);

  for (let r = 0; r <= rows; r += 1) {
    for (let c = 0; c <= cols; c += 1) {
      // Draw both offsets for every corner, so the stream does not depend on which corners are on the edge.
      const du = (jitter.next() * 2 - 1) * cornerJitter;
      const dv = (jitter.next() * 2 - 1) * cornerJitter;
      const u = c === 0 || c === cols ? c : c + du;
      const v = r === 0 || r === rows ? r : r + dv;
      const [pu, pv] = pullTowardsTowns(towns, u, v);
      const index = r * (cols + 1) + c;
      vertexLon[index] = roundTo6(config.originLon + (pu * config.cellKm) / kmPerDegreeLon);
      vertexLat[index] = roundTo6(config.originLat + (pv * config.cellKm) / kmPerDegreeLat);
    }
  }

  const urbanity = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      let value = 0;
      for (const town of towns) {
        const distance = Math.hypot(c + 0.5 - town.u, r + 0.5 - town.v) / (0.6 * town.radius);
        value = Math.max(value, (1 - town.pull) * 1.4 * Math.exp(-distance * distance));
      }
      urbanity[r * cols + c] = Math.min(1, value);
    }
  }

  return { cols, rows, towns, vertexLon, vertexLat, urbanity };
}

function placeTowns(random: Random, config: ScaleConfig): Town[] {
  const towns: Town[] = [];
  const shortSide = Math.min(config.cols, config.rows);
  for (let i = 0; i < config.towns; i += 1) {
    // The first town is the big one: the pcn world's main town, the england world's capital. The rest are
    // smaller, most of them much smaller.
    const pcn = config.scale === "pcn";
    const first = pcn ? 0.42 : 0.14;
    const share = i === 0 ? first : pcn ? 0.22 + random.next() * 0.06 : 0.03 + random.next() ** 3 * 0.1;
    const radius = Math.max(2.5, shortSide * share);
    const pull = i === 0 ? 0.45 : 0.5 + random.next() * 0.3;
    // Keep each town's disc inside the rectangle, so the outline of the world never moves.
    const u = radius + random.next() * (config.cols - 2 * radius);
    const v = radius + random.next() * (config.rows - 2 * radius);
    towns.push({ u, v, radius, pull });
  }
  return towns;
}

/**
 * Radial pull: inside a town's radius a point at relative distance t moves to g(t) = t·(p + (1 − p)(2t − t²))
 * with p = pull. g rises from 0 to 1 with slope p at the centre (cells shrink to p of their width) and slope 1
 * at the rim (no seam where the town meets the country), so the map is one-to-one. Applying the towns one
 * after another composes one-to-one maps, so overlapping towns are fine.
 */
function pullTowardsTowns(towns: readonly Town[], u: number, v: number): [number, number] {
  let x = u;
  let y = v;
  for (const town of towns) {
    const dx = x - town.u;
    const dy = y - town.v;
    const t = Math.hypot(dx, dy) / town.radius;
    if (t >= 1) continue;
    const factor = town.pull + (1 - town.pull) * (2 * t - t * t);
    x = town.u + dx * factor;
    y = town.v + dy * factor;
  }
  return [x, y];
}

function roundTo6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Corner vertex indices of a cell, counter-clockwise from the south-west, ring closed (RFC 7946 order). */
export function cellRing(geography: Geography, cell: number): number[] {
  const c = cell % geography.cols;
  const r = Math.floor(cell / geography.cols);
  const width = geography.cols + 1;
  const sw = r * width + c;
  return [sw, sw + 1, sw + width + 1, sw + width, sw];
}

/** A point inside a cell's polygon: a convex mix of its corners with weights from (s, t) in [0, 1]². */
export function pointInCell(geography: Geography, cell: number, s: number, t: number): [number, number] {
  const [sw, se, ne, nw] = cellRing(geography, cell) as [number, number, number, number];
  const mix = (values: Float64Array) =>
    (values[sw] ?? 0) * (1 - s) * (1 - t) +
    (values[se] ?? 0) * s * (1 - t) +
    (values[ne] ?? 0) * s * t +
    (values[nw] ?? 0) * (1 - s) * t;
  return [roundTo6(mix(geography.vertexLon)), roundTo6(mix(geography.vertexLat))];
}

/**
 * Every cell must be a strictly convex, counter-clockwise quadrilateral; over shared vertices that is
 * enough for the cells to tile the rectangle without overlap. Throws naming the first cell that is not.
 */
export function assertValidTiling(geography: Geography): void {
  for (let cell = 0; cell < geography.cols * geography.rows; cell += 1) {
    const ring = cellRing(geography, cell);
    for (let k = 0; k < 4; k += 1) {
      const a = ring[k] ?? 0;
      const b = ring[k + 1] ?? 0;
      const c = ring[(k + 2) % 4] ?? 0;
      const cross =
        ((geography.vertexLon[b] ?? 0) - (geography.vertexLon[a] ?? 0)) *
          ((geography.vertexLat[c] ?? 0) - (geography.vertexLat[b] ?? 0)) -
        ((geography.vertexLat[b] ?? 0) - (geography.vertexLat[a] ?? 0)) *
          ((geography.vertexLon[c] ?? 0) - (geography.vertexLon[b] ?? 0));
      if (!(cross > 0)) {
        throw new Error(
          `Demo geography: cell ${cell} is not a convex counter-clockwise quadrilateral at corner ${k}`,
        );
      }
    }
  }
}
