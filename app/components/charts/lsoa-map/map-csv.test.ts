import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../pipelines/stats/csv";
import { mapAreasCsv, mapAssetsCsv } from "./map-csv";
import { availableLayers } from "./map-layers";
import type { MapAsset } from "./prepare-map-data";
import { areaRow } from "./testing/map-fixtures";

const layers = availableLayers(new Set(["imd_decile", "living_alone_66plus"]));

describe("the map's CSV", () => {
  it("has every neighbourhood with every layer's unrounded value and where it is on the map", () => {
    const csv = mapAreasCsv(
      [
        areaRow({
          code: "E01000001",
          name: "Mill, Lane 001A",
          patients: 1548,
          share: 10.012_345,
          values: { imd_decile: 2, living_alone_66plus: 11.43 },
        }),
        areaRow({
          code: "E01000002",
          name: null,
          patients: 3,
          share: 0.0194,
          values: {},
          placement: "beyond",
        }),
      ],
      layers,
    );
    const { header, rows } = parseCsv(csv);
    expect(header).toEqual([
      "lsoa_code",
      "lsoa_name",
      "patients",
      "share_of_practice_patients_pct",
      "imd_decile",
      "living_alone_66plus",
      "on_map",
    ]);
    expect(rows.map((row) => row.fields)).toEqual([
      ["E01000001", "Mill, Lane 001A", "1548", "10.012345", "2", "11.43", "yes"],
      ["E01000002", "", "3", "0.0194", "", "", "beyond the map's frame"],
    ]);
  });

  it("leaves out the columns of layers the build does not have", () => {
    const { header } = parseCsv(mapAreasCsv([areaRow()], availableLayers(new Set())));
    expect(header).not.toContain("imd_decile");
  });

  it("lists assets once per theme they serve, as the assets table groups them", () => {
    const asset: MapAsset = {
      id: "a-1",
      name: "Quenwick Library",
      category: "library",
      lsoaCode: "E01000001",
      lsoaName: "Mill Lane 001A",
      share: 4.2,
      themes: ["digital_inclusion", "social_connection"],
      placement: "area-only",
    };
    const { rows } = parseCsv(
      mapAssetsCsv(
        [asset],
        [
          { theme: "social_connection", label: "Social connection and loneliness", assets: 1 },
          { theme: "digital_inclusion", label: "Digital inclusion", assets: 1 },
        ],
      ),
    );
    expect(rows.map((row) => [row.fields[0], row.fields[3], row.fields[8]])).toEqual([
      ["social_connection", "Quenwick Library", "no position (placed by LSOA only)"],
      ["digital_inclusion", "Quenwick Library", "no position (placed by LSOA only)"],
    ]);
  });
});
