import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPolygonGeometry } from "./geojson-geometry.ts";
import { ringPositions, type Shape } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";
import { simplifyBoundaries, simplifyBoundariesInSlices } from "./simplify-boundaries.ts";
import { BROWSER_SIMPLIFY } from "./write-browser-boundaries.ts";

const realData = join(import.meta.dirname, "../../../shared/data/real");
const pennine = join(realData, "pennine-lancashire/lsoa-2011.geojson");

/**
 * A grid of cells whose edges are wiggly lines of many vertices (as ONS boundaries are), shared exactly by
 * neighbours: the case where simplifying each polygon alone would open gaps between them.
 */
function wigglyGrid(cols: number, rows: number, seed: number): Shape[] {
  let state = seed >>> 0 || 1;
  const noise = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) / 4_294_967_296 - 0.5) * 0.0004;
  };
  const steps = 12;
  const cell = 0.01;
  const corner = (c: number, r: number) => [-2 + c * cell, 53 + r * cell];
  // One wiggly line per grid edge, keyed so that both neighbours use the same one.
  const edges = new Map<string, number[][]>();
  const edge = (a: [number, number], b: [number, number]) => {
    const key = `${a}>${b}`;
    const reverse = edges.get(`${b}>${a}`);
    if (reverse !== undefined) return [...reverse].reverse();
    if (!edges.has(key)) {
      const [x1, y1] = corner(...a) as [number, number];
      const [x2, y2] = corner(...b) as [number, number];
      const border =
        (a[0] === b[0] && (a[0] === 0 || a[0] === cols)) || (a[1] === b[1] && (a[1] === 0 || a[1] === rows));
      edges.set(
        key,
        Array.from({ length: steps + 1 }, (_, k) => {
          const t = k / steps;
          const wiggle = k === 0 || k === steps || border ? 0 : noise();
          return [
            x1 + (x2 - x1) * t + (y1 === y2 ? 0 : wiggle),
            y1 + (y2 - y1) * t + (x1 === x2 ? 0 : wiggle),
          ];
        }),
      );
    }
    return edges.get(key) as number[][];
  };
  const shapes: Shape[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const loop: [number, number][] = [
        [c, r],
        [c + 1, r],
        [c + 1, r + 1],
        [c, r + 1],
      ];
      const positions = loop.flatMap((from, k) =>
        edge(from, loop[(k + 1) % 4] as [number, number]).slice(0, -1),
      );
      positions.push(positions[0] as number[]);
      shapes.push([[Float64Array.from(positions.flat())]]);
    }
  }
  return shapes;
}

/** Directed edges of every ring, as "x1,y1>x2,y2". */
function directedEdges(shapes: readonly Shape[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const shape of shapes) {
    for (const polygon of shape) {
      for (const ring of polygon) {
        for (let k = 0; k + 3 < ring.length; k += 2) {
          const key = `${ring[k]},${ring[k + 1]}>${ring[k + 2]},${ring[k + 3]}`;
          edges.set(key, (edges.get(key) ?? 0) + 1);
        }
      }
    }
  }
  return edges;
}

const totalArea = (shapes: readonly Shape[]) =>
  shapes.reduce((sum, shape) => sum + shapeMeasures(shape).areaKm2, 0);

