import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BROWSER_BOUNDARIES_FILE } from "../../../../pipelines/geo/write-browser-boundaries";
import { readBoundaries } from "./read-boundaries.server";
import { squareLsoa } from "./testing/map-fixtures";

const root = mkdtempSync(path.join(tmpdir(), "map-boundaries-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A build folder of its own (the reader caches by folder), holding `content` as its boundary file. */
function buildWith(name: string, content: string | null): string {
  const dir = mkdtempSync(path.join(root, `${name}-`));
  if (content !== null) writeFileSync(path.join(dir, BROWSER_BOUNDARIES_FILE), content);
  return dir;
}

describe("reading a build's boundary file", () => {
  it("indexes each LSOA by code with its name, on the British grid", async () => {
    const lsoa = squareLsoa(0, 0);
    const dir = buildWith(
      "good",
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { lsoa_code: lsoa.code, lsoa_name: lsoa.name },
            geometry: lsoa.geometry,
          },
        ],
      }),
    );
    const index = await readBoundaries(dir);
    expect([...(index?.keys() ?? [])]).toEqual([lsoa.code]);
    expect(index?.get(lsoa.code)?.name).toBe(lsoa.name);
    // The same build is read once.
    expect(await readBoundaries(dir)).toBe(index);
  });

  it("answers null for a build without boundaries, so the page shows its tables alone", async () => {
    expect(await readBoundaries(buildWith("none", null))).toBeNull();
  });

  it("names the file when it is not the boundary file the map expects", async () => {
    const dir = buildWith(
      "bad",
      JSON.stringify({ type: "FeatureCollection", features: [{ properties: {} }] }),
    );
    await expect(readBoundaries(dir)).rejects.toThrow(BROWSER_BOUNDARIES_FILE);
  });
});
