import { type GeoPermissibleObjects, geoPath } from "d3-geo";
import {
  fitMapFrame,
  gridGeometry,
  type LsoaGeometry,
  type MapTransform,
  mapPath,
  toGrid,
} from "./fit-projection";

export interface BoundaryFeature {
  code: string;
  name: string | null;
  /** On the unit British grid (see fit-projection.ts), wound for SVG. */
  grid: LsoaGeometry;
  /** [x0, y0, x1, y1] on the unit British grid (y grows southward). */
  bbox: [number, number, number, number];
  /** The area's centroid on the grid, for framing the map. */
  centroid: [number, number];
}

export type BoundaryIndex = ReadonlyMap<string, BoundaryFeature>;

/** The build's boundaries keyed by LSOA code, projected once to the British grid, ready to draw. */
export function indexBoundaries(
  features: readonly { code: string; name: string | null; geometry: LsoaGeometry }[],
): BoundaryIndex {
  const index = new Map<string, BoundaryFeature>();
  const planar = geoPath();
  for (const feature of features) {
    const grid = gridGeometry(feature.geometry);
    const [[x0, y0], [x1, y1]] = planar.bounds(grid);
    index.set(feature.code, {
      code: feature.code,
      name: feature.name,
      grid,
      bbox: [x0, y0, x1, y1],
      centroid: planar.centroid(grid),
    });
  }
  return index;
}

export interface MapRenderInput {
  boundaries: BoundaryIndex;
  /** The practice's LSOAs with their patients, in any order. */
  catchment: readonly { lsoa_code: string; patients: number }[];
  practice: { lon: number; lat: number } | null;
  points: readonly { id: string; lon: number; lat: number }[];
  /** The map frames the fewest LSOAs holding this share of the patients (the rest may fall outside it). */
  coverage?: number;
  width?: number;
}

export interface MapArea {
  code: string;
  /** SVG path data in map pixels. */
  d: string;
  /** False for a neighbouring LSOA drawn only for orientation. */
  catchment: boolean;
  /** Where "show on map" centres the view; catchment areas only. */
  centre: { x: number; y: number } | null;
}

export interface RenderedMap {
  width: number;
  height: number;
  /** Neighbours first, then the catchment, so the catchment's outlines are drawn on top. */
  areas: MapArea[];
  points: { id: string; x: number; y: number }[];
  practice: { x: number; y: number } | null;
  /** Catchment LSOAs left out of the picture: beyond the frame, or with no boundary in the build. */
  outsideFrame: { areas: number; patients: number };
  noBoundary: { areas: number; patients: number };
}

export const MAP_WIDTH = 640;
/** Room around the outermost core centroids, so the areas around them show at least in part. */
const PADDING = 40;
/** 95%: a practice's last few patients are often registered from far away (students, people who moved). */
export const FRAME_COVERAGE = 0.95;

/**
 * Draws a practice's catchment as SVG path strings on the server with d3-geo: the map is fitted to the
 * centroids of the fewest LSOAs that hold `coverage` of its patients (and the practice), so neither a few
 * patients living across the country nor a large, thinly peopled rural LSOA shrinks the town where most of
 * them live to a dot. Every LSOA, in the catchment or not, that reaches into the frame is drawn; catchment
 * LSOAs wholly beyond it are counted, for the page to say so.
 */
