import { useMemo, useRef, useState } from "react";
import { replaceSearchParams } from "~/utils/url-state";
import { ChartDownloads } from "../chart-downloads";
import { colourScale } from "./colour-classes";
import { MapAreasTable } from "./map-areas-table";
import { MapAssetsSection } from "./map-assets-section";
import { ALL_THEMES, MapControls } from "./map-controls";
import { mapAreasCsv } from "./map-csv";
import { type LayerSummary, mapFinding } from "./map-finding";
import { MAP_LAYERS, type MapLayerId } from "./map-layers";
import { MapLegend } from "./map-legend";
import { describeArea, frameNote, mapDescription } from "./map-sentences";
import { MapView } from "./map-view";
import { layerValue, type MapAreaRow, type MapAsset, type MapTheme } from "./prepare-map-data";
import type { RenderedMap } from "./render-lsoa-map";
import { useMapZoom } from "./use-map-zoom";

/** Everything the map needs, computed by the loader: serialisable, so the server renders it whole. */
export interface LsoaMapData {
  practiceName: string;
  map: RenderedMap;
  areas: MapAreaRow[];
  assets: MapAsset[];
  themes: MapTheme[];
  layerIds: MapLayerId[];
  summaries: Partial<Record<MapLayerId, LayerSummary>>;
  sources: { registrations: string | null; boundaries: string };
}

/**
 * A practice's catchment map. The server draws it (paths from d3-geo in the loader), so the map, its key and
 * its table are on the page before and without JavaScript; in the browser, layer and theme changes re-colour
 * what is already drawn (every layer's values came with the page, a few numbers per neighbourhood) and are
 * kept in the address, so a shared link opens the same view.
 */
