import type { DuckDBConnection } from "@duckdb/node-api";
import type { BoundarySet } from "../geo/boundary-set.ts";
import { appendRows } from "../importers/append-rows.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { PRACTICE_LOCATIONS_COLUMNS } from "./asset-output-tables.ts";
import { placeAsset } from "./place-asset.ts";
import { type PlacedRecord, placementNotes } from "./placement-notes.ts";
import { rowsWithPostcodeLookup } from "./rows-with-postcode-lookup.ts";

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
  const rows = await rowsWithPostcodeLookup(db, "practice_list", ["source_file", "source_row"]);
  const records: PlacedRecord[] = [];
  const output = rows.map(({ row, cells: { text, number }, lookup }) => {
    const placement = placeAsset(
      { lon: number("lon"), lat: number("lat"), postcode: text("postcode"), lsoaCode: null, lookup },
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
