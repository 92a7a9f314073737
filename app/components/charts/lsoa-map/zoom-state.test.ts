import { describe, expect, it } from "vitest";
import {
  applyZoomKey,
  centreOn,
  clampZoom,
  MAX_ZOOM,
  panBy,
  WHOLE_MAP,
  zoomBy,
  zoomKeyAction,
} from "./zoom-state";

const size = { width: 640, height: 400 };

describe("zooming and moving the map", () => {
  it("zooms about the centre, so what was in the middle stays there", () => {
    const zoomed = zoomBy(WHOLE_MAP, 2, size);
    expect(zoomed).toEqual({ k: 2, x: -320, y: -200 });
    // The map point at the view's centre (320, 200) is still drawn at (320, 200).
    expect(320 * zoomed.k + zoomed.x).toBe(320);
  });

  it("never zooms out past the whole map nor in past the limit", () => {
    expect(zoomBy(WHOLE_MAP, 0.5, size)).toEqual(WHOLE_MAP);
    expect(zoomBy({ k: 7, x: 0, y: 0 }, 2, size).k).toBe(MAX_ZOOM);
  });

  it("moves by a share of the view, and stops at the map's edges", () => {
    const zoomed = zoomBy(WHOLE_MAP, 2, size);
    expect(panBy(zoomed, 1, 0, size).x).toBeCloseTo(-320 - 640 * 0.15);
    expect(panBy(WHOLE_MAP, 1, 1, size)).toEqual(WHOLE_MAP);
    expect(clampZoom({ k: 2, x: 100, y: -5000 }, size)).toEqual({ k: 2, x: 0, y: -400 });
  });

  it("centres on a neighbourhood, zooming in at least as far as asked", () => {
    const view = centreOn(WHOLE_MAP, { x: 300, y: 150 }, 3, size);
    expect(view.k).toBe(3);
    expect(300 * view.k + view.x).toBe(320);
    expect(150 * view.k + view.y).toBe(200);
    expect(centreOn({ k: 6, x: 0, y: 0 }, { x: 300, y: 150 }, 3, size).k).toBe(6);
  });
});

describe("the keys the focused map answers to", () => {
  it("maps + − (with or without Shift), arrows and 0 to actions and ignores the rest (Tab leaves the map)", () => {
    expect(
      ["+", "=", "-", "_", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "0", "Home"].map(zoomKeyAction),
    ).toEqual(["in", "in", "out", "out", "left", "right", "up", "down", "reset", "reset"]);
    expect(zoomKeyAction("Tab")).toBeNull();
    expect(zoomKeyAction("Enter")).toBeNull();
  });

  it("moves the view the way the arrow points", () => {
    const zoomed = zoomBy(WHOLE_MAP, 2, size);
    expect(applyZoomKey(zoomed, "right", size).x).toBeLessThan(zoomed.x);
    expect(applyZoomKey(zoomed, "up", size).y).toBeGreaterThan(zoomed.y);
    expect(applyZoomKey(zoomed, "reset", size)).toEqual(WHOLE_MAP);
    expect(applyZoomKey(WHOLE_MAP, "in", size).k).toBe(1.5);
  });
});
