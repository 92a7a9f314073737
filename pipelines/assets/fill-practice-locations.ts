import type { DuckDBConnection } from "@duckdb/node-api";
import type { BoundarySet } from "../geo/boundary-set.ts";
import { appendRows } from "../importers/append-rows.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { PRACTICE_LOCATIONS_COLUMNS } from "./asset-output-tables.ts";
import { placeAsset } from "./place-asset.ts";
import { type PlacedRecord, placementNotes } from "./placement-notes.ts";

/**
 * `practice_locations`: where each practice of a practice list (gp-practice-list.ts) is, placed exactly as
 * community assets are (own coordinates, else the postcode lookup), so the map can show practices even when
 * no practice-by-LSOA registrations are given. Returns the report notes for each practice-list file.
 */
export async function fillPracticeLocations(
  db: DuckDBConnection,
  boundaries: BoundarySet | null,
  inputs: ReadonlyMap<number, RecognisedInput>,
): Promise<Map<number, string[]>> {
  const hasLookup =
    Number((await db.runAndReadAll("SELECT count(*) AS n FROM postcode_lookup")).getRowObjectsJS()[0]?.n) > 0;
  const rows = (
    await db.runAndReadAll(`
      SELECT p.*, l.postcode_key IS NOT NULL AS in_lookup, l.lsoa21, l.lsoa11, l.lsoa_code, l.lon AS pc_lon, l.lat AS pc_lat
      FROM practice_list p LEFT JOIN postcode_lookup l ON l.postcode_key = replace(upper(p.postcode), ' ', '')
      ORDER BY p.source_file, p.source_row`)
  ).getRowObjectsJS();
  const records: PlacedRecord[] = [];
  const output = rows.map((row) => {
    const text = (name: string) => (row[name] === null || row[name] === undefined ? null : String(row[name]));
    const number = (name: string) =>
      row[name] === null || row[name] === undefined ? null : Number(row[name]);
    const placement = placeAsset(
      {
        lon: number("lon"),
        lat: number("lat"),
        postcode: text("postcode"),
        lsoaCode: null,
        lookup: !hasLookup
          ? null
          : row.in_lookup !== true
            ? "missing"
            : {
                lsoa21: text("lsoa21"),
                lsoa11: text("lsoa11"),
                lsoaCode: text("lsoa_code"),
                lon: number("pc_lon"),
                lat: number("pc_lat"),
              },
      },
      boundaries,
    );
    const name = text("practice_name") ?? text("practice_code") ?? "";
    records.push({
      fileId: Number(row.source_file),
      sourceRow: Number(row.source_row),
      json: false,
      name,
      placement,
    });
    const values: Record<string, string | number | null> = {
      practice_code: text("practice_code"),
      practice_name: text("practice_name"),
      postcode: placement.postcode,
      registered_patients: number("registered_patients"),
      lon: placement.lon,
      lat: placement.lat,
      lsoa_code: placement.lsoaCode,
      placement: placement.method ?? "unplaced",
      unplaced_reason: placement.reason,
    };
    return PRACTICE_LOCATIONS_COLUMNS.map((column) => values[column.name] ?? null);
  });
  await appendRows(
    db,
    "practice_locations",
    PRACTICE_LOCATIONS_COLUMNS.map((column) => column.type),
    output,
  );
  return placementNotes(records, inputs, "practices", "practice_locations");
}
