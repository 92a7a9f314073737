import type { DuckDBConnection } from "@duckdb/node-api";
import { LSOA_GEO_COLUMNS } from "../assets/asset-output-tables.ts";
import { BUILD_LSOAS } from "../attribution/lsoa-patients.ts";
import { appendRows } from "../importers/append-rows.ts";
import { sqlLiteral } from "../importers/sql-literal.ts";
import { BOUNDARY_POSITIONS, type BoundarySet } from "./boundary-set.ts";
import { shapeBounds } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";

/**
 * Which LSOAs the build maps: where its practices' patients live, and where its assets and practices
 * are, so that a national boundary file given to a PCN build does not send 33,000 polygons to the browser.
 * Without practice-by-LSOA registrations, every LSOA in the boundaries.
 */
export async function mappedLsoas(db: DuckDBConnection, boundaries: BoundarySet): Promise<number[]> {
  const hasCatchments =
    Number((await db.runAndReadAll("SELECT count(*) AS n FROM practice_lsoa")).getRowObjectsJS()[0]?.n) > 0;
  if (!hasCatchments) return boundaries.codes.map((_, index) => index);
  const positions = (
    await db.runAndReadAll(`
      SELECT position FROM ${BOUNDARY_POSITIONS} b
      WHERE lsoa_code IN (
        SELECT lsoa_code FROM ${BUILD_LSOAS}
        UNION SELECT lsoa_code FROM assets WHERE lsoa_code IS NOT NULL
        UNION SELECT lsoa_code FROM practice_locations WHERE lsoa_code IS NOT NULL)
      ORDER BY position`)
  ).getColumnsJS()[0];
  return (positions ?? []).map(Number);
}

/** What fillLsoaGeo measures in JavaScript, per mapped LSOA (its index in the boundary set). */
const MEASURE_COLUMNS = [
  "position",
  "centroid_lon",
  "centroid_lat",
  "area_km2",
  "west",
  "south",
  "east",
  "north",
] as const;

/**
 * `lsoa_geo`: for each mapped LSOA its name, vintage, centroid, area (km²) and bounding box, for labels,
 * zooming and density, and the patients registered there with any practice in the registrations (the
 * denominator that shares an LSOA's assets among practices, see fill-supply.ts). Only the measures are
 * worked out in JavaScript; codes, names and patients are joined to them in SQL.
 */
export async function fillLsoaGeo(
  db: DuckDBConnection,
  boundaries: BoundarySet,
  selected: readonly number[],
): Promise<void> {
  const measures = selected.map((index) => {
    const shape = boundaries.shapes[index] ?? [];
    const { centroidLon, centroidLat, areaKm2 } = shapeMeasures(shape);
    const [west, south, east, north] = shapeBounds(shape);
    return [index, centroidLon, centroidLat, areaKm2, west, south, east, north];
  });
  await db.run(`CREATE OR REPLACE TEMP TABLE lsoa_measures (
    ${MEASURE_COLUMNS.map((column) => `${column} ${column === "position" ? "INTEGER" : "DOUBLE"}`).join(", ")})`);
  await appendRows(
    db,
    "lsoa_measures",
    MEASURE_COLUMNS.map((column) => (column === "position" ? "INTEGER" : "DOUBLE")),
    measures,
  );
  const source: Readonly<Record<string, string>> = {
    lsoa_code: "b.lsoa_code",
    lsoa_name: "b.lsoa_name",
    vintage: boundaries.vintage === null ? "NULL" : sqlLiteral(boundaries.vintage),
    registered_patients: "r.patients",
  };
  const select = LSOA_GEO_COLUMNS.map(({ name }) => {
    if (source[name] !== undefined) return source[name];
    if ((MEASURE_COLUMNS as readonly string[]).includes(name)) return `m.${name}`;
    throw new Error(`fill-lsoa-geo.ts: no source for lsoa_geo.${name}`);
  });
  await db.run(`
    INSERT INTO lsoa_geo
    SELECT ${select.join(", ")}
    FROM lsoa_measures m
    JOIN ${BOUNDARY_POSITIONS} b USING (position)
    LEFT JOIN (SELECT lsoa_code, registered AS patients FROM lsoa_patients) r USING (lsoa_code)`);
  await db.run("DROP TABLE lsoa_measures");
}
