import { PackedRTree } from "./packed-rtree.ts";
import { shapeContains } from "./point-in-shape.ts";
import { type Shape, shapeBounds } from "./shape.ts";

/**
 * Point → area lookup: a packed R-tree of the shapes' bounding boxes narrows 33,700 LSOAs to the two or
 * three whose boxes hold the point, then the exact ring test (holes and multipolygons included) decides.
 * Where shapes overlap (they should not) the lowest index wins, as a scan in index order would give.
 */
export class LsoaLocator {
  private readonly tree: PackedRTree;
  private readonly candidates: number[] = [];

  constructor(private readonly shapes: readonly Shape[]) {
    const boxes = new Float64Array(shapes.length * 4);
    shapes.forEach((shape, index) => {
      boxes.set(shapeBounds(shape), index * 4);
    });
    this.tree = new PackedRTree(boxes);
  }

  /** Index of the shape holding (lon, lat), or -1 when none does. */
  locate(lon: number, lat: number): number {
    let found = -1;
    for (const index of this.tree.searchPoint(lon, lat, this.candidates)) {
      if ((found === -1 || index < found) && shapeContains(this.shapes[index] as Shape, lon, lat))
        found = index;
    }
    return found;
  }
}
