import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { BROWSER_BOUNDARIES_FILE } from "../../../../pipelines/geo/write-browser-boundaries";
import { type BoundaryIndex, indexBoundaries } from "./render-lsoa-map";

// Every position is checked too: the file is parsed once per build, so the check costs nothing per page.
const ring = z.array(z.array(z.number()).min(2)).min(4);
const boundaryFile = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      properties: z.object({ lsoa_code: z.string(), lsoa_name: z.string().nullable().optional() }),
      geometry: z.discriminatedUnion("type", [
        z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
        z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
      ]),
    }),
  ),
});

const cache = new Map<string, Promise<BoundaryIndex | null>>();

/**
 * The build's simplified LSOA boundaries, read and indexed once per build folder (a build never changes
 * once published, and a new build is a new folder). Null when the build has no boundary file: the page
 * then shows its tables without a map.
 */
export function readBoundaries(buildDir: string): Promise<BoundaryIndex | null> {
  let pending = cache.get(buildDir);
  if (!pending) {
    pending = load(path.join(buildDir, BROWSER_BOUNDARIES_FILE));
    pending.catch(() => cache.delete(buildDir));
    // Only the newest builds matter; an old one's index is dropped when the pipeline publishes another.
    if (cache.size >= 2) cache.delete(cache.keys().next().value ?? "");
    cache.set(buildDir, pending);
  }
  return pending;
}

async function load(filePath: string): Promise<BoundaryIndex | null> {
  const text = await readFile(filePath, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (text === null) return null;
  const parsed = boundaryFile.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`${filePath} is not the boundary file the map expects: ${parsed.error.message}`);
  return indexBoundaries(
    parsed.data.features.map((feature) => ({
      code: feature.properties.lsoa_code,
      name: feature.properties.lsoa_name ?? null,
      geometry: feature.geometry,
    })),
  );
}
