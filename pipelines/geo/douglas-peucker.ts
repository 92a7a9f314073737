/**
 * Douglas–Peucker line simplification (Douglas & Peucker 1973) on planar points: keeps the ends, then keeps
 * the point farthest from the chord while it is farther than `tolerance`, recursively. Iterative, so a
 * boundary with 100,000 vertices cannot overflow the stack. Returns the indices kept, in order.
 */
export function douglasPeucker(xs: Float64Array, ys: Float64Array, tolerance: number): number[] {
  const count = xs.length;
  if (count <= 2) return Array.from({ length: count }, (_, index) => index);
  const keep = new Uint8Array(count);
  keep[0] = 1;
  keep[count - 1] = 1;
  const squared = tolerance * tolerance;
  const stack: [number, number][] = [[0, count - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    const farthest = farthestFromChord(xs, ys, first, last);
    if (farthest.index > 0 && farthest.squaredDistance > squared) {
      keep[farthest.index] = 1;
      stack.push([first, farthest.index], [farthest.index, last]);
    }
  }
  const kept: number[] = [];
  for (let index = 0; index < count; index++) if (keep[index] === 1) kept.push(index);
  return kept;
}

/** The point strictly between `first` and `last` farthest from the segment joining them (index -1 if none). */
export function farthestFromChord(
  xs: Float64Array,
  ys: Float64Array,
  first: number,
  last: number,
): { index: number; squaredDistance: number } {
  let index = -1;
  let squaredDistance = -1;
  for (let k = first + 1; k < last; k++) {
    const distance = squaredSegmentDistance(
      xs[k] as number,
      ys[k] as number,
      xs[first] as number,
      ys[first] as number,
      xs[last] as number,
      ys[last] as number,
    );
    if (distance > squaredDistance) {
      index = k;
      squaredDistance = distance;
    }
  }
  return { index, squaredDistance };
}

function squaredSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  let x = ax;
  let y = ay;
  const dx = bx - ax;
  const dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  return (px - x) ** 2 + (py - y) ** 2;
}