describe("simplifyBoundaries", () => {
  it("keeps neighbours fitting together: every inner edge is walked once each way, and the area is kept", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (cols, rows, seed) => {
          const shapes = wigglyGrid(cols, rows, seed);
          const { shapes: simplified } = simplifyBoundaries(shapes, { toleranceMetres: 30, decimals: 6 });
          const edges = directedEdges(simplified);
          let inner = 0;
          for (const [key, count] of edges) {
            expect(count).toBe(1);
            const [from, to] = key.split(">");
            if (edges.has(`${to}>${from}`)) inner++;
          }
          // Inner edges: those of shared arcs, seen from both sides.
          if (cols * rows > 1) expect(inner).toBeGreaterThan(0);
          expect(totalArea(simplified)).toBeCloseTo(totalArea(shapes), 1);
          const vertices = (list: readonly Shape[]) =>
            list.flat(2).reduce((sum, ring) => sum + ring.length / 2, 0);
          expect(vertices(simplified)).toBeLessThan(vertices(shapes));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("leaves four-cornered cells (the demo's boundaries) as they are, rounded", () => {
    const square = Float64Array.from([-2, 53, -1.99, 53, -1.99, 53.01, -2, 53.01, -2, 53]);
    const { shapes } = simplifyBoundaries([[[square]]], { toleranceMetres: 20, decimals: 5 });
    expect(Array.from(shapes[0]?.[0]?.[0] ?? [])).toEqual(Array.from(square));
  });

  it("keeps a hole and the enclave that fills it identical, and a ring too small to simplify whole", () => {
    const outer = Float64Array.from([0, 0, 1, 0, 1, 1, 0, 1, 0, 0]);
    const hole = Float64Array.from([0.4, 0.4, 0.4, 0.6, 0.6, 0.6, 0.6, 0.4, 0.4, 0.4]);
    const enclave = Float64Array.from([0.4, 0.4, 0.6, 0.4, 0.6, 0.6, 0.4, 0.6, 0.4, 0.4]);
    const { shapes } = simplifyBoundaries([[[outer, hole]], [[enclave]]], {
      toleranceMetres: 10,
      decimals: 5,
    });
    const holeOut = Array.from(shapes[0]?.[0]?.[1] ?? []);
    const enclaveOut = Array.from(shapes[1]?.[0]?.[0] ?? []);
    expect(holeOut.length).toBe(10);
    const pairs = (flat: number[]) =>
      new Set(flat.map((_, k) => (k % 2 === 0 ? `${flat[k]},${flat[k + 1]}` : "")).filter(Boolean));
    expect(pairs(holeOut)).toEqual(pairs(enclaveOut));
  });

  it("gives the same result a slice at a time, letting other work run between slices", async () => {
    // 4,900 cells: more rings than one slice holds, so every pass pauses at least once.
    const shapes = wigglyGrid(70, 70, 11);
    const options = { toleranceMetres: 30, decimals: 6 };
    let pauses = 0;
    const sliced = await simplifyBoundariesInSlices(shapes, options, async () => {
      pauses++;
    });
    expect(sliced).toEqual(simplifyBoundaries(shapes, options));
    expect(pauses).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!existsSync(pennine))(
    "brings 1,500 real LSOAs to about a megabyte, a few hundred KB gzipped",
    () => {
      const collection = JSON.parse(readFileSync(pennine, "utf8")) as { features: { geometry: unknown }[] };
      const shapes = collection.features.map((feature) => {
        const read = readPolygonGeometry(feature.geometry, ["Polygon", "MultiPolygon"]);
        if (!read.ok) throw new Error("bad geometry");
        return read.shape;
      });
      const { shapes: simplified, ringsKeptWhole } = simplifyBoundaries(shapes, BROWSER_SIMPLIFY);
      const text = JSON.stringify(
        simplified.map((shape) => shape.map((polygon) => polygon.map((ring) => ringPositions(ring)))),
      );
      const perThousandFiveHundred = (bytes: number) => (bytes / shapes.length) * 1500;
      expect(perThousandFiveHundred(text.length)).toBeLessThan(1_200_000);
      expect(perThousandFiveHundred(gzipSync(text).length)).toBeLessThan(300_000);
      const vertices = (list: readonly Shape[]) =>
        list.flat(2).reduce((sum, ring) => sum + ring.length / 2, 0);
      expect(vertices(simplified)).toBeLessThan(0.65 * vertices(shapes));
      expect(ringsKeptWhole).toBeLessThan(5);
      expect(totalArea(simplified) / totalArea(shapes)).toBeCloseTo(1, 2);
    },
  );
});
