import type { Ring, Shape } from "./shape.ts";

/**
 * Whether a point lies in a shape, by the even–odd crossing rule over every ring of every part, so holes
 * (and holes' islands) come out right with no special case.
 *
 * Each edge is evaluated from its lower end to its upper end, whichever way the ring runs. Two LSOAs that
 * share an edge therefore compute the very same crossing for it, and a point exactly on a shared edge falls
 * in exactly one of them (the one to its east), never in both or neither: placement is a partition.
 */
export function shapeContains(shape: Shape, x: number, y: number): boolean {
  let inside = false;
  for (const polygon of shape) {
    for (const ring of polygon) if (ringCrossesOddly(ring, x, y)) inside = !inside;
  }
  return inside;
}

/** True when a ray from the point towards +x crosses the ring an odd number of times. */
export function ringCrossesOddly(ring: Ring, x: number, y: number): boolean {
  let odd = false;
  for (let k = 0; k + 3 < ring.length; k += 2) {
    let x1 = ring[k] as number;
    let y1 = ring[k + 1] as number;
    let x2 = ring[k + 2] as number;
    let y2 = ring[k + 3] as number;
    if (y1 > y === y2 > y) continue;
    if (y1 > y2) {
      [x1, x2] = [x2, x1];
      [y1, y2] = [y2, y1];
    }
    if (x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) odd = !odd;
  }
  return odd;
}