export function renderLsoaMap(input: MapRenderInput): RenderedMap {
  const { boundaries, catchment, practice } = input;
  const width = input.width ?? MAP_WIDTH;
  const mapped = catchment.filter((row) => boundaries.has(row.lsoa_code));
  const noBoundary = summarise(catchment.filter((row) => !boundaries.has(row.lsoa_code)));
  const core = coreAreas(mapped, input.coverage ?? FRAME_COVERAGE).flatMap((row) => {
    const feature = boundaries.get(row.lsoa_code);
    return feature ? [feature] : [];
  });
  const practiceOnGrid = practice ? toGrid(practice.lon, practice.lat) : null;
  if (core.length === 0 && !practiceOnGrid) {
    return {
      width,
      height: 0,
      areas: [],
      points: [],
      practice: null,
      outsideFrame: summarise([]),
      noBoundary,
    };
  }
  const transform = fitMapFrame(frameOf(core, practiceOnGrid), {
    width,
    padding: PADDING,
    minHeight: Math.round(width * 0.6),
    maxHeight: Math.round(width * 1.25),
  });
  const { height } = transform;
  const view = gridView(transform);
  const path = mapPath(transform);
  const inCatchment = new Set(mapped.map((row) => row.lsoa_code));
  const neighbours: MapArea[] = [];
  const drawn: MapArea[] = [];
  for (const feature of boundaries.values()) {
    if (!overlaps(feature.bbox, view)) continue;
    const d = path(feature.grid);
    if (!d) continue;
    const isCatchment = inCatchment.has(feature.code);
    if (!isCatchment) {
      neighbours.push({ code: feature.code, d, catchment: false, centre: null });
      continue;
    }
    drawn.push({ code: feature.code, d, catchment: true, centre: toPixels(feature.centroid, transform) });
  }
  const drawnCodes = new Set(drawn.map((area) => area.code));
  const place = (lon: number, lat: number) => {
    const { x, y } = toPixels(toGrid(lon, lat), transform);
    return x >= 0 && x <= width && y >= 0 && y <= height ? { x, y } : null;
  };
  return {
    width,
    height,
    areas: [...neighbours, ...drawn],
    points: input.points.flatMap((point) => {
      const xy = place(point.lon, point.lat);
      return xy ? [{ id: point.id, ...xy }] : [];
    }),
    practice: practice ? place(practice.lon, practice.lat) : null,
    outsideFrame: summarise(mapped.filter((row) => !drawnCodes.has(row.lsoa_code))),
    noBoundary,
  };
}

/**
 * The centroids to fit; when they coincide (one LSOA, no practice) the area's own outline instead, so the
 * map still has an extent to fill.
 */
function frameOf(core: readonly BoundaryFeature[], practice: [number, number] | null): GeoPermissibleObjects {
  const points = [...core.map((feature) => feature.centroid), ...(practice ? [practice] : [])];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  if (spread > 0 || core.length === 0) return { type: "MultiPoint", coordinates: points };
  return { type: "GeometryCollection", geometries: core.map((feature) => feature.grid) };
}

/** The fewest LSOAs, most patients first, that together hold at least `coverage` of the patients. */
export function coreAreas<T extends { patients: number }>(rows: readonly T[], coverage: number): T[] {
  const sorted = [...rows].sort((a, b) => b.patients - a.patients);
  const total = sorted.reduce((sum, row) => sum + row.patients, 0);
  const core: T[] = [];
  let covered = 0;
  for (const row of sorted) {
    if (core.length > 0 && covered >= coverage * total) break;
    core.push(row);
    covered += row.patients;
  }
  return core;
}

/** The part of the British grid the map shows: its pixel box taken back through the fit. */
function gridView({ k, tx, ty, width, height }: MapTransform): [number, number, number, number] {
  return [-tx / k, -ty / k, (width - tx) / k, (height - ty) / k];
}

function toPixels([gx, gy]: readonly number[], { k, tx, ty }: MapTransform): { x: number; y: number } {
  return { x: round1((gx ?? 0) * k + tx), y: round1((gy ?? 0) * k + ty) };
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  const [ax0 = 0, ay0 = 0, ax1 = 0, ay1 = 0] = a;
  const [bx0 = 0, by0 = 0, bx1 = 0, by1 = 0] = b;
  return ax0 <= bx1 && ax1 >= bx0 && ay0 <= by1 && ay1 >= by0;
}

function summarise(rows: readonly { patients: number }[]): { areas: number; patients: number } {
  return { areas: rows.length, patients: rows.reduce((sum, row) => sum + row.patients, 0) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
