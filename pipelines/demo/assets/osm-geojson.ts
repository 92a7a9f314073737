import type { World } from "../world.ts";
import { BufferedFile } from "../writers/buffered-file.ts";
import type { WrittenFile } from "../writers/csv.ts";
import { assetCatalogue, type DemoAsset } from "./asset-catalogue.ts";
import { telephone, website } from "./contact-details.ts";

/**
 * `osm-community-places.geojson`: an Overpass Turbo export of OpenStreetMap community places — community
 * centres, leisure and fitness centres as points, parks as closed ways (polygons) — with `@id` and tags
 * flat in the properties, as Overpass Turbo writes them. Two untagged nodes (which the pipeline leaves out)
 * and one place beyond the area's edge come with them. OSM ids from 90,000,000,000 up, beyond any real one.
 */
const TAGS: Readonly<Record<string, Record<string, string>>> = {
  community_centre: { amenity: "community_centre" },
  sports_centre: { leisure: "sports_centre", sport: "multi" },
  fitness_centre: { leisure: "fitness_centre" },
  park: { leisure: "park" },
};

export function writeOsmGeojson(world: World, path: string, file: string): WrittenFile {
  const assets = assetCatalogue(world).assets.filter((asset) => asset.layout === "osm");
  const features = assets.map((asset) => feature(asset));
  // Nodes of a way, exported without tags of their own: not community places.
  const first = assets[0];
  if (first?.lon != null && first.lat != null) {
    for (const k of [1, 2]) {
      features.push(
        JSON.stringify({
          type: "Feature",
          properties: { "@id": `node/${89_999_999_990 + k}` },
          geometry: { type: "Point", coordinates: [first.lon + k * 1e-4, first.lat] },
          id: `node/${89_999_999_990 + k}`,
        }),
      );
    }
  }
  const out = new BufferedFile(path);
  let bytes = 0;
  try {
    out.write('{\n"type": "FeatureCollection",\n"generator": "overpass-turbo",\n');
    out.write(
      '"copyright": "The data included in this document is from www.openstreetmap.org. The data is made available under ODbL.",\n',
    );
    out.write('"timestamp": "2024-04-01T00:00:00Z",\n"features": [\n');
    out.write(features.join(",\n"));
    out.write("\n]\n}\n");
  } finally {
    bytes = out.close();
  }
  return { file, rows: features.length, bytes };
}

function feature(asset: DemoAsset): string {
  const polygon = asset.kind === "park";
  const id = `${polygon ? "way" : "node"}/${90_000_000_000 + asset.serial}`;
  const lon = asset.lon ?? 0;
  const lat = asset.lat ?? 0;
  const round = (value: number) => Number(value.toFixed(7));
  const geometry = polygon
    ? {
        type: "Polygon",
        coordinates: [
          [
            [round(lon - 8e-4), round(lat - 5e-4)],
            [round(lon + 8e-4), round(lat - 5e-4)],
            [round(lon + 8e-4), round(lat + 5e-4)],
            [round(lon - 8e-4), round(lat + 5e-4)],
            [round(lon - 8e-4), round(lat - 5e-4)],
          ],
        ],
      }
    : { type: "Point", coordinates: [lon, lat] };
  const properties: Record<string, string> = {
    "@id": id,
    ...(TAGS[asset.kind] ?? {}),
    name: asset.name,
  };
  if (!polygon) {
    properties["addr:street"] = asset.street.replace(/^\d+ /, "");
    properties["addr:housenumber"] = asset.street.split(" ")[0] ?? "";
    if (asset.postcode !== null) properties["addr:postcode"] = asset.postcode;
    if (asset.serial % 2 === 0) properties.phone = telephone(asset);
    if (asset.serial % 3 === 0) properties.website = website(asset);
    if (asset.kind !== "community_centre") properties.opening_hours = "Mo-Fr 06:30-22:00; Sa,Su 08:00-18:00";
  }
  return JSON.stringify({ type: "Feature", properties, geometry, id });
}
