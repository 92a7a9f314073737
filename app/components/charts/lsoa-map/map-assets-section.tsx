import { formatInteger } from "~/utils/format";
import { ChartDownloads } from "../chart-downloads";
import { MapAssetsTable } from "./map-assets-table";
import { mapAssetsCsv } from "./map-csv";
import type { MapAsset, MapTheme } from "./prepare-map-data";

/** The assets behind the map's dots, for the chosen theme or all of them, with their CSV. */
export function MapAssetsSection({
  id,
  practiceName,
  assets,
  themes,
  filtered,
  fileName,
}: {
  id: string;
  practiceName: string;
  assets: readonly MapAsset[];
  /** The themes shown: one when the reader chose a theme, else all. */
  themes: readonly MapTheme[];
  filtered: boolean;
  fileName: string;
}) {
  const listed = assets.filter((asset) => themes.some((theme) => asset.themes.includes(theme.theme)));
  const forTheme = filtered && themes[0] ? ` for ${themes[0].label.toLowerCase()}` : "";
  const where = `in the neighbourhoods where ${practiceName}'s patients live`;
  const title =
    listed.length === 0
      ? `No community assets${forTheme} are recorded ${where}`
      : `${formatInteger(listed.length)} community ${listed.length === 1 ? "asset" : "assets"}${forTheme} ${where}`;
  return (
    <section className="app-chart app-map-assets" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="nhsuk-body-s">
        Assets placed in a neighbourhood where any of the practice's patients live: the catchment the need
        against assets figures weight supply by. Within each theme, assets in the neighbourhoods home to more
        of the practice's patients come first.
      </p>
      {listed.length > 0 ? <MapAssetsTable id={id} assets={listed} themes={themes} /> : null}
      <ChartDownloads fileName={fileName} csv={() => mapAssetsCsv(listed, themes)} />
    </section>
  );
}
