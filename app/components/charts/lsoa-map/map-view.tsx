import type { ReactNode, RefObject } from "react";
import { useHydrated } from "~/utils/use-hydrated";
import { MapMarks } from "./map-marks";
import type { RenderedMap } from "./render-lsoa-map";
import type { useMapZoom } from "./use-map-zoom";
import { MAX_ZOOM } from "./zoom-state";

/**
 * The map with its key beside it (below it on a phone) and, once the page is interactive, the zoom buttons
 * and a focusable frame that answers to + − arrows and 0. The SVG itself is an image named by the chart's
 * title and description; the table after it is the way to every figure without a mouse.
 */
export function MapView({
  id,
  title,
  map,
  legend,
  fillOf,
  points,
  selected,
  onSelect,
  zoomControl,
  viewportRef,
}: {
  id: string;
  title: string;
  map: RenderedMap;
  legend: ReactNode;
  fillOf: (code: string) => string | null;
  points: readonly { id: string; x: number; y: number }[];
  selected: string | null;
  onSelect: (code: string) => void;
  zoomControl: ReturnType<typeof useMapZoom>;
  viewportRef: RefObject<HTMLElement>;
}) {
  const hydrated = useHydrated();
  const { zoom } = zoomControl;
  const buttonClass = "nhsuk-button nhsuk-button--secondary nhsuk-button--small";
  return (
    <div className="app-map__layout">
      <div className="app-map__side">
        {legend}
        {hydrated ? (
          <div className="app-map__toolbar">
            <p className="nhsuk-body-s" id={`${id}-keys`}>
              Zoom with these buttons, or select the map and press + or − to zoom, the arrow keys to move and
              0 to see all of it. Select a neighbourhood, or use "Show on map" in the table, to see its
              figures.
            </p>
            <div className="app-map__buttons">
              <button
                type="button"
                className={buttonClass}
                onClick={zoomControl.zoomIn}
                disabled={zoom.k >= MAX_ZOOM}
              >
                Zoom in
              </button>
              <button
                type="button"
                className={buttonClass}
                onClick={zoomControl.zoomOut}
                disabled={zoom.k <= 1}
              >
                Zoom out
              </button>
              <button
                type="button"
                className={buttonClass}
                onClick={zoomControl.reset}
                disabled={zoom.k === 1}
              >
                Whole map
              </button>
            </div>
          </div>
        ) : null}
      </div>
      {/* Focusable once the page is interactive, so + − and the arrow keys can zoom and move the map. */}
      <section
        ref={viewportRef}
        className="app-map__viewport"
        aria-label="Map"
        aria-describedby={hydrated ? `${id}-keys` : undefined}
        tabIndex={hydrated ? 0 : undefined}
        onKeyDown={hydrated ? zoomControl.onKeyDown : undefined}
        onClick={(event) => {
          // One handler for every area: a click on a catchment area shows its figures under the map.
          const code = (event.target as Element).closest?.("[data-lsoa]")?.getAttribute("data-lsoa");
          if (code) onSelect(code);
        }}
      >
        <svg
          className="app-map__svg"
          viewBox={`0 0 ${map.width} ${map.height}`}
          width="100%"
          role="img"
          aria-labelledby={`${id}-title ${id}-description`}
          data-zoom={zoom.k}
          {...zoomControl.pointer}
        >
          <title>{title}</title>
          <MapMarks
            idPrefix={id}
            width={map.width}
            height={map.height}
            areas={map.areas}
            fillOf={fillOf}
            points={points}
            practice={map.practice}
            zoom={zoom}
            selected={selected}
          />
        </svg>
      </section>
    </div>
  );
}
