import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows } from "../importers/append-rows.ts";
import { LsoaLocator } from "./lsoa-locator.ts";
import type { Polygon, Shape } from "./shape.ts";

/** The build's LSOA boundaries in memory, in code order, with a point locator over them. */
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

/** Reads the staged boundaries back (geometry is kept as JSON in DuckDB between stages); null if none. */
export async function readBoundarySet(db: DuckDBConnection): Promise<BoundarySet | null> {
  const rows = (
    await db.runAndReadAll(
      "SELECT lsoa_code, lsoa_name, vintage, geometry, source_file FROM lsoa_boundaries_staged ORDER BY lsoa_code",
    )
  ).getRowObjectsJS();
  if (rows.length === 0) return null;
  const codes = rows.map((row) => String(row.lsoa_code));
  const shapes = rows.map((row) =>
    (JSON.parse(String(row.geometry)) as number[][][]).map(
      (polygon): Polygon => polygon.map((ring) => Float64Array.from(ring)),
    ),
  );
  return {
    codes,
    names: rows.map((row) => (row.lsoa_name === null ? null : String(row.lsoa_name))),
    shapes,
    vintage: rows.find((row) => row.vintage !== null)?.vintage?.toString() ?? null,
    sourceFile: Number(rows[0]?.source_file ?? 0),
    index: new Map(codes.map((code, position) => [code, position])),
    locator: new LsoaLocator(shapes),
  };
}

/** `boundary_lsoas (lsoa_code)`: the boundary codes as a table, for joins in SQL. */
export async function writeBoundaryLsoas(
  db: DuckDBConnection,
  boundaries: BoundarySet | null,
): Promise<void> {
  await db.run("CREATE OR REPLACE TABLE boundary_lsoas (lsoa_code VARCHAR PRIMARY KEY)");
  if (boundaries !== null)
    await appendRows(
      db,
      "boundary_lsoas",
      ["VARCHAR"],
      boundaries.codes.map((code) => [code]),
    );
}
