import { describe, expect, it } from "vitest";
import {
  fitMapFrame,
  gridGeometry,
  type LsoaGeometry,
  mapPath,
  rewind,
  signedArea,
  toGrid,
} from "./fit-projection";
import { cellCentre, squareLsoa } from "./testing/map-fixtures";

const options = { width: 640, padding: 40, minHeight: 384, maxHeight: 800 };

describe("winding rings the same way whatever the publisher did", () => {
  it("turns an anticlockwise (RFC 7946) exterior clockwise and leaves a clockwise one alone", () => {
    const demo = squareLsoa(0, 0).geometry;
    const ons = squareLsoa(0, 0, { clockwise: true }).geometry;
    const exterior = (geometry: LsoaGeometry) =>
      geometry.type === "Polygon" ? geometry.coordinates[0] : undefined;
    expect(signedArea(exterior(demo) ?? [])).toBeGreaterThan(0);
    expect(signedArea(exterior(rewind(demo)) ?? [])).toBeLessThan(0);
    expect(rewind(ons)).toEqual(ons);
    expect(rewind(demo)).toEqual(ons);
  });

  it("winds holes the other way from their exterior, so an SVG fill leaves them empty", () => {
    const outer = [
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ];
    const hole = [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ];
    const rewound = rewind({ type: "MultiPolygon", coordinates: [[outer, hole]] });
    const [ring, inner] = rewound.type === "MultiPolygon" ? (rewound.coordinates[0] ?? []) : [];
    expect(signedArea(ring ?? [])).toBeLessThan(0);
    expect(signedArea(inner ?? [])).toBeGreaterThan(0);
  });
});

describe("the British grid", () => {
  it("puts north up and east right, as a map is read", () => {
    const [x, y] = toGrid(-2.5, 53.7);
    const [xEast, yNorth] = [toGrid(-2.4, 53.7)[0], toGrid(-2.5, 53.8)[1]];
    expect(xEast).toBeGreaterThan(x);
    expect(yNorth).toBeLessThan(y);
  });

  it("keeps shapes true: a square kilometre is as wide as it is tall on the map", () => {
    // 1 km is 1/111.2 of a degree of latitude and 1/(111.2 cos 53.7°) of longitude.
    const dLat = 1 / 111.2;
    const dLon = dLat / Math.cos((53.7 * Math.PI) / 180);
    const [x0, y0] = toGrid(-2.5, 53.7);
    const [x1] = toGrid(-2.5 + dLon, 53.7);
    const [, y1] = toGrid(-2.5, 53.7 + dLat);
    expect((x1 - x0) / (y0 - y1)).toBeCloseTo(1, 2);
  });
});

describe("fitting the map to a catchment", () => {
  // Eight LSOAs in a row: a wide catchment.
  const centres = [cellCentre(0, 0), cellCentre(7, 0), cellCentre(3, 1)];
  const frame = multiPoint(centres.map(({ lon, lat }) => toGrid(lon, lat)));

  it("fills the width inside the padding and centres the frame", () => {
    const fit = fitMapFrame(frame, options);
    const [[x0, y0], [x1, y1]] = pixelBounds(frame.coordinates, fit);
    expect(x0).toBeCloseTo(options.padding, 6);
    expect(x1).toBeCloseTo(options.width - options.padding, 6);
    expect((y0 + y1) / 2).toBeCloseTo(fit.height / 2, 6);
  });

  it("gives a wide catchment the minimum height, not empty bands, and a tall one at most the maximum", () => {
    expect(fitMapFrame(frame, options).height).toBe(options.minHeight);
    const tall = multiPoint([toGrid(-2.5, 53.7), toGrid(-2.5001, 54.2)]);
    const fit = fitMapFrame(tall, options);
    expect(fit.height).toBe(options.maxHeight);
    const [[, y0], [, y1]] = pixelBounds(tall.coordinates, fit);
    expect(y0).toBeCloseTo(options.padding, 6);
    expect(y1).toBeCloseTo(options.maxHeight - options.padding, 6);
  });

  it("follows the frame's own shape between the two", () => {
    const fit = fitMapFrame(multiPoint([toGrid(-2.5, 53.7), toGrid(-2.4, 53.76)]), options);
    expect(fit.height).toBeGreaterThan(options.minHeight);
    expect(fit.height).toBeLessThan(options.maxHeight);
  });

  it("draws path strings in map pixels at 0.1 px", () => {
    const fit = fitMapFrame(frame, options);
    const d = mapPath(fit)(gridGeometry(squareLsoa(0, 0).geometry));
    expect(d).toMatch(/^M-?\d+(\.\d)?,-?\d+(\.\d)?L/);
    expect(d).toMatch(/Z$/);
  });
});

function multiPoint(coordinates: [number, number][]) {
  return { type: "MultiPoint" as const, coordinates };
}

/** Where the fit puts grid positions, in map pixels: [[left, top], [right, bottom]]. */
function pixelBounds(
  points: [number, number][],
  fit: { k: number; tx: number; ty: number },
): [[number, number], [number, number]] {
  const xs = points.map(([x]) => x * fit.k + fit.tx);
  const ys = points.map(([, y]) => y * fit.k + fit.ty);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
