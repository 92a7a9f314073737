import type { DuckDBConnection } from "@duckdb/node-api";
import type { BoundarySet } from "../geo/boundary-set.ts";
import { type AppendedValue, appendRows } from "../importers/append-rows.ts";
import type { RecognisedInput } from "../importers/importer.ts";
import { ThemeMatcher } from "./assign-themes.ts";
import { type Placement, placeAsset } from "./place-asset.ts";
import { describeUnplaced, type PlacedRecord, placementNotes } from "./placement-notes.ts";
import { rowsWithPostcodeLookup } from "./rows-with-postcode-lookup.ts";
import { writeAssets } from "./write-assets.ts";

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
  return rowsWithPostcodeLookup(
    db,
    "(SELECT *, rowid AS staged FROM asset_rows)",
    {
      text: [
        "layout",
        "external_id",
        "name",
        "description",
        "category",
        "themes",
        "tags",
        "postcode",
        "lsoa_code",
      ],
      numbers: ["source_file", "source_row", "lon", "lat"],
    },
    ["source_file", "source_row", "staged"],
    async (rows) => {
      const [names, layouts, externalIds, descriptions, categories, tags, declared, postcodes, lsoaCodes] = [
        "name",
        "layout",
        "external_id",
        "description",
        "category",
        "tags",
        "themes",
        "postcode",
        "lsoa_code",
      ].map((column) => rows.text(column));
      const [fileIds, sourceRows, lons, lats] = ["source_file", "source_row", "lon", "lat"].map((column) =>
        rows.number(column),
      );
      const usedIds = new Map<string, number>();
      const themeMatcher = new ThemeMatcher();
      const records: PlacedRecord[] = [];
      const placements: AppendedValue[][] = [];
      const themeRows: string[][] = [];
      const themed = new Set<string>();
      for (let i = 0; i < rows.count; i++) {
        const placement = placeAsset(
          {
            lon: lons?.[i] ?? null,
            lat: lats?.[i] ?? null,
            postcode: postcodes?.[i] ?? null,
            lsoaCode: lsoaCodes?.[i] ?? null,
            lookup: rows.lookup(i),
          },
          boundaries,
        );
        const name = names?.[i] ?? "";
        const layout = layouts?.[i] ?? "";
        const id = uniqueId(assetId(layout, externalIds?.[i] ?? null, name, placement), usedIds);
        const themes = themeMatcher.match({
          name,
          description: descriptions?.[i] ?? null,
          category: categories?.[i] ?? null,
          tags: tags?.[i] ?? null,
          themes: declared?.[i] ?? null,
        });
        for (const match of themes) themeRows.push([id, match.theme, match.rule]);
        if (themes.length > 0) themed.add(id);
        records.push({
          fileId: Number(fileIds?.[i] ?? null),
          sourceRow: Number(sourceRows?.[i] ?? null),
          json: JSON_LAYOUTS.has(layout),
          name,
          placement,
        });
        placements.push([
          i,
          id,
          themes.map((match) => match.theme).join(";") || null,
          placement.lsoaCode,
          placement.method ?? "unplaced",
          placement.reason,
          placement.reason === null ? null : describeUnplaced(placement),
          placement.lon,
          placement.lat,
          placement.postcode,
        ]);
      }
      // The notes find unplaced assets' lines in their files while DuckDB stores the assets.
      const notes = placementNotes(records, inputs, "assets");
      notes.catch(() => undefined);
      await writeAssets(db, placements, [...new Set(records.map((record) => record.fileId))], inputs);
      await appendRows(db, "asset_themes", ["VARCHAR", "VARCHAR", "VARCHAR"], themeRows);
      const unplaced = records.filter((record) => record.placement.lsoaCode === null).length;
      const unthemed = rows.count - themed.size;
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
      return { assets: records.length, placed: records.length - unplaced, notes: await notes, warnings };
    },
  );
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
