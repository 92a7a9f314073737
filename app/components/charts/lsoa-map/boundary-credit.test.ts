import { describe, expect, it } from "vitest";
import { boundaryCredit } from "./boundary-credit";
import { availableLayers, formatLayerValue, formatPercent, MAP_LAYERS } from "./map-layers";
import { wrapText } from "./wrap-text";

describe("crediting the boundaries", () => {
  it("credits ONS under the Open Government Licence for real LSOA codes, with their edition", () => {
    const credit = boundaryCredit(["E01012571", "E01012572"], "2011 LSOAs");
    expect(credit).toMatch(
      /^Boundaries: Office for National Statistics, Lower layer Super Output Areas \(2011 LSOAs\)/,
    );
    expect(credit).toMatch(/Open Government Licence v3\.0/);
    expect(credit).toMatch(/Contains OS data © Crown copyright and database right/);
  });

  it("never credits ONS for the demo's fictional neighbourhoods", () => {
    expect(boundaryCredit(["E01900001", "E01900288"], "2011 LSOAs")).toMatch(/fictional/);
    expect(boundaryCredit(["E01900001", "E01012571"], null)).toMatch(/Office for National Statistics/);
  });
});

describe("the map's layers", () => {
  it("offers the share always and a measure layer only when the build has its values", () => {
    expect(availableLayers(new Set()).map((layer) => layer.id)).toEqual(["share"]);
    expect(availableLayers(new Set(["imd_decile", "living_alone_66plus"])).map((layer) => layer.id)).toEqual([
      "share",
      "imd_decile",
      "living_alone_66plus",
    ]);
  });

  it("prints deciles as whole numbers, percentages to one decimal and tiny shares readably", () => {
    expect(formatLayerValue(MAP_LAYERS.imd_decile, 3)).toBe("3");
    expect(formatLayerValue(MAP_LAYERS.living_alone_66plus, 11.456)).toBe("11.5%");
    expect(formatLayerValue(MAP_LAYERS.share, null)).toBe("No data");
    expect(formatPercent(0.064)).toBe("0.06");
    expect(formatPercent(0.004)).toBe("<0.01");
    expect(formatPercent(0)).toBe("0.0");
  });
});

describe("wrapping a title for the downloaded image", () => {
  it("breaks at spaces within the width and keeps every word", () => {
    const text = "Most of Mill Lane Surgery's patients (62%) live in England's most deprived fifth";
    const lines = wrapText(text, 30);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(" ")).toBe(text);
    expect(wrapText("", 30)).toEqual([]);
  });
});
