import { ScrollableTable } from "~/components/scrollable-table";
import { formatInteger } from "~/utils/format";
import { formatLayerValue, formatPercent, MAP_LAYERS, type MapLayer } from "./map-layers";
import type { MapAreaRow } from "./prepare-map-data";

const placementText: Record<MapAreaRow["placement"], string> = {
  drawn: "Yes",
  beyond: "Beyond the map",
  "no-boundary": "No boundary",
};

/**
 * The map's table twin: every neighbourhood of the catchment with its patients and every layer's value,
 * server-rendered. Once the page is interactive each drawn neighbourhood gets a "show on map" button, so a
 * keyboard user can reach any area of the map from here.
 */
export function MapAreasTable({
  id,
  caption,
  areas,
  layers,
  selected,
  onShow,
}: {
  id: string;
  caption: string;
  areas: readonly MapAreaRow[];
  layers: readonly MapLayer[];
  selected: string | null;
  onShow?: (code: string) => void;
}) {
  const measureLayers = layers.filter((layer) => layer.measure !== null);
  return (
    <ScrollableTable labelledBy={`${id}-table-title`}>
      <table className="nhsuk-table app-map-table">
        <caption className="nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">LSOA</th>
            <th scope="col">Name</th>
            <th scope="col" className="app-numeric">
              Patients
            </th>
            <th scope="col" className="app-numeric">
              {MAP_LAYERS.share.heading}
            </th>
            {measureLayers.map((layer) => (
              <th key={layer.id} scope="col" className="app-numeric">
                {layer.heading}
              </th>
            ))}
            <th scope="col">On the map</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {areas.map((area) => (
            <tr key={area.code} className={area.code === selected ? "app-map-table__selected" : undefined}>
              <td className="nhsuk-table__cell">{area.code}</td>
              <th scope="row" className="nhsuk-table__cell">
                {area.name ?? "Not known"}
              </th>
              <td className="nhsuk-table__cell app-numeric">{formatInteger(area.patients)}</td>
              <td className="nhsuk-table__cell app-numeric">{formatPercent(area.share)}%</td>
              {measureLayers.map((layer) => (
                <td key={layer.id} className="nhsuk-table__cell app-numeric">
                  {formatLayerValue(layer, layer.measure ? area.values[layer.measure] : null)}
                </td>
              ))}
              <td className="nhsuk-table__cell">
                {onShow && area.placement === "drawn" ? (
                  <button type="button" className="app-link-button" onClick={() => onShow(area.code)}>
                    Show<span className="nhsuk-u-visually-hidden"> {area.name ?? area.code}</span> on map
                  </button>
                ) : (
                  placementText[area.placement]
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
