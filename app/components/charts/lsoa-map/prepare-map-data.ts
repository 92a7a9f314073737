import type { MapAssetRow } from "~/data/queries/map-assets";
import type { MapCatchmentRow } from "~/data/queries/map-catchment";
import type { MapComparisonRow, MapSummaryIndicator } from "~/data/queries/map-comparison";
import type { MapLsoaValueRow, MapMeasure } from "~/data/queries/map-lsoa-values";
import type { LayerSummary } from "./map-finding";
import type { MapLayerId } from "./map-layers";
import type { RenderedMap } from "./render-lsoa-map";

/** Where a catchment LSOA is on the map: drawn, beyond the map's frame, or without a boundary. */
export type MapPlacement = "drawn" | "beyond" | "no-boundary";

export interface MapAreaRow {
  code: string;
  name: string | null;
  patients: number;
  share: number;
  values: Partial<Record<MapMeasure, number>>;
  placement: MapPlacement;
}

export interface MapAsset {
  id: string;
  name: string;
  category: string | null;
  lsoaCode: string;
  lsoaName: string | null;
  /** Share of the practice's patients living in the asset's LSOA: how near it is to the list, roughly. */
  share: number | null;
  themes: string[];
  /** Drawn on the map, in its LSOA but beyond the frame, or placed by LSOA code only (no position). */
  placement: "drawn" | "beyond" | "area-only";
}

export interface MapTheme {
  theme: string;
  label: string;
  assets: number;
}

/** The table's rows: the catchment with every layer's value and where each LSOA is on the map. */
export function prepareMapAreas(
  catchment: readonly MapCatchmentRow[],
  values: readonly MapLsoaValueRow[],
  map: Pick<RenderedMap, "areas">,
  hasBoundary: (code: string) => boolean,
): MapAreaRow[] {
  const byCode = new Map<string, Partial<Record<MapMeasure, number>>>();
  for (const row of values)
    byCode.set(row.lsoa_code, { ...byCode.get(row.lsoa_code), [row.measure_id]: row.value });
  const drawn = new Set(map.areas.filter((area) => area.catchment).map((area) => area.code));
  return catchment.map((row) => ({
    code: row.lsoa_code,
    name: row.lsoa_name,
    patients: row.patients,
    share: row.share,
    values: byCode.get(row.lsoa_code) ?? {},
    placement: drawn.has(row.lsoa_code) ? "drawn" : hasBoundary(row.lsoa_code) ? "beyond" : "no-boundary",
  }));
}

/** One entry per asset (its themes gathered), nearest the list first, and the themes with their counts. */
export function prepareMapAssets(
  rows: readonly MapAssetRow[],
  areas: readonly MapAreaRow[],
  map: Pick<RenderedMap, "points">,
): { assets: MapAsset[]; themes: MapTheme[] } {
  const areaByCode = new Map(areas.map((area) => [area.code, area]));
  const drawn = new Set(map.points.map((point) => point.id));
  const assets = new Map<string, MapAsset>();
  const themes = new Map<string, MapTheme>();
  for (const row of rows) {
    const theme = themes.get(row.theme) ?? { theme: row.theme, label: row.theme_label, assets: 0 };
    theme.assets += 1;
    themes.set(row.theme, theme);
    const existing = assets.get(row.asset_id);
    if (existing) {
      existing.themes.push(row.theme);
      continue;
    }
    const area = areaByCode.get(row.lsoa_code);
    assets.set(row.asset_id, {
      id: row.asset_id,
      name: row.name,
      category: row.category,
      lsoaCode: row.lsoa_code,
      lsoaName: area?.name ?? null,
      share: area?.share ?? null,
      themes: [row.theme],
      placement: drawn.has(row.asset_id)
        ? "drawn"
        : row.lon == null || row.lat == null
          ? "area-only"
          : "beyond",
    });
  }
  const ordered = [...assets.values()].sort(
    (a, b) =>
      (b.share ?? -1) - (a.share ?? -1) || a.name.localeCompare(b.name, "en-GB") || (a.id < b.id ? -1 : 1),
  );
  return { assets: ordered, themes: [...themes.values()] };
}

const summaryIndicator: Partial<Record<MapLayerId, MapSummaryIndicator>> = {
  imd_decile: "core20_share",
  living_alone_66plus: "living_alone_66plus",
};

/** Each measure layer's whole-list figure for the practice and its ICB, for the map's title. */
export function layerSummaries(rows: readonly MapComparisonRow[]): Partial<Record<MapLayerId, LayerSummary>> {
  const summaries: Partial<Record<MapLayerId, LayerSummary>> = {};
  for (const [layer, indicator] of Object.entries(summaryIndicator) as [MapLayerId, MapSummaryIndicator][]) {
    const practice = rows.find((row) => row.indicator_id === indicator && row.area_type === "practice");
    const icb = rows.find((row) => row.indicator_id === indicator && row.area_type === "icb");
    if (!practice && !icb) continue;
    summaries[layer] = {
      practice: practice?.value ?? null,
      icb: icb?.value ?? null,
      icbName: icb?.area_name ?? null,
    };
  }
  return summaries;
}

/** The value a layer shades an area by. */
export function layerValue(
  area: Pick<MapAreaRow, "share" | "values">,
  measure: MapMeasure | null,
): number | null {
  return measure === null ? area.share : (area.values[measure] ?? null);
}
