import { formatCsv } from "../../../../pipelines/stats/csv";
import type { MapLayer } from "./map-layers";
import type { MapAreaRow, MapAsset, MapTheme } from "./prepare-map-data";

const cell = (value: string | number | null | undefined) => (value == null ? "" : String(value));

const placementWords: Record<MapAreaRow["placement"] | MapAsset["placement"], string> = {
  drawn: "yes",
  beyond: "beyond the map's frame",
  "no-boundary": "no boundary in this data",
  "area-only": "no position (placed by LSOA only)",
};

/** Every catchment LSOA with every layer's value, unrounded: what the map and its table were drawn from. */
export function mapAreasCsv(areas: readonly MapAreaRow[], layers: readonly MapLayer[]): string {
  const measures = layers.flatMap((layer) => (layer.measure ? [layer.measure] : []));
  return formatCsv(
    ["lsoa_code", "lsoa_name", "patients", "share_of_practice_patients_pct", ...measures, "on_map"],
    areas.map((area) => [
      area.code,
      cell(area.name),
      String(area.patients),
      String(area.share),
      ...measures.map((measure) => cell(area.values[measure])),
      placementWords[area.placement],
    ]),
  );
}

/** The catchment's community assets, one row per asset and theme, as the assets table lists them. */
export function mapAssetsCsv(assets: readonly MapAsset[], themes: readonly MapTheme[]): string {
  const labels = new Map(themes.map((theme) => [theme.theme, theme.label]));
  return formatCsv(
    [
      "theme",
      "theme_label",
      "asset_id",
      "name",
      "category",
      "lsoa_code",
      "lsoa_name",
      "share_of_practice_patients_pct",
      "on_map",
    ],
    themes.flatMap((theme) =>
      assets
        .filter((asset) => asset.themes.includes(theme.theme))
        .map((asset) => [
          theme.theme,
          labels.get(theme.theme) ?? theme.theme,
          asset.id,
          asset.name,
          cell(asset.category),
          asset.lsoaCode,
          cell(asset.lsoaName),
          cell(asset.share),
          placementWords[asset.placement],
        ]),
    ),
  );
}
