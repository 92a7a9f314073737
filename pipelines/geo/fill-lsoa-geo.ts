import type { DuckDBConnection } from "@duckdb/node-api";
import { LSOA_GEO_COLUMNS } from "../assets/asset-output-tables.ts";
import { appendRows } from "../importers/append-rows.ts";
import type { BoundarySet } from "./boundary-set.ts";
import { shapeBounds } from "./shape.ts";
import { shapeMeasures } from "./shape-measures.ts";

/**
 * Which LSOAs the build maps: where its practices' patients live, and where its assets and practices
 * are, so that a national boundary file given to a PCN build does not send 33,000 polygons to the browser.
 * Without practice-by-LSOA registrations, every LSOA in the boundaries.
 */
export async function mappedLsoas(db: DuckDBConnection, boundaries: BoundarySet): Promise<number[]> {
  const rows = (
    await db.runAndReadAll(`
      SELECT lsoa_code FROM practice_lsoa
      UNION SELECT lsoa_code FROM assets WHERE lsoa_code IS NOT NULL
      UNION SELECT lsoa_code FROM practice_locations WHERE lsoa_code IS NOT NULL`)
  ).getRowObjectsJS();
  const hasCatchments =
    Number((await db.runAndReadAll("SELECT count(*) AS n FROM practice_lsoa")).getRowObjectsJS()[0]?.n) > 0;
  if (!hasCatchments) return boundaries.codes.map((_, index) => index);
  const wanted = new Set(rows.map((row) => String(row.lsoa_code)));
  return boundaries.codes.flatMap((code, index) => (wanted.has(code) ? [index] : []));
}

/**
 * `lsoa_geo`: for each mapped LSOA its name, vintage, centroid, area (km²) and bounding box, for labels,
 * zooming and density, and the patients registered there with any practice in the registrations (the
 * denominator that shares an LSOA's assets among practices, see fill-supply.ts).
 */
export async function fillLsoaGeo(
  db: DuckDBConnection,
  boundaries: BoundarySet,
  selected: readonly number[],
): Promise<void> {
  const registered = new Map(
    (
      await db.runAndReadAll(
        "SELECT lsoa_code, sum(patients) AS patients FROM registered_patients WHERE lsoa_code IS NOT NULL GROUP BY lsoa_code",
      )
    )
      .getRowObjectsJS()
      .map((row) => [String(row.lsoa_code), Number(row.patients)]),
  );
  const rows = selected.map((index) => {
    const shape = boundaries.shapes[index] ?? [];
    const code = boundaries.codes[index] ?? "";
    const measures = shapeMeasures(shape);
    const [west, south, east, north] = shapeBounds(shape);
    const values: Record<string, string | number | null> = {
      lsoa_code: code,
      lsoa_name: boundaries.names[index] ?? null,
      vintage: boundaries.vintage,
      centroid_lon: measures.centroidLon,
      centroid_lat: measures.centroidLat,
      area_km2: measures.areaKm2,
      west,
      south,
      east,
      north,
      registered_patients: registered.get(code) ?? null,
    };
    return LSOA_GEO_COLUMNS.map((column) => values[column.name] ?? null);
  });
  await appendRows(
    db,
    "lsoa_geo",
    LSOA_GEO_COLUMNS.map((column) => column.type),
    rows,
  );
}
