import { shapeContains } from "./point-in-shape.ts";
import type { Shape } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";

/**
 * A point inside an area, to stand for it when an asset is mapped as a polygon (an OSM park or
 * allotment site): its centroid when that lies inside, else the middle of the widest stretch of the largest
 * part along the horizontal line through the centroid, which is inside by construction. The centroid of a
 * crescent-shaped site can lie in the next LSOA; this point cannot.
 */
export function representativePoint(shape: Shape): [number, number] {
  const { centroidLon, centroidLat, areaKm2 } = shapeMeasures(shape);
  if (areaKm2 > 0 && shapeContains(shape, centroidLon, centroidLat)) return [centroidLon, centroidLat];
  const crossings: number[] = [];
  for (const polygon of shape) {
    for (const ring of polygon) {
      for (let k = 0; k + 3 < ring.length; k += 2) {
        const x1 = ring[k] as number;
        const y1 = ring[k + 1] as number;
        const x2 = ring[k + 2] as number;
        const y2 = ring[k + 3] as number;
        if (y1 > centroidLat !== y2 > centroidLat) {
          crossings.push(x1 + ((centroidLat - y1) * (x2 - x1)) / (y2 - y1));
        }
      }
    }
  }
  crossings.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let widest = -1;
  // Even-odd: the stretches between the 1st and 2nd crossing, 3rd and 4th … are inside.
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const width = (crossings[k + 1] as number) - (crossings[k] as number);
    if (width > widest) {
      widest = width;
      best = [((crossings[k] as number) + (crossings[k + 1] as number)) / 2, centroidLat];
    }
  }
  const first = shape[0]?.[0];
  return best ?? [first?.[0] ?? centroidLon, first?.[1] ?? centroidLat];
}
