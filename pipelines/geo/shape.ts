/**
 * Polygons as the pipeline holds them in memory: flat coordinate arrays, so tens of thousands of LSOAs cost
 * a few typed arrays rather than millions of small JavaScript arrays.
 *
 * - A ring is `[lon0, lat0, lon1, lat1, …]`, closed (the last position repeats the first), WGS84 degrees.
 * - A polygon is its outer ring followed by its holes (GeoJSON Polygon order).
 * - A shape is one or more polygons (a GeoJSON MultiPolygon; a Polygon is a shape of one).
 */
export type Ring = Float64Array;
export type Polygon = readonly Ring[];
export type Shape = readonly Polygon[];

/** West, south, east, north. */
export type Bounds = readonly [number, number, number, number];

/** Number of positions in a ring, the closing repeat included. */
export const ringLength = (ring: Ring): number => ring.length / 2;

export function shapeBounds(shape: Shape): Bounds {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const polygon of shape) {
    // Holes lie inside their outer ring, so the outer rings bound the shape.
    const outer = polygon[0];
    if (outer === undefined) continue;
    for (let k = 0; k < outer.length; k += 2) {
      const x = outer[k] as number;
      const y = outer[k + 1] as number;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  }
  return [west, south, east, north];
}

/** A ring from GeoJSON positions (`[[lon, lat], …]`), closed if the source left it open. */
export function ringFromPositions(positions: readonly (readonly number[])[]): Ring {
  const first = positions[0];
  const last = positions[positions.length - 1];
  const open = first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1]);
  const ring = new Float64Array((positions.length + (open ? 1 : 0)) * 2);
  positions.forEach((position, index) => {
    ring[index * 2] = position[0] as number;
    ring[index * 2 + 1] = position[1] as number;
  });
  if (open && first !== undefined) {
    ring[positions.length * 2] = first[0] as number;
    ring[positions.length * 2 + 1] = first[1] as number;
  }
  return ring;
}

/** GeoJSON positions of a ring, for writing. */
export function ringPositions(ring: Ring): number[][] {
  const positions: number[][] = [];
  for (let k = 0; k < ring.length; k += 2) positions.push([ring[k] as number, ring[k + 1] as number]);
  return positions;
}
