import { formatInteger } from "~/utils/format";
import { formatLayerValue, formatPercent, type MapLayer } from "./map-layers";
import { layerValue, type MapAreaRow } from "./prepare-map-data";
import type { RenderedMap } from "./render-lsoa-map";

/** The map's accessible description: what is drawn, what the shading and the symbols mean. */
export function mapDescription(input: {
  practiceName: string;
  layer: MapLayer;
  drawnAreas: number;
  neighbours: boolean;
  assets: number;
  themeLabel: string | null;
  practiceShown: boolean;
}): string {
  const { layer } = input;
  return [
    `The map shows the ${formatInteger(input.drawnAreas)} neighbourhoods (lower layer super output areas, LSOAs) where most of ${input.practiceName}'s patients live, shaded by ${layer.shading}: darker means ${layer.darker}.`,
    input.neighbours ? "Neighbourhoods in plain grey have none of its patients." : null,
    input.assets > 0
      ? `White dots mark ${input.assets} community ${input.assets === 1 ? "asset" : "assets"}${input.themeLabel ? ` for ${input.themeLabel.toLowerCase()}` : ""}.`
      : null,
    input.practiceShown
      ? "The black square marks the practice."
      : "This data does not say where the practice is.",
    "The table after the map lists every neighbourhood with its figures.",
  ]
    .filter(Boolean)
    .join(" ");
}

/** What the page says about a neighbourhood selected on the map or from the table. */
export function describeArea(area: MapAreaRow, layers: readonly MapLayer[]): string {
  const measures = layers
    .filter((layer) => layer.measure !== null)
    .map((layer) => `; ${layer.column}: ${formatLayerValue(layer, layerValue(area, layer.measure))}`)
    .join("");
  return `${area.name ?? area.code} (${area.code}): ${formatInteger(area.patients)} patients, ${formatPercent(area.share)}% of the practice's patients${measures}.`;
}

/** What the picture leaves out: catchment areas beyond its frame, and those with no boundary. */
export function frameNote(
  map: Pick<RenderedMap, "outsideFrame" | "noBoundary">,
  totalPatients: number,
): string | null {
  const areas = (n: number) => `${formatInteger(n)} ${n === 1 ? "neighbourhood" : "neighbourhoods"}`;
  const share = (patients: number) =>
    totalPatients > 0 ? ` (${formatPercent((100 * patients) / totalPatients)}% of them)` : "";
  const notes = [
    map.outsideFrame.areas > 0
      ? `${areas(map.outsideFrame.areas).replace(/ /, " more ")}, home to ${formatInteger(map.outsideFrame.patients)} of the practice's patients${share(map.outsideFrame.patients)}, ${map.outsideFrame.areas === 1 ? "lies" : "lie"} beyond the map; the table lists ${map.outsideFrame.areas === 1 ? "it" : "them"}.`
      : null,
    map.noBoundary.areas > 0
      ? `${areas(map.noBoundary.areas)}, home to ${formatInteger(map.noBoundary.patients)} patients, ${map.noBoundary.areas === 1 ? "has" : "have"} no boundary in this data, so ${map.noBoundary.areas === 1 ? "is" : "are"} not drawn.`
      : null,
  ].filter(Boolean);
  return notes.length > 0 ? notes.join(" ") : null;
}
