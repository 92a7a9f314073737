import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { letEventLoopRun } from "../event-loop.ts";
import type { BuildManifest } from "../output/build-manifest.ts";
import type { BoundarySet } from "./boundary-set.ts";
import type { Polygon } from "./shape.ts";
import { simplifyBoundariesInSlices } from "./simplify-boundaries.ts";

const gzipAsync = promisify(gzip);

export const BROWSER_BOUNDARIES_FILE = "lsoa_boundaries.geojson";

/**
 * Simplification for maps of a PCN or an ICB: at most 5% of an LSOA's size (√area) and at most 100 m, so
 * a town-centre LSOA 450 m across moves by 20 m at most (under a pixel on an ICB map) and a rural one by
 * 100 m; 5 decimals is about 1 m. On ONS's generalised (20 m) boundaries this halves the vertices; 1,500
 * LSOAs of the real Pennine Lancashire kind come to about 1.1 MB of GeoJSON and 200 KB gzipped, which is
 * what a browser is sent (the gzip twin).
 */
export const BROWSER_SIMPLIFY = { toleranceMetres: 100, relativeTolerance: 0.05, decimals: 5 } as const;

/** The browser's boundaries, serialised: the GeoJSON text, its hash and its gzip twin (under way). */
type BrowserBoundaries = {
  text: string;
  sha256: string;
  gzipped: Promise<Buffer>;
};

/** Boundaries prepared ahead of writing (prepareBrowserBoundaries), by the set they were made from. */
const prepared = new WeakMap<
  BoundarySet,
  { selected: readonly number[]; boundaries: Promise<BrowserBoundaries> }
>();

/**
 * Starts simplifying and serialising the mapped LSOAs' boundaries, then gzipping them on libuv's pool, for
 * writeBrowserBoundaries to write later. The asset stage calls this while DuckDB works out supply. The
 * work goes a slice at a time, with the event loop let run in between, so the other strands' statements
 * go on meanwhile instead of waiting for this thread.
 */
export function prepareBrowserBoundaries(boundaries: BoundarySet, selected: readonly number[]): void {
  const ready = browserBoundaries(boundaries, selected, letEventLoopRun);
  // Should the build stop before writing, the work is dropped unread; that must not be an unhandled error.
  ready.catch(() => undefined);
  prepared.set(boundaries, { selected, boundaries: ready });
}

/**
 * Writes the boundaries of the mapped LSOAs for the browser: `lsoa_boundaries.geojson` (properties
 * `lsoa_code`, `lsoa_name`; one feature per line, in code order) and `lsoa_boundaries.geojson.gz`, which
 * the app's data route sends to browsers that accept gzip. Returns the manifest entry (the gzip twin is
 * the same data, so it is not listed separately). Uses what prepareBrowserBoundaries made for the same
 * LSOAs, if anything.
 */
export async function writeBrowserBoundaries(
  directory: string,
  boundaries: BoundarySet,
  selected: readonly number[],
): Promise<BuildManifest["outputs"][number]> {
  const ready = prepared.get(boundaries);
  prepared.delete(boundaries);
  const { text, sha256, gzipped } = await (ready !== undefined && sameSelection(ready.selected, selected)
    ? ready.boundaries
    : browserBoundaries(boundaries, selected, async () => undefined));
  const path = join(directory, BROWSER_BOUNDARIES_FILE);
  await writeFile(path, text);
  await writeFile(`${path}.gz`, await gzipped);
  return {
    file: BROWSER_BOUNDARIES_FILE,
    table: "lsoa_boundaries",
    sha256,
    rows: selected.length,
    schema: [
      { name: "lsoa_code", type: "VARCHAR" },
      { name: "lsoa_name", type: "VARCHAR" },
      { name: "geometry", type: "GEOMETRY" },
    ],
  };
}

const sameSelection = (a: readonly number[], b: readonly number[]) =>
  a === b || (a.length === b.length && a.every((index, position) => index === b[position]));

/** Features serialised between two pauses. */
const FEATURES_PER_SLICE = 4000;

async function browserBoundaries(
  boundaries: BoundarySet,
  selected: readonly number[],
  pause: () => Promise<void>,
): Promise<BrowserBoundaries> {
  const { shapes } = await simplifyBoundariesInSlices(
    selected.map((index) => boundaries.shapes[index] ?? []),
    BROWSER_SIMPLIFY,
    pause,
  );
  const features: string[] = [];
  for (const [position, index] of selected.entries()) {
    const properties = JSON.stringify({
      lsoa_code: boundaries.codes[index],
      lsoa_name: boundaries.names[index] ?? null,
    });
    const polygons = shapes[position] ?? [];
    const geometry =
      polygons.length === 1
        ? `{"type":"Polygon","coordinates":${polygonJson(polygons[0] as Polygon)}}`
        : `{"type":"MultiPolygon","coordinates":[${polygons.map(polygonJson).join(",")}]}`;
    features.push(`{"type":"Feature","properties":${properties},"geometry":${geometry}}`);
    if (features.length % FEATURES_PER_SLICE === 0) await pause();
  }
  const text = `{"type":"FeatureCollection","features":[\n${features.join(",\n")}\n]}\n`;
  // Level 6 (zlib's default) takes a quarter of level 9's time for a file 2% larger; no file name or time
  // goes in the header, so the same boundaries give the same bytes. It runs on libuv's pool meanwhile.
  const gzipped = gzipAsync(text, { level: 6 });
  // Should the build stop before writing, the twin is dropped unread; that must not be an unhandled error.
  gzipped.catch(() => undefined);
  return { text, sha256: createHash("sha256").update(text).digest("hex"), gzipped };
}

/**
 * A polygon's GeoJSON coordinates, written directly: the same text as JSON.stringify of the nested arrays
 * (numbers print alike in both), without building an array per position first.
 */
function polygonJson(polygon: Polygon): string {
  const rings: string[] = [];
  for (const ring of polygon) {
    const positions: string[] = [];
    for (let k = 0; k < ring.length; k += 2) positions.push(`[${ring[k]},${ring[k + 1]}]`);
    rings.push(`[${positions.join(",")}]`);
  }
  return `[${rings.join(",")}]`;
}
