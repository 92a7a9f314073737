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
  const { records, output } = await rowsWithPostcodeLookup(
    db,
    "practice_list",
    {
      text: ["practice_code", "practice_name", "postcode"],
      numbers: ["source_file", "source_row", "registered_patients", "lon", "lat"],
    },
    ["source_file", "source_row"],
    async (rows) => {
      const [codes, names, postcodes] = ["practice_code", "practice_name", "postcode"].map((column) =>
        rows.text(column),
      );
      const [fileIds, sourceRows, patients, lons, lats] = [
        "source_file",
        "source_row",
        "registered_patients",
        "lon",
        "lat",
      ].map((column) => rows.number(column));
      const records: PlacedRecord[] = [];
      const output: (string | number | null)[][] = [];
      for (let i = 0; i < rows.count; i++) {
        const placement = placeAsset(
          {
            lon: lons?.[i] ?? null,
            lat: lats?.[i] ?? null,
            postcode: postcodes?.[i] ?? null,
            lsoaCode: null,
            lookup: rows.lookup(i),
          },
          boundaries,
        );
        const code = codes?.[i] ?? null;
        const name = names?.[i] ?? null;
        records.push({
          fileId: Number(fileIds?.[i] ?? null),
          sourceRow: Number(sourceRows?.[i] ?? null),
          json: false,
          name: name ?? code ?? "",
          placement,
        });
        const values: Record<string, string | number | null> = {
          practice_code: code,
          practice_name: name,
          postcode: placement.postcode,
          registered_patients: patients?.[i] ?? null,
          lon: placement.lon,
          lat: placement.lat,
          lsoa_code: placement.lsoaCode,
          placement: placement.method ?? "unplaced",
          unplaced_reason: placement.reason,
        };
        output.push(PRACTICE_LOCATIONS_COLUMNS.map((column) => values[column.name] ?? null));
      }
      return { records, output };
    },
  );
  await appendRows(
    db,
    "practice_locations",
    PRACTICE_LOCATIONS_COLUMNS.map((column) => column.type),
    output,
  );
  return placementNotes(records, inputs, "practices", "practice_locations");
}
