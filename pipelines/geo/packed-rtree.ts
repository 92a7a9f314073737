/**
 * A static R-tree over boxes, packed bottom-up in Hilbert order (the layout of Vladimir Agafonkin's
 * flatbush): every node holds up to `nodeSize` children and the whole tree lives in two typed arrays. Built
 * once per build over the LSOA bounding boxes, it answers "which boxes contain this point" by visiting a few
 * dozen nodes instead of testing all 33,700 LSOAs.
 */
export class PackedRTree {
  readonly size: number;
  private readonly nodeSize: number;
  /** west, south, east, north of every node: the leaves (items, in Hilbert order) first, the root last. */
  private readonly boxes: Float64Array;
  /** For a leaf, its item's index; for an inner node, the position of its first child. */
  private readonly refs: Uint32Array;
  /** Exclusive end position of each level, leaves first. */
  private readonly levelEnds: number[];
  private readonly stack: Uint32Array;

  /** `itemBoxes` holds west, south, east, north for each item in turn. */
  constructor(itemBoxes: Float64Array, nodeSize = 16) {
    if (itemBoxes.length % 4 !== 0) throw new RangeError("itemBoxes must hold four numbers per item");
    const size = itemBoxes.length / 4;
    this.size = size;
    this.nodeSize = Math.max(2, nodeSize);
    const levelEnds = [size];
    let count = size;
    let total = size;
    do {
      count = Math.ceil(count / this.nodeSize);
      total += count;
      levelEnds.push(total);
    } while (count > 1);
    this.levelEnds = levelEnds;
    this.stack = new Uint32Array(this.nodeSize * levelEnds.length + 1);
    this.boxes = new Float64Array(total * 4);
    this.refs = new Uint32Array(total);
    if (size === 0) return;

    const order = hilbertOrder(itemBoxes, size);
    for (let position = 0; position < size; position++) {
      const item = order[position] as number;
      this.boxes.set(itemBoxes.subarray(item * 4, item * 4 + 4), position * 4);
      this.refs[position] = item;
    }
    let start = 0;
    for (let level = 1; level < levelEnds.length; level++) {
      const end = levelEnds[level - 1] as number;
      let parent = end;
      for (let child = start; child < end; child += this.nodeSize, parent++) {
        let west = Number.POSITIVE_INFINITY;
        let south = Number.POSITIVE_INFINITY;
        let east = Number.NEGATIVE_INFINITY;
        let north = Number.NEGATIVE_INFINITY;
        for (let k = child; k < Math.min(child + this.nodeSize, end); k++) {
          west = Math.min(west, this.boxes[k * 4] as number);
          south = Math.min(south, this.boxes[k * 4 + 1] as number);
          east = Math.max(east, this.boxes[k * 4 + 2] as number);
          north = Math.max(north, this.boxes[k * 4 + 3] as number);
        }
        this.boxes.set([west, south, east, north], parent * 4);
        this.refs[parent] = child;
      }
      start = end;
    }
  }

  /** Indices of the items whose box contains (x, y), edges included, in no particular order. */
  searchPoint(x: number, y: number, found: number[] = []): number[] {
    found.length = 0;
    if (this.size === 0) return found;
    // One stack for every search (a point is looked up per asset, tens of thousands of times): a
    // depth-first walk holds at most a node's children per level.
    const stack = this.stack;
    let top = 0;
    stack[top++] = this.boxes.length / 4 - 1;
    while (top > 0) {
      const node = stack[--top] as number;
      const b = node * 4;
      if (x < (this.boxes[b] as number) || y < (this.boxes[b + 1] as number)) continue;
      if (x > (this.boxes[b + 2] as number) || y > (this.boxes[b + 3] as number)) continue;
      if (node < this.size) {
        found.push(this.refs[node] as number);
        continue;
      }
      const first = this.refs[node] as number;
      const end = Math.min(first + this.nodeSize, this.levelEndAbove(first));
      for (let child = first; child < end; child++) stack[top++] = child;
    }
    return found;
  }

  /** The end of the level that holds `position`. */
  private levelEndAbove(position: number): number {
    for (const end of this.levelEnds) if (position < end) return end;
    return this.levelEnds[this.levelEnds.length - 1] as number;
  }
}

/** Item indices sorted by the Hilbert index of their box centres on a 65,536 × 65,536 grid. */
function hilbertOrder(itemBoxes: Float64Array, size: number): Uint32Array {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (let item = 0; item < size; item++) {
    west = Math.min(west, itemBoxes[item * 4] as number);
    south = Math.min(south, itemBoxes[item * 4 + 1] as number);
    east = Math.max(east, itemBoxes[item * 4 + 2] as number);
    north = Math.max(north, itemBoxes[item * 4 + 3] as number);
  }
  const width = east - west || 1;
  const height = north - south || 1;
  const keys = new Float64Array(size);
  for (let item = 0; item < size; item++) {
    const cx = ((itemBoxes[item * 4] as number) + (itemBoxes[item * 4 + 2] as number)) / 2;
    const cy = ((itemBoxes[item * 4 + 1] as number) + (itemBoxes[item * 4 + 3] as number)) / 2;
    const gx = Math.floor((65535 * (cx - west)) / width);
    const gy = Math.floor((65535 * (cy - south)) / height);
    keys[item] = hilbertIndex(gx, gy);
  }
  // Ties (identical centres) keep item order, so the tree is the same on every run.
  return Uint32Array.from({ length: size }, (_, item) => item).sort(
    (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
  );
}

/** Position along the Hilbert curve through a 65,536 × 65,536 grid (the classic xy → d walk). */
function hilbertIndex(gx: number, gy: number): number {
  let x = gx;
  let y = gy;
  let d = 0;
  for (let s = 32768; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = 65535 - x;
        y = 65535 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}
