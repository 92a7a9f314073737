import type { DuckDBConnection } from "@duckdb/node-api";
import { LsoaLocator } from "./lsoa-locator.ts";
import type { Shape } from "./shape.ts";

/**
 * The build's LSOA boundaries in memory, in code order, with a point locator over them. They are the
 * rows of `lsoa_boundaries_staged` (readStagedBoundaries) with the shapes the import kept, so SQL can refer
 * to LSOA n of the set through BOUNDARY_POSITIONS rather than JavaScript sending codes back.
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

/** The staged boundaries as read from DuckDB (codes and names; the shapes stay in memory). */
export type StagedBoundaries = {
  codes: string[];
  names: (string | null)[];
  vintage: string | null;
  sourceFile: number;
};

/**
 * Which LSOAs the boundary files gave, in code order, with their names; null if none. Codes and names
 * come back as one JSON text each, parsed once, rather than 34,000 values per column.
 */
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
  return {
    codes: (JSON.parse(String(read.codes)) as unknown[]).map(String),
    names: (JSON.parse(String(read.names)) as unknown[]).map((name) => (name === null ? null : String(name))),
    vintage: read.vintage === null ? null : String(read.vintage),
    sourceFile: Number(read.source_file ?? 0),
  };
}

/**
 * The staged boundaries with their shapes (as the boundary importer parsed them, by LSOA code) in code
 * order, and the point locator built over them.
 */
export function boundarySetFrom(
  staged: StagedBoundaries,
  shapesByCode: ReadonlyMap<string, Shape>,
): BoundarySet {
  const shapes = staged.codes.map((code) => {
    const shape = shapesByCode.get(code);
    // Every staged row was added with its shape by the same load: a gap is a fault here, not in the file.
    if (shape === undefined)
      throw new Error(`boundary-set.ts: no shape was kept for the staged LSOA ${code}`);
    return shape;
  });
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
