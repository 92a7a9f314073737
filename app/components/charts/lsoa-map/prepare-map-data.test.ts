import { describe, expect, it } from "vitest";
import { layerSummaries, layerValue, prepareMapAreas, prepareMapAssets } from "./prepare-map-data";
import { areaRow, assetRow, catchmentRow } from "./testing/map-fixtures";

describe("the catchment's rows for the table", () => {
  it("joins every layer's value to its neighbourhood and says where each is on the map", () => {
    const areas = prepareMapAreas(
      [
        catchmentRow({ lsoa_code: "E01000001", patients: 900 }),
        catchmentRow({ lsoa_code: "E01000002", patients: 40 }),
        catchmentRow({ lsoa_code: "E01000003", patients: 2 }),
      ],
      [
        { lsoa_code: "E01000001", measure_id: "imd_decile", value: 1 },
        { lsoa_code: "E01000001", measure_id: "living_alone_66plus", value: 12.5 },
        { lsoa_code: "E01000002", measure_id: "imd_decile", value: 7 },
      ],
      { areas: [{ code: "E01000001", d: "M0,0Z", catchment: true, centre: { x: 0, y: 0 } }] },
      (code) => code !== "E01000003",
    );
    expect(areas.map((area) => [area.code, area.values, area.placement])).toEqual([
      ["E01000001", { imd_decile: 1, living_alone_66plus: 12.5 }, "drawn"],
      ["E01000002", { imd_decile: 7 }, "beyond"],
      ["E01000003", {}, "no-boundary"],
    ]);
  });

  it("shades the share layer by the practice's share and a measure layer by the measure", () => {
    const area = areaRow({ share: 3.5, values: { imd_decile: 4 } });
    expect(layerValue(area, null)).toBe(3.5);
    expect(layerValue(area, "imd_decile")).toBe(4);
    expect(layerValue(area, "living_alone_66plus")).toBeNull();
  });
});

describe("the catchment's assets", () => {
  const areas = [
    areaRow({ code: "E01000001", name: "Near", share: 9 }),
    areaRow({ code: "E01000002", name: "Far", share: 0.1 }),
  ];
  const rows = [
    assetRow({
      asset_id: "far",
      name: "Bowls Club",
      lsoa_code: "E01000002",
      theme: "physical_activity",
      theme_label: "Physical activity",
    }),
    assetRow({
      asset_id: "near",
      name: "Walking Group",
      theme: "physical_activity",
      theme_label: "Physical activity",
    }),
    assetRow({ asset_id: "near", name: "Walking Group", theme: "social_connection" }),
    assetRow({ asset_id: "unplaced", name: "Helpline", lon: null, lat: null, theme: "social_connection" }),
  ];
  const { assets, themes } = prepareMapAssets(rows, areas, { points: [{ id: "near", x: 1, y: 1 }] });

  it("gathers an asset's themes into one entry, nearest the practice's patients first, then by name", () => {
    expect(assets.map((asset) => [asset.id, asset.themes, asset.lsoaName])).toEqual([
      ["unplaced", ["social_connection"], "Near"],
      ["near", ["physical_activity", "social_connection"], "Near"],
      ["far", ["physical_activity"], "Far"],
    ]);
  });

  it("tells drawn assets from those beyond the map and those placed by LSOA only", () => {
    expect(Object.fromEntries(assets.map((asset) => [asset.id, asset.placement]))).toEqual({
      near: "drawn",
      far: "beyond",
      unplaced: "area-only",
    });
  });

  it("counts each theme's assets in the order the build's themes come", () => {
    expect(themes).toEqual([
      { theme: "physical_activity", label: "Physical activity", assets: 2 },
      { theme: "social_connection", label: "Social connection and loneliness", assets: 2 },
    ]);
  });
});

describe("the whole-list figures behind the title", () => {
  it("pairs each measure layer's indicator for the practice with its ICB's", () => {
    expect(
      layerSummaries([
        {
          indicator_id: "core20_share",
          area_type: "practice",
          area_name: "Mill Lane",
          period: "2019",
          value: 62,
        },
        {
          indicator_id: "core20_share",
          area_type: "icb",
          area_name: "NHS Example ICB",
          period: "2019",
          value: 31,
        },
        {
          indicator_id: "living_alone_66plus",
          area_type: "practice",
          area_name: "Mill Lane",
          period: "2021",
          value: 12,
        },
      ]),
    ).toEqual({
      imd_decile: { practice: 62, icb: 31, icbName: "NHS Example ICB" },
      living_alone_66plus: { practice: 12, icb: null, icbName: null },
    });
  });
});
