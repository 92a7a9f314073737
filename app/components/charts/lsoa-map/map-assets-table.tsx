import { ScrollableTable } from "~/components/scrollable-table";
import { formatPercent } from "./map-layers";
import type { MapAsset, MapTheme } from "./prepare-map-data";

const placementText: Record<MapAsset["placement"], string> = {
  drawn: "Yes",
  beyond: "Beyond the map",
  "area-only": "No exact location",
};

/** The catchment's community assets, one group of rows per theme, nearest the practice's patients first. */
export function MapAssetsTable({
  id,
  assets,
  themes,
}: {
  id: string;
  assets: readonly MapAsset[];
  themes: readonly MapTheme[];
}) {
  return (
    <ScrollableTable labelledBy={`${id}-title`}>
      <table className="nhsuk-table app-map-table">
        <caption className="nhsuk-u-visually-hidden">Community assets in the catchment, by theme</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Asset</th>
            <th scope="col">Type</th>
            <th scope="col">Neighbourhood</th>
            <th scope="col" className="app-numeric">
              Practice's patients living there
            </th>
            <th scope="col">On the map</th>
          </tr>
        </thead>
        {themes.map((theme) => {
          const rows = assets.filter((asset) => asset.themes.includes(theme.theme));
          return (
            <tbody key={theme.theme} className="nhsuk-table__body">
              <tr>
                <th scope="colgroup" colSpan={5} className="app-map-table__group">
                  {theme.label} ({rows.length})
                </th>
              </tr>
              {rows.map((asset) => (
                <tr key={asset.id}>
                  <th scope="row" className="nhsuk-table__cell">
                    {asset.name}
                  </th>
                  <td className="nhsuk-table__cell">{asset.category ?? "Not stated"}</td>
                  <td className="nhsuk-table__cell">{asset.lsoaName ?? asset.lsoaCode}</td>
                  <td className="nhsuk-table__cell app-numeric">
                    {asset.share == null ? "No data" : `${formatPercent(asset.share)}%`}
                  </td>
                  <td className="nhsuk-table__cell">{placementText[asset.placement]}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </ScrollableTable>
  );
}
