import type { MapAssetRow } from "~/data/queries/map-assets";
import type { MapCatchmentRow } from "~/data/queries/map-catchment";
import type { LsoaGeometry } from "../fit-projection";
import type { MapAreaRow } from "../prepare-map-data";

/** Size of a fixture LSOA: about 700 × 600 m near Blackburn, like a town-centre LSOA. */
export const CELL = 0.01;
const WEST = -2.5;
const SOUTH = 53.7;

/**
 * A square LSOA at (column, row) of a grid, anticlockwise as RFC 7946 asks (the demo's order) unless
 * `clockwise` (the ONS files' order); code E01000000 + row × 100 + column.
 */
export function squareLsoa(column: number, row: number, options: { clockwise?: boolean } = {}) {
  const w = WEST + column * CELL;
  const s = SOUTH + row * CELL;
  const ring = [
    [w, s],
    [w + CELL, s],
    [w + CELL, s + CELL],
    [w, s + CELL],
    [w, s],
  ];
  const geometry: LsoaGeometry = {
    type: "Polygon",
    coordinates: [options.clockwise ? [...ring].reverse() : ring],
  };
  return { code: lsoaCode(column, row), name: `Fixture ${column}-${row}`, geometry };
}

export function lsoaCode(column: number, row: number): string {
  return `E01${String(row * 100 + column).padStart(6, "0")}`;
}

/** A columns × rows grid of square LSOAs. */
export function lsoaGrid(columns: number, rows: number) {
  return Array.from({ length: columns * rows }, (_, index) =>
    squareLsoa(index % columns, Math.floor(index / columns)),
  );
}

/** The centre of a grid cell, in longitude and latitude. */
export function cellCentre(column: number, row: number): { lon: number; lat: number } {
  return { lon: WEST + (column + 0.5) * CELL, lat: SOUTH + (row + 0.5) * CELL };
}

export function catchmentRow(overrides: Partial<MapCatchmentRow> = {}): MapCatchmentRow {
  return { lsoa_code: "E01000001", lsoa_name: "Fixture 1", patients: 100, share: 1, ...overrides };
}

export function areaRow(overrides: Partial<MapAreaRow> = {}): MapAreaRow {
  return {
    code: "E01000001",
    name: "Fixture 1",
    patients: 100,
    share: 1,
    values: {},
    placement: "drawn",
    ...overrides,
  };
}

export function assetRow(overrides: Partial<MapAssetRow> = {}): MapAssetRow {
  return {
    asset_id: "asset-1",
    name: "Fixture Community Centre",
    category: "community centre",
    lsoa_code: "E01000001",
    lon: -2.495,
    lat: 53.705,
    theme: "social_connection",
    theme_label: "Social connection and loneliness",
    ...overrides,
  };
}
