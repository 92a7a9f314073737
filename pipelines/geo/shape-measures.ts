import type { Ring, Shape } from "./shape.ts";

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

export type ShapeMeasures = {
  /** Area in km², holes taken out. */
  areaKm2: number;
  /** Area-weighted centroid; for a strongly concave LSOA it can fall just outside the shape. */
  centroidLon: number;
  centroidLat: number;
};

/**
 * Area and centroid on a local equirectangular projection (longitudes scaled by the cosine of the shape's
 * mean latitude). Across an LSOA, a few km at most, this is within 0.1% of the ellipsoidal area ONS
 * publishes, and needs no projection library.
 */
export function shapeMeasures(shape: Shape): ShapeMeasures {
  const origin = firstPosition(shape);
  const kx = EARTH_RADIUS_KM * RADIANS * Math.cos(origin.lat * RADIANS);
  const ky = EARTH_RADIUS_KM * RADIANS;
  let area = 0;
  let sx = 0;
  let sy = 0;
  for (const polygon of shape) {
    polygon.forEach((ring, index) => {
      const moments = ringMoments(ring, origin.lon, origin.lat, kx, ky);
      // Outer rings add and holes subtract, whichever way the source wound them.
      const sign = (index === 0 ? 1 : -1) * Math.sign(moments.area);
      area += sign * moments.area;
      sx += sign * moments.x;
      sy += sign * moments.y;
    });
  }
  if (area <= 0) return { areaKm2: 0, centroidLon: origin.lon, centroidLat: origin.lat };
  return {
    areaKm2: area,
    centroidLon: origin.lon + sx / area / kx,
    centroidLat: origin.lat + sy / area / ky,
  };
}

function firstPosition(shape: Shape): { lon: number; lat: number } {
  const ring = shape[0]?.[0];
  if (ring === undefined || ring.length < 2) return { lon: 0, lat: 0 };
  let lat = 0;
  for (let k = 1; k < ring.length; k += 2) lat += ring[k] as number;
  return { lon: ring[0] as number, lat: lat / (ring.length / 2) };
}

/** Signed area and first moments (area × centroid) of a ring, relative to the origin, in km. */
function ringMoments(ring: Ring, lon0: number, lat0: number, kx: number, ky: number) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let k = 0; k + 3 < ring.length; k += 2) {
    const x1 = ((ring[k] as number) - lon0) * kx;
    const y1 = ((ring[k + 1] as number) - lat0) * ky;
    const x2 = ((ring[k + 2] as number) - lon0) * kx;
    const y2 = ((ring[k + 3] as number) - lat0) * ky;
    const cross = x1 * y2 - x2 * y1;
    area += cross;
    x += (x1 + x2) * cross;
    y += (y1 + y2) * cross;
  }
  return { area: area / 2, x: x / 6, y: y / 6 };
}
