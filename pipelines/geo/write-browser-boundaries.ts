import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BuildManifest } from "../output/build-manifest.ts";
import { sha256File } from "../output/sha256-file.ts";
import type { BoundarySet } from "./boundary-set.ts";
import type { Polygon } from "./shape.ts";
import { simplifyBoundaries } from "./simplify-boundaries.ts";

export const BROWSER_BOUNDARIES_FILE = "lsoa_boundaries.geojson";

/**
 * Simplification for maps of a PCN or an ICB: at most 5% of an LSOA's size (√area) and at most 100 m, so
 * a town-centre LSOA 450 m across moves by 20 m at most (under a pixel on an ICB map) and a rural one by
 * 100 m; 5 decimals is about 1 m. On ONS's generalised (20 m) boundaries this halves the vertices; 1,500
 * LSOAs of the real Pennine Lancashire kind come to about 1.1 MB of GeoJSON and 200 KB gzipped, which is
 * what a browser is sent (the gzip twin).
 */
export const BROWSER_SIMPLIFY = { toleranceMetres: 100, relativeTolerance: 0.05, decimals: 5 } as const;

/**
 * Writes the boundaries of the mapped LSOAs for the browser: `lsoa_boundaries.geojson` (properties
 * `lsoa_code`, `lsoa_name`; one feature per line, in code order) and `lsoa_boundaries.geojson.gz`, which
 * the app's data route sends to browsers that accept gzip. Returns the manifest entry (the gzip twin is
 * the same data, so it is not listed separately).
 */
export async function writeBrowserBoundaries(
  directory: string,
  boundaries: BoundarySet,
  selected: readonly number[],
): Promise<BuildManifest["outputs"][number]> {
  const { shapes } = simplifyBoundaries(
    selected.map((index) => boundaries.shapes[index] ?? []),
    BROWSER_SIMPLIFY,
  );
  const features = selected.map((index, position) => {
    const properties = JSON.stringify({
      lsoa_code: boundaries.codes[index],
      lsoa_name: boundaries.names[index] ?? null,
    });
    const polygons = (shapes[position] ?? []).map(polygonCoordinates);
    const geometry =
      polygons.length === 1
        ? `{"type":"Polygon","coordinates":${JSON.stringify(polygons[0])}}`
        : `{"type":"MultiPolygon","coordinates":${JSON.stringify(polygons)}}`;
    return `{"type":"Feature","properties":${properties},"geometry":${geometry}}`;
  });
  const text = `{"type":"FeatureCollection","features":[\n${features.join(",\n")}\n]}\n`;
  const path = join(directory, BROWSER_BOUNDARIES_FILE);
  await writeFile(path, text);
  // Level 9 and no file name or time in the header, so the same boundaries give the same bytes.
  await writeFile(`${path}.gz`, gzipSync(text, { level: 9 }));
  return {
    file: BROWSER_BOUNDARIES_FILE,
    table: "lsoa_boundaries",
    sha256: await sha256File(path),
    rows: features.length,
    schema: [
      { name: "lsoa_code", type: "VARCHAR" },
      { name: "lsoa_name", type: "VARCHAR" },
      { name: "geometry", type: "GEOMETRY" },
    ],
  };
}

function polygonCoordinates(polygon: Polygon): number[][][] {
  return polygon.map((ring) => {
    const positions: number[][] = [];
    for (let k = 0; k < ring.length; k += 2) positions.push([ring[k] as number, ring[k + 1] as number]);
    return positions;
  });
}
