import { describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { shapeContains } from "../geo/point-in-shape.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const scratch = scratchFiles("osm-geojson-");
const file = (name: string, value: unknown) => scratch(name, JSON.stringify(value, null, 1));

const crescent = [
  [
    [0, 0],
    [0.004, 0],
    [0.004, 0.004],
    [0, 0.004],
    [0, 0.003],
    [0.003, 0.003],
    [0.003, 0.001],
    [0, 0.001],
    [0, 0],
  ],
];

describe("OpenStreetMap GeoJSON", () => {
  it("reads an Overpass Turbo export: tags, points, areas at a point inside them, untagged nodes left out", async () => {
    const imported = await importOneFile(
      file("export.geojson", {
        type: "FeatureCollection",
        generator: "overpass-turbo",
        features: [
          {
            type: "Feature",
            id: "node/11",
            properties: {
              "@id": "node/11",
              amenity: "community_centre",
              name: "Hall",
              "addr:postcode": "M33 7ZZ",
              "addr:street": "High Street",
              "addr:housenumber": "4",
              opening_hours: "Mo-Fr 09:00-17:00",
              phone: "0161 000 0000",
            },
            geometry: { type: "Point", coordinates: [-2.3, 53.4] },
          },
          {
            type: "Feature",
            id: "way/22",
            properties: { "@id": "way/22", landuse: "allotments" },
            geometry: { type: "Polygon", coordinates: crescent },
          },
          {
            type: "Feature",
            id: "node/33",
            properties: { "@id": "node/33" },
            geometry: { type: "Point", coordinates: [0, 0] },
          },
        ],
      }),
    );
    try {
      expect(imported.kind).toBe("osm-geojson");
      expect(imported.result.notes?.[0]).toContain("1 feature with none of the tags");
      const rows = await imported.query("SELECT * FROM asset_rows ORDER BY source_row");
      expect(rows[0]).toMatchObject({
        external_id: "node/11",
        name: "Hall",
        category: "community centre",
        tags: "amenity=community_centre",
        postcode: "M33 7ZZ",
        address: "4 High Street",
        opening_times: "Mo-Fr 09:00-17:00",
        contact: "0161 000 0000",
        lon: -2.3,
        lat: 53.4,
      });
      expect(rows[1]).toMatchObject({
        external_id: "way/22",
        name: "allotments (unnamed)",
        tags: "landuse=allotments",
      });
      const shape = [crescent.map((ring) => Float64Array.from(ring.flat()))];
      expect(shapeContains(shape, Number(rows[1]?.lon), Number(rows[1]?.lat))).toBe(true);
    } finally {
      imported.close();
    }
  });

  it("reads osmtogeojson's older shape, with tags nested under properties.tags", async () => {
    const imported = await importOneFile(
      file("older.geojson", {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            id: "node/5",
            properties: {
              type: "node",
              id: 5,
              tags: { leisure: "sports_centre", sport: "swimming;fitness", name: "Baths" },
            },
            geometry: { type: "Point", coordinates: [-2.1, 53.5] },
          },
        ],
      }),
    );
    try {
      const [row] = await imported.query("SELECT name, category, tags FROM asset_rows");
      expect(row).toEqual({
        name: "Baths",
        category: "sports centre",
        tags: "leisure=sports_centre; sport=swimming;fitness",
      });
    } finally {
      imported.close();
    }
  });
});
