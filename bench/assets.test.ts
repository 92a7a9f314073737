import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateDemo } from "../pipelines/demo/generate.ts";
import { demoOutputs } from "../pipelines/demo/outputs.ts";
import { readPolygonGeometry } from "../pipelines/geo/geojson-geometry.ts";
import { shapeContains } from "../pipelines/geo/point-in-shape.ts";
import { placePoints, seededPoints } from "./assets.ts";

const dir = mkdtempSync(join(tmpdir(), "bench-assets-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("asset placement benchmark", () => {
  it("places seeded points into demo boundaries, as a scan of every boundary would", async () => {
    await generateDemo({
      scale: "pcn",
      outDir: join(dir, "pcn"),
      outputs: demoOutputs.filter((output) => output.file === "lsoa-boundaries.geojson"),
    });
    const file = join(dir, "pcn", "lsoa-boundaries.geojson");
    const { lons, lats } = seededPoints(file, 2_000);
    const collection = JSON.parse(readFileSync(file, "utf8")) as { features: { geometry: unknown }[] };
    const shapes = collection.features.flatMap((feature) => {
      const read = readPolygonGeometry(feature.geometry, ["Polygon"]);
      return read.ok ? [read.shape] : [];
    });
    let inside = 0;
    for (let k = 0; k < lons.length; k++) {
      if (shapes.some((shape) => shapeContains(shape, lons[k] as number, lats[k] as number))) inside++;
    }
    expect(placePoints(file, lons, lats)).toBe(inside);
    expect(inside).toBeGreaterThan(1_000);
  });
});
