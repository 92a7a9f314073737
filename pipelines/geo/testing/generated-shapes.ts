import fc from "fast-check";
import type { Ring, Shape } from "../shape.ts";

/**
 * Generated areas for property tests: each area sits in its own square of a grid (so areas never overlap)
 * and is one to three star-shaped parts, some with a star-shaped hole and some with an island of another
 * area inside that hole, the cases a scan-free point-in-polygon index could get wrong.
 */
export type GeneratedPart = {
  cx: number;
  cy: number;
  radii: number[];
  /** Radii of a hole around the same centre, each below half the smallest outer radius. */
  hole: number[] | null;
  clockwise: boolean;
};

const star = (cx: number, cy: number, radii: readonly number[], clockwise: boolean): Ring => {
  const count = radii.length;
  const ring = new Float64Array((count + 1) * 2);
  for (let k = 0; k <= count; k++) {
    const step = k % count;
    const angle = ((clockwise ? -1 : 1) * 2 * Math.PI * step) / count;
    const radius = radii[step] as number;
    ring[k * 2] = cx + radius * Math.cos(angle);
    ring[k * 2 + 1] = cy + radius * Math.sin(angle);
  }
  return ring;
};

export function partRings(part: GeneratedPart): Ring[] {
  const outer = star(part.cx, part.cy, part.radii, part.clockwise);
  return part.hole === null ? [outer] : [outer, star(part.cx, part.cy, part.hole, !part.clockwise)];
}

const radiiArb = (min: number, max: number) =>
  fc.array(fc.double({ min, max, noNaN: true }), { minLength: 3, maxLength: 12 });

/** Areas on a grid of unit cells starting at (originX, originY), cell size `cell` degrees. */
export const generatedAreas = (originX = -2.5, originY = 53.3, cell = 0.01) =>
  fc
    .array(
      fc.record({
        parts: fc.array(
          fc.record({
            radii: radiiArb(0.3, 0.45),
            holeRadii: fc.option(radiiArb(0.05, 0.14), { nil: null }),
            clockwise: fc.boolean(),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        island: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((areas) => {
      const shapes: Shape[] = [];
      let cellIndex = 0;
      const islands: Shape[] = [];
      const centres: { area: number; cx: number; cy: number; holed: boolean; island: number | null }[] = [];
      for (const area of areas) {
        const shape = area.parts.map((part) => {
          const column = cellIndex % 6;
          const row = Math.floor(cellIndex / 6);
          cellIndex++;
          const cx = originX + (column + 0.5) * cell;
          const cy = originY + (row + 0.5) * cell;
          const generated: GeneratedPart = {
            cx,
            cy,
            radii: part.radii.map((radius) => radius * cell),
            hole: part.holeRadii === null ? null : part.holeRadii.map((radius) => radius * cell),
            clockwise: part.clockwise,
          };
          const island = area.island && generated.hole !== null ? islands.length : null;
          centres.push({ area: shapes.length, cx, cy, holed: generated.hole !== null, island });
          if (island !== null) {
            // A separate area filling the middle of this hole: an enclave, as some LSOAs are.
            islands.push([[star(cx, cy, [0.02 * cell, 0.025 * cell, 0.02 * cell, 0.03 * cell], false)]]);
          }
          return partRings(generated);
        });
        shapes.push(shape);
      }
      return {
        shapes: [...shapes, ...islands],
        centres: centres.map((centre) => ({
          ...centre,
          island: centre.island === null ? null : shapes.length + centre.island,
        })),
        width: 6 * cell,
        height: (Math.floor(cellIndex / 6) + 1) * cell,
      };
    });

/**
 * Winding number of a ring around a point, with exact orientation signs: a second, independent
 * point-in-polygon test (Sunday 2001) for checking the crossing test.
 */
export function windingNumber(ring: Ring, x: number, y: number): number {
  let winding = 0;
  for (let k = 0; k + 3 < ring.length; k += 2) {
    const x1 = ring[k] as number;
    const y1 = ring[k + 1] as number;
    const x2 = ring[k + 2] as number;
    const y2 = ring[k + 3] as number;
    const side = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1);
    if (y1 <= y) {
      if (y2 > y && side > 0) winding++;
    } else if (y2 <= y && side < 0) winding--;
  }
  return winding;
}

/** Inside by winding numbers: a part holds the point when its outer ring winds round it and no hole does. */
export function windingContains(shape: Shape, x: number, y: number): boolean {
  return shape.some(
    (polygon) =>
      polygon[0] !== undefined &&
      windingNumber(polygon[0], x, y) !== 0 &&
      polygon.slice(1).every((hole) => windingNumber(hole, x, y) === 0),
  );
}
