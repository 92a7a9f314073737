/**
 * Speed of asset placement: 100,000 seeded points placed into the England-scale demo's LSOA boundaries
 * (about 33,700 polygons), as the asset stage does it: parse the boundary GeoJSON, read each geometry,
 * build the R-tree locator, locate every point. Best of three; the demo boundaries are generated first, in a
 * temporary folder, and not timed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateDemo } from "../pipelines/demo/generate.ts";
import { demoOutputs } from "../pipelines/demo/outputs.ts";
import { readPolygonGeometry } from "../pipelines/geo/geojson-geometry.ts";
import { LsoaLocator } from "../pipelines/geo/lsoa-locator.ts";
import { shapeBounds } from "../pipelines/geo/shape.ts";
import { createSeededRandom } from "../pipelines/stats/index.ts";
import { timeBest } from "./timing.ts";

const POINTS = 100_000;
const BOUNDARIES = "lsoa-boundaries.geojson";

/** Places the points into the boundaries in `file`; returns how many landed in an LSOA. */
export function placePoints(file: string, lons: Float64Array, lats: Float64Array): number {
  const collection = JSON.parse(readFileSync(file, "utf8")) as { features: { geometry: unknown }[] };
  const shapes = collection.features.map((feature) => {
    const read = readPolygonGeometry(feature.geometry, ["Polygon", "MultiPolygon"]);
    if (!read.ok) throw new Error(`${file}: a boundary the pipeline would reject`);
    return read.shape;
  });
  const locator = new LsoaLocator(shapes);
  let placed = 0;
  for (let k = 0; k < lons.length; k++)
    if (locator.locate(lons[k] as number, lats[k] as number) >= 0) placed++;
  return placed;
}

/** Seeded points over the boundaries' extent, a few outside it. */
export function seededPoints(file: string, count: number): { lons: Float64Array; lats: Float64Array } {
  const collection = JSON.parse(readFileSync(file, "utf8")) as { features: { geometry: unknown }[] };
  let [west, south, east, north] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  for (const feature of collection.features) {
    const read = readPolygonGeometry(feature.geometry, ["Polygon", "MultiPolygon"]);
    if (!read.ok) continue;
    const [w, s, e, n] = shapeBounds(read.shape);
    [west, south, east, north] = [
      Math.min(west, w),
      Math.min(south, s),
      Math.max(east, e),
      Math.max(north, n),
    ];
  }
  const random = createSeededRandom(20_240_601);
  const margin = 0.01;
  const lons = new Float64Array(count);
  const lats = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    lons[k] = west - margin + random.uniform() * (east - west + 2 * margin);
    lats[k] = south - margin + random.uniform() * (north - south + 2 * margin);
  }
  return { lons, lats };
}

export async function benchAssets(): Promise<{ assets_place_100k_seconds: number }> {
  const workDir = mkdtempSync(path.join(tmpdir(), "bench-assets-"));
  try {
    const outDir = path.join(workDir, "england");
    await generateDemo({
      scale: "england",
      outDir,
      outputs: demoOutputs.filter((output) => output.file === BOUNDARIES),
    });
    const file = path.join(outDir, BOUNDARIES);
    const { lons, lats } = seededPoints(file, POINTS);
    const seconds = await timeBest(3, async () => placePoints(file, lons, lats));
    return { assets_place_100k_seconds: seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
