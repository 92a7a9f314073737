/**
 * Boundaries, a postcode lookup and community assets for the tiny pipeline inputs
 * (tests/fixtures/pipeline/tiny), small enough to check by hand:
 *
 *   53.02 ┌──────┐
 *         │ 06b  │  E01000006 is two parts: its square in the row and this one above E01000001
 *   53.01 ├──────┼──────┬──────┬──────┬──────┬──────┐
 *         │ 01   │ 02   │ 03 ┌┐│ 04   │ 05   │ 06a  │  E01000003 has a hole, filled by E01000007
 *   53.00 └──────┴──────┴────└┘┴──────┴──────┴──────┘
 *        -2.00  -1.99  -1.98  -1.97  -1.96  -1.95  -1.94
 *
 * Physical-activity assets: one in E01000002, two in E01000004 (one by postcode), so by fill-supply.ts
 * A00001 gets 300/500 of one asset (15 per 10,000 of its 400), A00002 200/500 (10 per 10,000),
 * A00003 500/500 of two (2 / 510 × 10,000 = 39.22), A00004 none.
 */
const square = (west: number, south: number, size = 0.01) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];

function feature(code: string, name: string, geometry: object): string {
  return JSON.stringify({ type: "Feature", properties: { LSOA11CD: code, LSOA11NM: name }, geometry });
}

const hole = [
  [-1.978, 53.004],
  [-1.978, 53.006],
  [-1.972, 53.006],
  [-1.972, 53.004],
  [-1.978, 53.004],
];

export const TINY_BOUNDARIES = `{
"type": "FeatureCollection",
"name": "Lower_layer_Super_Output_Areas_2011",
"crs": { "type": "name", "properties": { "name": "urn:ogc:def:crs:OGC:1.3:CRS84" } },
"features": [
${[
  feature("E01000001", "Testshire 001A", { type: "Polygon", coordinates: [square(-2, 53)] }),
  feature("E01000002", "Testshire 001B", { type: "Polygon", coordinates: [square(-1.99, 53)] }),
  feature("E01000003", "Testshire 002A", { type: "Polygon", coordinates: [square(-1.98, 53), hole] }),
  feature("E01000004", "Testshire 002B", { type: "Polygon", coordinates: [square(-1.97, 53)] }),
  feature("E01000005", "Testshire 003A", { type: "Polygon", coordinates: [square(-1.96, 53)] }),
  feature("E01000006", "Testshire 003B", {
    type: "MultiPolygon",
    coordinates: [[square(-1.95, 53)], [square(-2, 53.01)]],
  }),
  feature("E01000007", "Testshire 003C", { type: "Polygon", coordinates: [[...hole].reverse()] }),
].join(",\n")}
]
}
`;

export const TINY_POSTCODES = `pcds,lsoa11,lsoa21,lat,long
TE4 1AA,E01000004,E01000004,53.005,-1.962
TE1 1AA,E01000001,E01000001,53.002,-1.998
XX1 1XX,E01099999,E01099999,54.5,-3.5
`;

export const TINY_ASSETS = `name,description,themes,category,longitude,latitude,postcode,lsoa_code,address,opening_times,contact,website,source,last_checked
Riverside Walking Group,Led walks,physical_activity,,-1.985,53.005,,,,,,,,2024-03-01
Hill Run Club,Weekly 5k,physical_activity,,-1.965,53.005,,,,,,,,
Park Leisure Centre,Pool and gym,,leisure centre,,,te41aa,,,,,,,
Station Food Bank,,,food bank,,,,E01000005,,,,,,
Enclave Lunch Club,,older_people; social_connection,,-1.975,53.005,,,,,,,,
North Part Library,,,library,-1.995,53.015,,,,,,,,
Faraway Group,,,community group,-3.0,54.0,,,,,,,,
Unknown Postcode Club,,,community group,,,ZZ9 9ZZ,,,,,,,
Nowhere Group,No fixed place,,community group,,,,,,,,,,
`;

/** The three files, to pass as changes to tinyInputs(). */
export function tinyAssetFiles(): Record<string, string> {
  return {
    "lsoa-boundaries.geojson": TINY_BOUNDARIES,
    "postcodes.csv": TINY_POSTCODES,
    "community-assets.csv": TINY_ASSETS,
  };
}
