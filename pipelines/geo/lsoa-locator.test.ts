import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LsoaLocator } from "./lsoa-locator.ts";
import { PackedRTree } from "./packed-rtree.ts";
import { shapeContains } from "./point-in-shape.ts";
import type { Shape } from "./shape.ts";
import { generatedAreas, windingContains } from "./testing/generated-shapes.ts";

const bruteForce = (shapes: readonly Shape[], x: number, y: number) =>
  shapes.findIndex((shape) => shapeContains(shape, x, y));

const point = () =>
  fc.tuple(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.double({ min: -0.2, max: 1.2, noNaN: true }));

describe("LsoaLocator", () => {
  it("agrees with a scan of every shape, and with winding numbers, on generated shapes with holes and parts", () => {
    fc.assert(
      fc.property(
        generatedAreas().chain((areas) =>
          fc.record({ areas: fc.constant(areas), points: fc.array(point(), { maxLength: 60 }) }),
        ),
        ({ areas, points }) => {
          const locator = new LsoaLocator(areas.shapes);
          for (const [u, v] of points) {
            const x = -2.5 + u * areas.width;
            const y = 53.3 + v * areas.height;
            const found = locator.locate(x, y);
            expect(found).toBe(bruteForce(areas.shapes, x, y));
            const byWinding = areas.shapes.findIndex((shape) => windingContains(shape, x, y));
            expect(found).toBe(byWinding);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("puts the centre of a holed part in the island inside the hole, or in no area", () => {
    fc.assert(
      fc.property(generatedAreas(), (areas) => {
        const locator = new LsoaLocator(areas.shapes);
        for (const { area, cx, cy, holed, island } of areas.centres) {
          expect(locator.locate(cx, cy)).toBe(holed ? (island ?? -1) : area);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives every point of a tiling exactly one tile, points on shared edges and corners included", () => {
    // A 4 × 3 grid of unit squares, each a ring (some clockwise): grid points lie on edges and corners.
    const shapes: Shape[] = [];
    for (let row = 0; row < 3; row++) {
      for (let column = 0; column < 4; column++) {
        const ring = [column, row, column + 1, row, column + 1, row + 1, column, row + 1, column, row];
        shapes.push([[Float64Array.from((row + column) % 2 === 0 ? ring : reverseRing(ring))]]);
      }
    }
    const locator = new LsoaLocator(shapes);
    for (let x = 0.25; x < 4; x += 0.25) {
      for (let y = 0.25; y < 3; y += 0.25) {
        const holders = shapes.filter((shape) => shapeContains(shape, x, y)).length;
        expect(holders, `${x},${y}`).toBe(1);
        expect(locator.locate(x, y)).toBe(bruteForce(shapes, x, y));
      }
    }
    expect(locator.locate(-1, 1)).toBe(-1);
  });
});

describe("PackedRTree", () => {
  it("finds exactly the boxes that hold a point", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.nat(10), fc.nat(10)),
          { maxLength: 300 },
        ),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 62 }), fc.integer({ min: -2, max: 62 })), {
          maxLength: 40,
        }),
        (rects, points) => {
          const boxes = new Float64Array(rects.flatMap(([x, y, w, h]) => [x, y, x + w, y + h]));
          const tree = new PackedRTree(boxes, 4);
          for (const [x, y] of points) {
            const expected = rects.flatMap(([bx, by, w, h], index) =>
              x >= bx && x <= bx + w && y >= by && y <= by + h ? [index] : [],
            );
            expect(tree.searchPoint(x, y).sort((a, b) => a - b)).toEqual(expected);
          }
        },
      ),
    );
  });
});

function reverseRing(flat: number[]): number[] {
  const reversed: number[] = [];
  for (let k = flat.length - 2; k >= 0; k -= 2) reversed.push(flat[k] as number, flat[k + 1] as number);
  return reversed;
}
