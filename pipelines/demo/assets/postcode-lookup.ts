import type { World } from "../world.ts";
import { type WrittenFile, writeCsv } from "../writers/csv.ts";
import { fixed } from "../writers/number-format.ts";
import { assetCatalogue } from "./asset-catalogue.ts";

/**
 * `postcode-lookup.csv`: the ONS National Statistics Postcode Lookup (NSPL) layout, cut to the columns the
 * pipeline reads and a few around them: 7- and 8-character and display postcodes, dates of introduction
 * and termination, district, country, 2011 and 2021 LSOA (the same codes in this world) and lat/long.
 * One row per postcode of the demo area, in postcode order.
 */
const header = [
  "pcd",
  "pcd2",
  "pcds",
  "dointr",
  "doterm",
  "usertype",
  "laua",
  "ctry",
  "lsoa11",
  "lsoa21",
  "lat",
  "long",
];

export function writePostcodeLookup(world: World, path: string, file: string): WrittenFile {
  const { postcodes } = assetCatalogue(world);
  const sorted = [...postcodes].sort((a, b) =>
    a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0,
  );
  return writeCsv(path, file, header, (emit) => {
    for (const entry of sorted) {
      const lsoa = world.areas.lsoas[entry.lsoaIndex];
      const lad = lsoa === undefined ? undefined : world.areas.lads[lsoa.ladIndex];
      const [outward = "", inward = ""] = entry.postcode.split(" ");
      emit([
        `${outward.padEnd(4)}${inward}`,
        `${outward.padEnd(5)}${inward}`,
        entry.postcode,
        "202001",
        "",
        "0",
        lad?.code ?? "",
        "E92000001",
        lsoa?.code ?? "",
        lsoa?.code ?? "",
        fixed(entry.lat, 6),
        fixed(entry.lon, 6),
      ]);
    }
  });
}
