import type { DuckDBConnection } from "@duckdb/node-api";
import { createAssetRowsTable } from "../assets/asset-rows.ts";
import { parseDeclaredThemes } from "../assets/assign-themes.ts";
import { missingColumnError } from "../discovery/missing-column-error.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import type { ColumnSpec, Importer, RecognisedInput } from "./importer.ts";
import { loadCheckedCsv } from "./load-checked-csv.ts";
import { locateCsvLine } from "./locate-csv-line.ts";
import { sqlLiteral } from "./sql-literal.ts";

/**
 * A CSV layout of community assets, declared as a mapping from the asset fields (asset-rows.ts) to the
 * file's headings. The project's template is one such layout; each publisher's file (Trafford Data Lab's
 * libraries, GM food banks …) is another, with its headings as the labels, all of them required so that a
 * file is recognised only by its own full header.
 */
export type AssetCsvLayout = {
  kind: string;
  title: string;
  /** What every asset in the file is ("library"); a `category` column adds the file's own type to it. */
  category: string | null;
  /** Who publishes the data, used when the file has no `source` column. */
  source: string;
  /** Columns named for the asset fields, plus `opening_<day>` columns and any headings kept only to recognise the layout. */
  columns: readonly ColumnSpec[];
  /** Opening hours given one column per day: each day's label and its column's canonical name. */
  openingByDay?: readonly { day: string; column: string }[];
  /** Written before the `description` value ("Referral: "), when the column is not a description as such. */
  descriptionPrefix?: string;
};

/** An Importer for a declared asset CSV layout. Every layout loads into `asset_rows`. */
export function assetCsvImporter(layout: AssetCsvLayout): Importer {
  return {
    kind: layout.kind,
    title: layout.title,
    columns: layout.columns,
    createTables: createAssetRowsTable,
    async load(db: DuckDBConnection, input: RecognisedInput) {
      checkCoordinatePair(input, layout);
      const has = (name: string) =>
        layout.columns.some((spec) => spec.name === name) && input.columns.has(name);
      const rows = await loadCheckedCsv(db, input, {
        columns: layout.columns,
        copy: async ({ table, typed }) => {
          const field = (name: string) => (has(name) ? typed(name) : "NULL");
          const category =
            layout.category === null
              ? field("category")
              : has("category")
                ? `CASE WHEN ${field("category")} IS NULL THEN ${sqlLiteral(layout.category)} ELSE ${sqlLiteral(`${layout.category}: `)} || ${field("category")} END`
                : sqlLiteral(layout.category);
          const description =
            layout.descriptionPrefix === undefined
              ? field("description")
              : `${sqlLiteral(layout.descriptionPrefix)} || ${field("description")}`;
          const opening =
            layout.openingByDay === undefined
              ? field("opening_times")
              : `nullif(concat_ws('; ', ${layout.openingByDay
                  .map(({ day, column }) => `${sqlLiteral(`${day} `)} || ${field(column)}`)
                  .join(", ")}), '')`;
          await db.run(`
          INSERT INTO asset_rows
          SELECT ${input.fileId}, rowid, ${sqlLiteral(layout.kind)}, ${field("external_id")}, ${field("name")},
            ${description}, ${category}, ${field("themes")}, NULL, ${field("lon")}, ${field("lat")},
            ${field("postcode")}, ${field("lsoa_code")}, ${field("address")}, ${opening}, ${field("contact")},
            ${field("website")}, coalesce(${field("source")}, ${sqlLiteral(layout.source)}),
            CAST(${field("last_checked")} AS VARCHAR)
          FROM ${table}`);
        },
      });
      if (has("themes")) await checkDeclaredThemes(db, input);
      return { rows, periods: [] };
    },
  };
}

/** Longitude without latitude (or the reverse) cannot place anything: the file is missing a column. */
function checkCoordinatePair(input: RecognisedInput, layout: AssetCsvLayout): void {
  const lon = input.columns.has("lon");
  const lat = input.columns.has("lat");
  if (lon === lat) return;
  const missing = layout.columns.find((spec) => spec.name === (lon ? "lat" : "lon"));
  if (missing !== undefined) {
    throw missingColumnError(input.path, input.header, assetCsvImporter(layout), [missing]);
  }
}

/** Every theme a row declares must be one of the taxonomy's, so a typo cannot drop an asset from a theme. */
async function checkDeclaredThemes(db: DuckDBConnection, input: RecognisedInput): Promise<void> {
  const rows = (
    await db.runAndReadAll(
      `SELECT source_row, themes FROM asset_rows WHERE source_file = ${input.fileId} AND themes IS NOT NULL ORDER BY source_row`,
    )
  ).getRowObjectsJS();
  for (const row of rows) {
    const parsed = parseDeclaredThemes(String(row.themes));
    if (parsed.unknown.length === 0) continue;
    throw new PipelineInputError({
      file: input.path,
      line: await locateCsvLine(input.path, { dataRow: Number(row.source_row) }),
      column: input.header[input.columns.get("themes") ?? -1] ?? "themes",
      expected: `themes from the list ${parsed.known.join(", ")}, separated by ";"`,
      found: `"${parsed.unknown.join('", "')}"`,
      fix: "use the theme names listed (or leave the cell blank to let the keyword rules choose); the list is in pipelines/assets/themes.ts",
    });
  }
}
