import { describe, expect, it } from "vitest";
import { shapeContains } from "./point-in-shape.ts";
import { representativePoint } from "./representative-point.ts";
import type { Shape } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";

const ring = (...xy: number[]) => Float64Array.from(xy);

describe("shapeMeasures", () => {
  it("gives a 0.01° square at 53°N its area in km² and its centre, holes taken out, either winding", () => {
    const square: Shape = [[ring(-2, 53, -1.99, 53, -1.99, 53.01, -2, 53.01, -2, 53)]];
    const { areaKm2, centroidLon, centroidLat } = shapeMeasures(square);
    // 0.01° of latitude ≈ 1.112 km; of longitude at 53.005° ≈ 0.669 km.
    expect(areaKm2).toBeCloseTo(1.1119 * 0.6692, 2);
    expect(centroidLon).toBeCloseTo(-1.995, 9);
    expect(centroidLat).toBeCloseTo(53.005, 9);
    const holed: Shape = [
      [
        ring(-2, 53, -2, 53.01, -1.99, 53.01, -1.99, 53, -2, 53),
        ring(-1.996, 53.004, -1.994, 53.004, -1.994, 53.006, -1.996, 53.006, -1.996, 53.004),
      ],
    ];
    expect(shapeMeasures(holed).areaKm2).toBeCloseTo(areaKm2 * (1 - 0.04), 3);
  });
});

describe("representativePoint", () => {
  it("lies inside a crescent whose centroid does not", () => {
    const crescent: Shape = [[ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 3, 3, 3, 3, 1, 0, 1, 0, 0)]];
    const { centroidLon, centroidLat } = shapeMeasures(crescent);
    expect(shapeContains(crescent, centroidLon, centroidLat)).toBe(false);
    const [x, y] = representativePoint(crescent);
    expect(shapeContains(crescent, x, y)).toBe(true);
  });
});
