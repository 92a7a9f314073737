import { type GeoPermissibleObjects, geoIdentity, geoPath, geoTransverseMercator } from "d3-geo";

export type Ring = number[][];
export type LsoaGeometry =
  | { type: "Polygon"; coordinates: Ring[] }
  | { type: "MultiPolygon"; coordinates: Ring[][] };

/**
 * Transverse Mercator on 2°W, the central meridian of the British National Grid (OSGB36): north is up and
 * scale is true to well under 1% anywhere in England, so no area looks bigger than it is. Unit scale and no
 * translation: a map's fit only scales and shifts these coordinates (see `fitMapFrame`), so every boundary
 * is projected once per build and a page costs an affine transform, not the trigonometry.
 */
const britishGrid = geoTransverseMercator().rotate([2, 0]).scale(1).translate([0, 0]).precision(0);

/** A longitude/latitude position on the unit British grid (x east, y south, as SVG draws). */
export function toGrid(lon: number, lat: number): [number, number] {
  return britishGrid([lon, lat]) ?? [Number.NaN, Number.NaN];
}

/** Every position of a boundary on the unit British grid, rings wound as `rewind` leaves them. */
export function gridGeometry(geometry: LsoaGeometry): LsoaGeometry {
  const ring = (positions: Ring) => positions.map(([lon = 0, lat = 0]) => toGrid(lon, lat));
  const rewound = rewind(geometry);
  return rewound.type === "Polygon"
    ? { type: "Polygon", coordinates: rewound.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: rewound.coordinates.map((polygon) => polygon.map(ring)) };
}

/**
 * Exterior rings clockwise and holes anticlockwise (in longitude/latitude, north up). GeoJSON (RFC 7946)
 * asks for the opposite, ONS files use this order and publishers use both; one order throughout means an
 * SVG path's non-zero fill always leaves a hole (a town's park, an enclave) empty.
 */
export function rewind(geometry: LsoaGeometry): LsoaGeometry {
  if (geometry.type === "Polygon")
    return { type: "Polygon", coordinates: rewindPolygon(geometry.coordinates) };
  return { type: "MultiPolygon", coordinates: geometry.coordinates.map(rewindPolygon) };
}

function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, index) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

/** Shoelace area in degrees², positive when the ring runs anticlockwise with north up. */
export function signedArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}

export interface FitOptions {
  width: number;
  padding: number;
  minHeight: number;
  maxHeight: number;
}

/** Map pixels from unit British-grid coordinates: x · k + tx, y · k + ty. */
export interface MapTransform {
  k: number;
  tx: number;
  ty: number;
  width: number;
  height: number;
}

/**
 * The scale and shift that fill a `width`-wide map with `frame` (British-grid coordinates of the
 * catchment's core and the practice), d3's fitExtent on an identity projection. The height follows the
 * frame's shape within [minHeight, maxHeight], so a tall catchment is not squashed into a letterbox nor a
 * wide one given empty bands; the frame is centred, at least `padding` from every edge.
 */
export function fitMapFrame(frame: GeoPermissibleObjects, options: FitOptions): MapTransform {
  const { width, padding, minHeight, maxHeight } = options;
  // First as tall as allowed, to learn the height the frame needs at the width it gets…
  const identity = geoIdentity().fitExtent(
    [
      [padding, padding],
      [width - padding, maxHeight - padding],
    ],
    frame,
  );
  const [[, top], [, bottom]] = geoPath(identity).bounds(frame);
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, bottom - top + 2 * padding)));
  // …then centred in that height.
  identity.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    frame,
  );
  const [tx, ty] = identity.translate();
  return { k: identity.scale(), tx, ty, width, height };
}

/** d3's path generator over British-grid geometry, drawing in the map's pixels at 0.1 px. */
export function mapPath(transform: MapTransform) {
  return geoPath(geoIdentity().scale(transform.k).translate([transform.tx, transform.ty])).digits(1);
}