export function LsoaMap({
  id,
  data,
  initialLayer,
  initialTheme,
  fileName,
}: {
  id: string;
  data: LsoaMapData;
  initialLayer: MapLayerId;
  initialTheme: string;
  fileName: string;
}) {
  const { map, areas, assets, themes } = data;
  const [layerId, setLayerId] = useState(initialLayer);
  const [theme, setTheme] = useState(initialTheme);
  const [selected, setSelected] = useState<string | null>(null);
  const viewportRef = useRef<HTMLElement>(null);
  const zoomControl = useMapZoom({ width: map.width, height: map.height });

  const layers = data.layerIds.map((layer) => MAP_LAYERS[layer]);
  const layer = MAP_LAYERS[layerId];
  const drawnAreas = useMemo(() => areas.filter((area) => area.placement === "drawn"), [areas]);
  const valueByCode = useMemo(
    () => new Map(areas.map((area) => [area.code, layerValue(area, layer.measure)])),
    [areas, layer],
  );
  const scale = useMemo(
    () =>
      colourScale(
        layer,
        drawnAreas.map((area) => valueByCode.get(area.code) ?? null),
      ),
    [layer, drawnAreas, valueByCode],
  );
  const fillOf = (code: string) => {
    const index = scale.classOf(valueByCode.get(code));
    return index === null ? null : (scale.classes[index]?.colour ?? null);
  };
  const themeLabel = themes.find((option) => option.theme === theme)?.label;
  const pointById = new Map(map.points.map((point) => [point.id, point]));
  const points = assets
    .filter((asset) => theme === ALL_THEMES || asset.themes.includes(theme))
    .flatMap((asset) => pointById.get(asset.id) ?? []);
  const title = mapFinding(layer, data.practiceName, areas, data.summaries[layerId] ?? null);
  const noData = drawnAreas.filter((area) => valueByCode.get(area.code) == null).length;
  const neighbours = map.areas.some((area) => !area.catchment);
  const selectedArea = selected ? areas.find((area) => area.code === selected) : undefined;
  const assetsLabel = themeLabel ? `Community asset: ${themeLabel}` : "Community asset";
  const sources = [
    layer.source,
    data.sources.registrations ? `Patients: ${data.sources.registrations}` : null,
    data.sources.boundaries.replace(/\.$/, ""),
  ]
    .filter(Boolean)
    .join(". ");

  const changeControls = (values: { layer: string; theme: string }) => {
    const nextLayer = data.layerIds.find((option) => option === values.layer) ?? layerId;
    const nextTheme = themes.some((option) => option.theme === values.theme) ? values.theme : ALL_THEMES;
    setLayerId(nextLayer);
    setTheme(nextTheme);
    replaceSearchParams({ layer: nextLayer, theme: nextTheme === ALL_THEMES ? undefined : nextTheme });
  };
  const showOnMap = (code: string) => {
    const centre = map.areas.find((area) => area.code === code)?.centre;
    setSelected(code);
    if (centre) zoomControl.showPoint(centre);
    viewportRef.current?.focus();
  };

  const description = mapDescription({
    practiceName: data.practiceName,
    layer,
    drawnAreas: drawnAreas.length,
    neighbours,
    assets: points.length,
    themeLabel: themeLabel ?? null,
    practiceShown: map.practice !== null,
  });
  const note = frameNote(
    map,
    areas.reduce((sum, area) => sum + area.patients, 0),
  );

  return (
    <>
      <MapControls layers={layers} layer={layerId} themes={themes} theme={theme} onChange={changeControls} />
      <section className="app-chart app-map" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="nhsuk-body-s" id={`${id}-description`}>
          {description}
        </p>
        <a className="nhsuk-u-visually-hidden-focusable app-map__skip" href={`#${id}-table-title`}>
          Skip the map and go to the table
        </a>
        {map.areas.length === 0 ? (
          <p>
            {areas.length === 0
              ? "This data places none of the practice's patients in a neighbourhood, so there is nothing to map."
              : "This data has no neighbourhood boundaries for the practice's patients, so the map cannot be drawn. The table lists every neighbourhood."}
          </p>
        ) : (
          <MapView
            id={id}
            title={title}
            map={map}
            fillOf={fillOf}
            points={points}
            selected={selected}
            onSelect={setSelected}
            zoomControl={zoomControl}
            viewportRef={viewportRef}
            legend={
              <MapLegend
                id={id}
                heading={layer.column}
                scale={scale}
                noData={noData}
                neighbours={neighbours}
                assets={
                  points.length > 0
                    ? {
                        label: themeLabel ? `Community asset: ${themeLabel}` : "Community asset",
                        count: points.length,
                      }
                    : null
                }
                practice={map.practice !== null}
              />
            }
          />
        )}
        {note ? <p className="nhsuk-body-s">{note}</p> : null}
        <p className="app-status nhsuk-body-s" role="status" aria-live="polite">
          {selectedArea ? describeArea(selectedArea, layers) : null}
        </p>
        <ChartDownloads
          fileName={fileName}
          csv={() => mapAreasCsv(areas, layers)}
          svg={async () =>
            (await import("./map-image")).mapImage({
              title,
              map,
              fillOf,
              points,
              zoom: zoomControl.zoom,
              legend: scale.classes,
              legendHeading: layer.column,
              noData: noData > 0,
              assetsLabel: points.length > 0 ? assetsLabel : null,
              credit: `Sources: ${sources}.`,
            })
          }
        />
        <h3 id={`${id}-table-title`} tabIndex={-1}>
          Neighbourhoods where the practice's patients live
        </h3>
        {areas.length > 0 ? (
          <div className="app-map__table">
            <MapAreasTable
              id={id}
              caption={`${title}: every neighbourhood with the practice's patients`}
              areas={areas}
              layers={layers}
              selected={selected}
              onShow={showOnMap}
            />
          </div>
        ) : (
          <p>None.</p>
        )}
        <p className="nhsuk-body-s app-chart__footnote">Sources: {sources}.</p>
      </section>
      <MapAssetsSection
        id={`${id}-assets`}
        practiceName={data.practiceName}
        assets={assets}
        themes={theme === ALL_THEMES ? themes : themes.filter((option) => option.theme === theme)}
        filtered={theme !== ALL_THEMES}
        fileName={`${fileName}-assets`}
      />
    </>
  );
}
