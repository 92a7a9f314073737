import type { DuckDBConnection } from "@duckdb/node-api";
import { LsoaLocator } from "./lsoa-locator.ts";
import type { Polygon, Shape } from "./shape.ts";

/**
 * The build's LSOA boundaries in memory, in code order, with a point locator over them. They are the
 * rows of `lsoa_boundaries_staged` (readBoundarySet), so SQL can refer to LSOA n of the set through
 * BOUNDARY_POSITIONS rather than JavaScript sending codes back.
 */
export type BoundarySet = {
  codes: readonly string[];
  names: readonly (string | null)[];
  shapes: readonly Shape[];
  /** "2011" or "2021" when the file said (by its property names or its codes), else null. */
  vintage: string | null;
  /** Source file id of the boundaries, for messages. */
  sourceFile: number;
  index: ReadonlyMap<string, number>;
  locator: LsoaLocator;
};

/** The staged boundaries with each one's position in the BoundarySet read from them: a subquery. */
export const BOUNDARY_POSITIONS = `(SELECT lsoa_code, lsoa_name,
  CAST(row_number() OVER (ORDER BY lsoa_code) - 1 AS INTEGER) AS position FROM lsoa_boundaries_staged)`;

/** The staged boundaries as read from DuckDB, before their geometry is parsed (boundarySetFrom). */
export type StagedBoundaries = {
  codes: string[];
  names: (string | null)[];
  vintage: string | null;
  sourceFile: number;
  /** Geometries in code order, as JSON arrays of a thousand LSOAs each. */
  geometryBatches: string[];
};

/**
 * Reads the staged boundaries back (geometry is kept as JSON in DuckDB between stages); null if none.
 * Codes, names and geometries come back as one JSON text each, parsed once, rather than 34,000 values per
 * column; the rings share one buffer.
 */
export async function readBoundarySet(db: DuckDBConnection): Promise<BoundarySet | null> {
  const staged = await readStagedBoundaries(db);
  return staged === null ? null : boundarySetFrom(staged);
}

/** The first half of readBoundarySet: what DuckDB holds, so that parsing it can overlap other queries. */
export async function readStagedBoundaries(db: DuckDBConnection): Promise<StagedBoundaries | null> {
  const read = (
    await db.runAndReadAll(`
      SELECT count(*) AS n,
        to_json(list(lsoa_code ORDER BY lsoa_code))::VARCHAR AS codes,
        to_json(list(lsoa_name ORDER BY lsoa_code))::VARCHAR AS names,
        first(vintage ORDER BY lsoa_code) FILTER (WHERE vintage IS NOT NULL) AS vintage,
        first(source_file ORDER BY lsoa_code) AS source_file
      FROM lsoa_boundaries_staged`)
  ).getRowObjectsJS()[0];
  if (read === undefined || Number(read.n) === 0) return null;
  // In batches of LSOAs, so that a detailed national file never makes one string too long for V8.
  const geometryBatches = (
    await db.runAndReadAll(`
      SELECT '[' || string_agg(coalesce(geometry, 'null'), ',' ORDER BY lsoa_code) || ']' AS geometries
      FROM (SELECT lsoa_code, geometry, (row_number() OVER (ORDER BY lsoa_code) - 1) // 1000 AS batch
        FROM lsoa_boundaries_staged)
      GROUP BY batch ORDER BY batch`)
  ).getColumnsJS()[0] as string[];
  return {
    codes: (JSON.parse(String(read.codes)) as unknown[]).map(String),
    names: (JSON.parse(String(read.names)) as unknown[]).map((name) => (name === null ? null : String(name))),
    vintage: read.vintage === null ? null : String(read.vintage),
    sourceFile: Number(read.source_file ?? 0),
    geometryBatches,
  };
}

/** The second half of readBoundarySet: the geometry parsed into shapes, and the point locator built. */
export function boundarySetFrom(staged: StagedBoundaries): BoundarySet {
  const shapes = shapesFromJson(
    staged.geometryBatches.flatMap((batch) => JSON.parse(batch) as number[][][][]),
  );
  return {
    codes: staged.codes,
    names: staged.names,
    shapes,
    vintage: staged.vintage,
    sourceFile: staged.sourceFile,
    index: new Map(staged.codes.map((code, position) => [code, position])),
    locator: new LsoaLocator(shapes),
  };
}

/** Shapes from their JSON (polygons of flat rings), every ring a view into one buffer. */
function shapesFromJson(geometries: readonly (readonly (readonly (readonly number[])[])[])[]): Shape[] {
  let total = 0;
  for (const shape of geometries)
    for (const polygon of shape) for (const ring of polygon) total += ring.length;
  const buffer = new Float64Array(total);
  let offset = 0;
  return geometries.map((shape) =>
    shape.map(
      (polygon): Polygon =>
        polygon.map((ring) => {
          const start = offset;
          for (const value of ring) buffer[offset++] = value;
          return buffer.subarray(start, offset);
        }),
    ),
  );
}
