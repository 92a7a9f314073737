import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import {
  applyZoomKey,
  centreOn,
  clampZoom,
  type MapSize,
  WHOLE_MAP,
  ZOOM_STEP,
  type ZoomState,
  zoomBy,
  zoomKeyAction,
} from "./zoom-state";

/** How far "show on map" zooms in on a neighbourhood, at least. */
const SHOW_ZOOM = 3;

/**
 * The map's zoom and pan, driven by buttons, keys (+ − arrows 0 when the map has focus) and, for a mouse,
 * dragging. Touch drags are left to the page, so a finger on the map still scrolls it on a phone.
 */
export function useMapZoom(size: MapSize) {
  const [zoom, setZoom] = useState<ZoomState>(WHOLE_MAP);
  const drag = useRef<{ x: number; y: number; zoom: ZoomState } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const action = zoomKeyAction(event.key);
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    setZoom((current) => applyZoomKey(current, action, size));
  };

  const pointer = {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      if (event.pointerType !== "mouse" || zoom.k === 1) return;
      drag.current = { x: event.clientX, y: event.clientY, zoom };
    },
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      const start = drag.current;
      if (!start) return;
      // Screen pixels to map pixels: the SVG is drawn at whatever width the page gives it.
      const ratio = size.width / event.currentTarget.getBoundingClientRect().width;
      setZoom(
        clampZoom(
          {
            ...start.zoom,
            x: start.zoom.x + (event.clientX - start.x) * ratio,
            y: start.zoom.y + (event.clientY - start.y) * ratio,
          },
          size,
        ),
      );
    },
    onPointerUp: () => {
      drag.current = null;
    },
  };

  return {
    zoom,
    onKeyDown,
    pointer,
    zoomIn: () => setZoom((current) => zoomBy(current, ZOOM_STEP, size)),
    zoomOut: () => setZoom((current) => zoomBy(current, 1 / ZOOM_STEP, size)),
    reset: () => setZoom(WHOLE_MAP),
    showPoint: (point: { x: number; y: number }) =>
      setZoom((current) => centreOn(current, point, SHOW_ZOOM, size)),
  };
}
