import { cellRing } from "./geography.ts";
import type { World } from "./world.ts";
import { BufferedFile } from "./writers/buffered-file.ts";
import type { WrittenFile } from "./writers/csv.ts";

/**
 * `lsoa-boundaries.geojson`: LSOA polygons in WGS84 with `LSOA11CD` / `LSOA11NM` properties, laid out
 * like an ONS Open Geography download (named collection, CRS84, one feature per line). Each polygon is a
 * closed counter-clockwise ring of five positions, coordinates to 6 decimals (about 10 cm), which keeps
 * the england file near 7 MB.
 */
export function writeLsoaBoundaries(world: World, path: string, file: string): WrittenFile {
  const { geography, areas } = world;
  const out = new BufferedFile(path);
  let bytes = 0;
  try {
    out.write('{\n"type": "FeatureCollection",\n"name": "lsoa",\n');
    out.write('"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },\n');
    out.write('"features": [\n');
    for (const lsoa of areas.lsoas) {
      const ring = cellRing(geography, lsoa.cell)
        .map((vertex) => `[${geography.vertexLon[vertex]},${geography.vertexLat[vertex]}]`)
        .join(",");
      const properties = JSON.stringify({ LSOA11CD: lsoa.code, LSOA11NM: lsoa.name });
      const separator = lsoa.index + 1 < areas.lsoas.length ? "," : "";
      out.write(
        `{"type":"Feature","properties":${properties},"geometry":{"type":"Polygon","coordinates":[[${ring}]]}}${separator}\n`,
      );
    }
    out.write("]\n}\n");
  } finally {
    bytes = out.close();
  }
  return { file, rows: areas.lsoas.length, bytes };
}
