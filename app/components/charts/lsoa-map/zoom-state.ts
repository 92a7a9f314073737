/** The map's view: scale `k` and the offset of the drawing in map pixels (a d3-zoom style transform). */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export interface MapSize {
  width: number;
  height: number;
}

export const WHOLE_MAP: ZoomState = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 8;
export const ZOOM_STEP = 1.5;
/** An arrow key moves the view by this share of its width or height. */
export const PAN_STEP = 0.15;

/** Keeps the view within the map: no zooming out past the whole map, no panning off its edges. */
export function clampZoom(state: ZoomState, size: MapSize): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(1, state.k));
  return {
    k,
    x: Math.min(0, Math.max(size.width * (1 - k), state.x)),
    y: Math.min(0, Math.max(size.height * (1 - k), state.y)),
  };
}

/** Zooms by `factor` keeping the map point under (cx, cy) (view pixels, default the centre) still. */
export function zoomBy(
  state: ZoomState,
  factor: number,
  size: MapSize,
  centre: { x: number; y: number } = { x: size.width / 2, y: size.height / 2 },
): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(1, state.k * factor));
  const ratio = k / state.k;
  return clampZoom(
    { k, x: centre.x - (centre.x - state.x) * ratio, y: centre.y - (centre.y - state.y) * ratio },
    size,
  );
}

/** Moves the view by a share of its size: positive `dx` looks further east, positive `dy` further south. */
export function panBy(state: ZoomState, dx: number, dy: number, size: MapSize): ZoomState {
  return clampZoom(
    { ...state, x: state.x - dx * size.width * PAN_STEP, y: state.y - dy * size.height * PAN_STEP },
    size,
  );
}

/** Centres the view on a map point (map pixels at scale 1), zoomed to at least `k`. */
export function centreOn(
  state: ZoomState,
  point: { x: number; y: number },
  k: number,
  size: MapSize,
): ZoomState {
  const scale = Math.max(state.k, k);
  return clampZoom(
    { k: scale, x: size.width / 2 - point.x * scale, y: size.height / 2 - point.y * scale },
    size,
  );
}

export type ZoomKeyAction = "in" | "out" | "left" | "right" | "up" | "down" | "reset";

/** The keys the focused map answers to: + and − (with or without Shift), arrows, and 0 to see it whole. */
export function zoomKeyAction(key: string): ZoomKeyAction | null {
  switch (key) {
    case "+":
    case "=":
      return "in";
    case "-":
    case "_":
      return "out";
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "0":
    case "Home":
      return "reset";
    default:
      return null;
  }
}

/** What a key does to the view. */
export function applyZoomKey(state: ZoomState, action: ZoomKeyAction, size: MapSize): ZoomState {
  switch (action) {
    case "in":
      return zoomBy(state, ZOOM_STEP, size);
    case "out":
      return zoomBy(state, 1 / ZOOM_STEP, size);
    case "left":
      return panBy(state, -1, 0, size);
    case "right":
      return panBy(state, 1, 0, size);
    case "up":
      return panBy(state, 0, -1, size);
    case "down":
      return panBy(state, 0, 1, size);
    case "reset":
      return WHOLE_MAP;
  }
}
