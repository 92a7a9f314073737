import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { BoundarySet } from "../geo/boundary-set.ts";
import { appendRows } from "../importers/append-rows.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { ASSETS_COLUMNS } from "./asset-output-tables.ts";
import { assignThemes } from "./assign-themes.ts";
import { type Placement, placeAsset } from "./place-asset.ts";
import { describeUnplaced, type PlacedRecord, placementNotes } from "./placement-notes.ts";
import { rowsWithPostcodeLookup } from "./rows-with-postcode-lookup.ts";

export type FilledAssets = {
  assets: number;
  placed: number;
  /** Report notes for each asset file, by file id. */
  notes: Map<number, string[]>;
  warnings: string[];
};

/** Layouts whose rows are features or services of a JSON file rather than lines of a CSV. */
const JSON_LAYOUTS = new Set(["osm-geojson", "open-referral"]);

/**
 * Places every staged asset (place-asset.ts), gives it its themes (assign-themes.ts) and writes the
 * `assets` and `asset_themes` tables. Unplaced assets are written too, with the reason, and listed in their
 * file's report notes: none is dropped.
 *
 * Asset ids are stable across builds of updated files: the layout and the publisher's own id (OSM id, CQC
 * id, ODS code, Open Referral service@location), else a slug of name and postcode, never a row number.
 */
export async function fillAssets(
  db: DuckDBConnection,
  boundaries: BoundarySet | null,
  inputs: ReadonlyMap<number, RecognisedInput>,
): Promise<FilledAssets> {
  const rows = await rowsWithPostcodeLookup(db, "(SELECT *, rowid AS staged FROM asset_rows)", [
    "source_file",
    "source_row",
    "staged",
  ]);

  const usedIds = new Map<string, number>();
  const records: PlacedRecord[] = [];
  const assetRows: (string | number | null)[][] = [];
  const themeRows: (string | null)[][] = [];
  for (const { row, cells, lookup } of rows) {
    const { text, number } = cells;
    const placement = placeAsset(
      {
        lon: number("lon"),
        lat: number("lat"),
        postcode: text("postcode"),
        lsoaCode: text("lsoa_code"),
        lookup,
      },
      boundaries,
    );
    const name = text("name") ?? "";
    const layout = text("layout") ?? "";
    const id = uniqueId(assetId(layout, text("external_id"), name, placement), usedIds);
    const themes = assignThemes({
      name,
      description: text("description"),
      category: text("category"),
      tags: text("tags"),
      themes: text("themes"),
    });
    for (const match of themes) themeRows.push([id, match.theme, match.rule]);
    const fileId = Number(row.source_file);
    const sourceRow = Number(row.source_row);
    records.push({ fileId, sourceRow, json: JSON_LAYOUTS.has(layout), name, placement });
    const values: Record<string, string | number | null> = {
      asset_id: id,
      name,
      description: text("description"),
      category: text("category"),
      themes: themes.map((match) => match.theme).join(";") || null,
      lsoa_code: placement.lsoaCode,
      placement: placement.method ?? "unplaced",
      unplaced_reason: placement.reason,
      unplaced_detail: placement.reason === null ? null : describeUnplaced(placement),
      lon: placement.lon,
      lat: placement.lat,
      postcode: placement.postcode,
      address: text("address"),
      opening_times: text("opening_times"),
      contact: text("contact"),
      website: text("website"),
      source: text("source"),
      last_checked: text("last_checked"),
      layout,
      source_file: basename(inputs.get(fileId)?.path ?? String(fileId)),
      source_row: sourceRow + 1,
      external_id: text("external_id"),
      tags: text("tags"),
    };
    assetRows.push(ASSETS_COLUMNS.map((column) => values[column.name] ?? null));
  }
  await appendRows(
    db,
    "assets",
    ASSETS_COLUMNS.map((column) => column.type),
    assetRows,
  );
  await appendRows(db, "asset_themes", ["VARCHAR", "VARCHAR", "VARCHAR"], themeRows);

  const notes = await placementNotes(records, inputs, "assets");
  const unplaced = records.filter((record) => record.placement.lsoaCode === null).length;
  const unthemed = rows.length - new Set(themeRows.map((row) => row[0])).size;
  const warnings = [
    ...(unplaced === 0
      ? []
      : [
          `${unplaced} of ${records.length} community assets could not be placed in an LSOA; each asset file's notes say which and why`,
        ]),
    ...(unthemed === 0
      ? []
      : [
          `${unthemed} community assets matched no theme (pipelines/assets/themes.ts); they are listed but count towards no theme's supply`,
        ]),
  ];
  return { assets: records.length, placed: records.length - unplaced, notes, warnings };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

function assetId(layout: string, externalId: string | null, name: string, placement: Placement): string {
  if (externalId !== null && externalId.trim() !== "") return `${layout}:${externalId.trim()}`;
  const where = placement.postcode ?? placement.lsoaCode ?? "";
  return `${layout}:${slug(`${name} ${where}`)}`;
}

/** The same id twice (one venue listed twice) gets -2, -3 … in file order, so ids stay unique and stable. */
function uniqueId(id: string, used: Map<string, number>): string {
  const seen = used.get(id) ?? 0;
  used.set(id, seen + 1);
  return seen === 0 ? id : `${id}-${seen + 1}`;
}
