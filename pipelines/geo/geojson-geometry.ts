import type { JsonPath } from "../importers/json-text.ts";
import { type Polygon, ringFromPositions, type Shape } from "./shape.ts";

/** What is wrong with a geometry, and where inside it; the importer adds the file, line and character. */
export type GeometryProblem = { path: JsonPath; expected: string; found: string; fix: string };

export type GeometryResult = { ok: true; shape: Shape } | { ok: false; problem: GeometryProblem };

const WGS84_FIX =
  "export the boundaries in WGS84 longitude/latitude (EPSG:4326, what ONS Open Geography calls GeoJSON), e.g. with ogr2ogr -t_srs EPSG:4326";

/**
 * Reads a GeoJSON Polygon or MultiPolygon into a shape, checking every position: two finite numbers, in
 * WGS84 range. Eastings and northings (British National Grid, the CRS of ONS shapefiles) are named as such,
 * since that is the usual way a boundary file goes wrong.
 */
export function readPolygonGeometry(geometry: unknown, accepted: readonly string[]): GeometryResult {
  const fail = (path: JsonPath, expected: string, found: string, fix: string): GeometryResult => ({
    ok: false,
    problem: { path, expected, found, fix },
  });
  if (geometry === null || typeof geometry !== "object") {
    return fail(
      [],
      `a geometry of type ${accepted.join(" or ")}`,
      geometry === null ? "a feature with no geometry (null)" : "something that is not a geometry object",
      "give every feature its boundary, or remove features that have none",
    );
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof type !== "string" || !accepted.includes(type)) {
    return fail(
      ["type"],
      `a geometry of type ${accepted.join(" or ")}`,
      `a ${String(type)} geometry`,
      "give areas as polygons; points or lines cannot hold other points",
    );
  }
  const parts = type === "Polygon" ? [coordinates] : coordinates;
  if (!Array.isArray(parts) || parts.length === 0) {
    return fail(["coordinates"], "an array of rings of positions", "no coordinates", "export the file again");
  }
  const shape: Polygon[] = [];
  for (const [p, part] of parts.entries()) {
    const partPath: JsonPath = type === "Polygon" ? ["coordinates"] : ["coordinates", p];
    if (!Array.isArray(part) || part.length === 0) {
      return fail(partPath, "a polygon: an array of rings", "something else", "export the file again");
    }
    const polygon = [];
    for (const [r, ring] of part.entries()) {
      const ringPath = [...partPath, r];
      if (!Array.isArray(ring) || ring.length < 4) {
        return fail(
          ringPath,
          "a ring of at least four positions (three corners and the first again)",
          Array.isArray(ring) ? `${ring.length} positions` : "something that is not an array",
          "export the file again; a ring this short is not an area",
        );
      }
      for (const [k, position] of ring.entries()) {
        const problem = positionProblem(position);
        if (problem !== null) return fail([...ringPath, k], problem.expected, problem.found, problem.fix);
      }
      polygon.push(ringFromPositions(ring as number[][]));
    }
    shape.push(polygon);
  }
  return { ok: true, shape };
}

function positionProblem(position: unknown): Omit<GeometryProblem, "path"> | null {
  if (!Array.isArray(position) || position.length < 2) {
    return { expected: "a position [longitude, latitude]", found: JSON.stringify(position), fix: WGS84_FIX };
  }
  const [lon, lat] = position as unknown[];
  if (typeof lon !== "number" || typeof lat !== "number" || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return {
      expected: "a position of two numbers [longitude, latitude]",
      found: JSON.stringify(position),
      fix: "export the file again",
    };
  }
  if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) return null;
  const britishNationalGrid = lon >= 0 && lon <= 700_000 && lat >= 0 && lat <= 1_300_000;
  return {
    expected: "WGS84 longitude and latitude in degrees (longitude −180 to 180, latitude −90 to 90)",
    found: britishNationalGrid
      ? `[${lon}, ${lat}], which look like British National Grid eastings and northings in metres (EPSG:27700)`
      : `[${lon}, ${lat}], outside the range of degrees`,
    fix: WGS84_FIX,
  };
}

/** A CRS named in the file that is not WGS84 longitude/latitude (old GeoJSON's `crs` member), or null. */
export function foreignCrs(collection: Record<string, unknown>): string | null {
  const crs = collection.crs as { properties?: { name?: unknown } } | undefined;
  const name = crs?.properties?.name;
  if (typeof name !== "string") return null;
  return /CRS84|4326|WGS ?84/i.test(name) ? null : name;
}

export { WGS84_FIX };
