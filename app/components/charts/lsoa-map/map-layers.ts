import type { MapMeasure } from "~/data/queries/map-lsoa-values";
import { formatDecimal } from "~/utils/format";

export const MAP_LAYER_IDS = ["share", "imd_decile", "living_alone_66plus"] as const;
export type MapLayerId = (typeof MAP_LAYER_IDS)[number];

export interface MapLayer {
  id: MapLayerId;
  /** The choice in the layer control. */
  label: string;
  /** The legend heading, and the layer's name in sentences. */
  column: string;
  /** The table's column heading (short: the table must fit beside the map's width). */
  heading: string;
  /** The LSOA measure shaded, or null for the practice's own share of patients. */
  measure: MapMeasure | null;
  /** "Shaded by …", for the description. */
  shading: string;
  /** "Darker means …": what the shading means, for the description. */
  darker: string;
  /** Where the LSOA values come from (the registrations source is added for every layer). */
  source: string | null;
  /** Classes: quintiles of the catchment's values, or IMD deciles paired into national fifths. */
  classing: "quantile" | "imd-fifths";
}

/**
 * The layers a practice map offers. A layer appears only when the build has its values (the real Pennine
 * build, for instance, has no Census TS003), so adding one is a line here and its measure in the query.
 */
export const MAP_LAYERS: Record<MapLayerId, MapLayer> = {
  share: {
    id: "share",
    label: "Where the practice's patients live",
    column: "Share of the practice's patients",
    heading: "Share of list",
    measure: null,
    shading: "the share of the practice's patients living in each",
    darker: "more of the practice's patients live there",
    source: null,
    classing: "quantile",
  },
  imd_decile: {
    id: "imd_decile",
    label: "Deprivation (IMD 2019 decile)",
    column: "IMD 2019 decile",
    heading: "IMD 2019 decile",
    measure: "imd_decile",
    shading: "its IMD 2019 decile",
    darker: "the area is more deprived (decile 1 is England's most deprived tenth of areas)",
    source:
      "English Indices of Deprivation 2019 (MHCLG), national LSOA deciles, 1 = most deprived 10% of England's LSOAs",
    classing: "imd-fifths",
  },
  living_alone_66plus: {
    id: "living_alone_66plus",
    label: "Older people living alone (66+)",
    column: "Households of one person aged 66+",
    heading: "Living alone, 66+",
    measure: "living_alone_66plus",
    shading: "the share of its households that are one person aged 66 or over",
    darker: "more households are one person aged 66 or over",
    source:
      "ONS Census 2021, TS003 household composition: one-person households aged 66 and over, % of households",
    classing: "quantile",
  },
};

/** The layers this build can draw: the share always, a measure layer when any catchment LSOA has a value. */
export function availableLayers(measuresPresent: ReadonlySet<string>): MapLayer[] {
  return MAP_LAYER_IDS.map((id) => MAP_LAYERS[id]).filter(
    (layer) => layer.measure === null || measuresPresent.has(layer.measure),
  );
}

/** A layer's value as the table and legend print it. */
export function formatLayerValue(layer: MapLayer, value: number | null | undefined): string {
  if (value == null) return "No data";
  if (layer.classing === "imd-fifths") return String(Math.round(value));
  return `${formatPercent(value)}%`;
}

/**
 * Percentages at one decimal, with small shares (an LSOA with a handful of a large list's patients) kept
 * readable instead of showing as 0.0.
 */
export function formatPercent(value: number): string {
  if (value > 0 && value < 0.1) return value < 0.01 ? "<0.01" : value.toFixed(2);
  return formatDecimal(value, 1);
}
