import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import type { BoundarySet } from "./boundary-set.ts";
import { LsoaLocator } from "./lsoa-locator.ts";
import type { Shape } from "./shape.ts";
import {
  BROWSER_BOUNDARIES_FILE,
  prepareBrowserBoundaries,
  writeBrowserBoundaries,
} from "./write-browser-boundaries.ts";

const root = mkdtempSync(join(tmpdir(), "browser-boundaries-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A row of 0.01° cells, the second of two parts (one with a hole) so both geometry types appear. */
function boundaries(): BoundarySet {
  const cell = (x: number): Shape => [
    [Float64Array.from([x, 53, x + 0.01, 53, x + 0.01, 53.01, x, 53.01, x, 53])],
  ];
  const shapes: Shape[] = [
    cell(-2),
    [
      ...cell(-1.99),
      [
        Float64Array.from([-1.9, 53, -1.88, 53, -1.88, 53.02, -1.9, 53.02, -1.9, 53]),
        Float64Array.from([-1.895, 53.005, -1.895, 53.015, -1.885, 53.015, -1.885, 53.005, -1.895, 53.005]),
      ],
    ],
    cell(-1.98),
  ];
  const codes = ["E01000001", "E01000002", "E01000003"];
  return {
    codes,
    names: ["Testshire 001A", null, "Testshire 001C"],
    shapes,
    vintage: "2021",
    sourceFile: 0,
    index: new Map(codes.map((code, index) => [code, index])),
    locator: new LsoaLocator(shapes),
  };
}

async function written(
  name: string,
  write: (directory: string) => ReturnType<typeof writeBrowserBoundaries>,
) {
  const directory = join(root, name);
  mkdirSync(directory);
  const entry = await write(directory);
  const text = readFileSync(join(directory, BROWSER_BOUNDARIES_FILE), "utf8");
  const unzipped = gunzipSync(readFileSync(join(directory, `${BROWSER_BOUNDARIES_FILE}.gz`))).toString(
    "utf8",
  );
  return { entry, text, unzipped };
}

describe("writeBrowserBoundaries", () => {
  it("writes the same files whether or not the asset stage prepared them", async () => {
    const set = boundaries();
    const plain = await written("plain", (directory) => writeBrowserBoundaries(directory, set, [0, 1, 2]));
    const again = boundaries();
    const selected = [0, 1, 2];
    prepareBrowserBoundaries(again, selected);
    const prepared = await written("prepared", (directory) =>
      writeBrowserBoundaries(directory, again, selected),
    );
    expect(prepared).toEqual(plain);
    expect(plain.unzipped).toBe(plain.text);
    const collection = JSON.parse(plain.text) as {
      features: { properties: { lsoa_code: string; lsoa_name: string | null }; geometry: { type: string } }[];
    };
    expect(collection.features.map((feature) => [feature.properties, feature.geometry.type])).toEqual([
      [{ lsoa_code: "E01000001", lsoa_name: "Testshire 001A" }, "Polygon"],
      [{ lsoa_code: "E01000002", lsoa_name: null }, "MultiPolygon"],
      [{ lsoa_code: "E01000003", lsoa_name: "Testshire 001C" }, "Polygon"],
    ]);
    expect(plain.entry).toMatchObject({ file: BROWSER_BOUNDARIES_FILE, rows: 3 });
  });

  it("does not use what was prepared for other LSOAs", async () => {
    const set = boundaries();
    prepareBrowserBoundaries(set, [0, 1, 2]);
    const { text, entry } = await written("other", (directory) =>
      writeBrowserBoundaries(directory, set, [2]),
    );
    expect(entry.rows).toBe(1);
    expect(text).toContain("E01000003");
    expect(text).not.toContain("E01000001");
  });
});
