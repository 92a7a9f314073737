import { describe, expect, it } from "vitest";
import { mapFinding } from "./map-finding";
import { MAP_LAYERS } from "./map-layers";

const practice = "Mill Lane Surgery";
const icbName = "NHS Example ICB";
const areas = [{ patients: 500 }, { patients: 300 }, { patients: 150 }, { patients: 50 }];

describe("the map's title: what the layer shows about where the patients live", () => {
  it("says how few neighbourhoods hold half the list", () => {
    expect(mapFinding(MAP_LAYERS.share, practice, areas, null)).toBe(
      "Half of Mill Lane Surgery's patients live in 1 of its 4 neighbourhoods (LSOAs)",
    );
  });

  it("says 'most' when more than half live in England's most deprived fifth, against the ICB", () => {
    expect(mapFinding(MAP_LAYERS.imd_decile, practice, areas, { practice: 62.4, icb: 31.2, icbName })).toBe(
      "Most of Mill Lane Surgery's patients (62%) live in England's most deprived fifth of neighbourhoods, against 31% across NHS Example ICB",
    );
  });

  it("gives the share when it is not most, and 'none' when nobody does", () => {
    expect(
      mapFinding(MAP_LAYERS.imd_decile, practice, areas, { practice: 14.2, icb: null, icbName: null }),
    ).toBe("14% of Mill Lane Surgery's patients live in England's most deprived fifth of neighbourhoods");
    expect(mapFinding(MAP_LAYERS.imd_decile, practice, areas, { practice: 0.2, icb: 12, icbName })).toMatch(
      /^None of Mill Lane Surgery's patients live in England's most deprived fifth/,
    );
  });

  it("compares older people living alone with the ICB, calling half a point or less 'about as many'", () => {
    const living = MAP_LAYERS.living_alone_66plus;
    expect(mapFinding(living, practice, areas, { practice: 14.2, icb: 11.3, icbName })).toBe(
      "Mill Lane Surgery's patients live in neighbourhoods with more older people living alone than NHS Example ICB as a whole: 14.2% of households against 11.3%",
    );
    expect(mapFinding(living, practice, areas, { practice: 10.1, icb: 11.3, icbName })).toMatch(
      /with fewer older/,
    );
    expect(mapFinding(living, practice, areas, { practice: 11.0, icb: 11.3, icbName })).toMatch(
      /about as many/,
    );
    expect(mapFinding(living, practice, areas, { practice: 9.87, icb: null, icbName: null })).toBe(
      "9.9% of households where Mill Lane Surgery's patients live are one person aged 66 or over",
    );
  });

  it("still titles the map when the build lacks the figure or the practice has no placed patients", () => {
    expect(mapFinding(MAP_LAYERS.imd_decile, practice, areas, null)).toBe(
      "Deprivation in the neighbourhoods where Mill Lane Surgery's patients live",
    );
    expect(mapFinding(MAP_LAYERS.share, practice, [], null)).toBe(
      "Mill Lane Surgery has no patients placed in a neighbourhood in this data",
    );
  });
});
