import { describe, expect, it } from "vitest";
import { availableLayers, MAP_LAYERS } from "./map-layers";
import { describeArea, frameNote, mapDescription } from "./map-sentences";
import { areaRow } from "./testing/map-fixtures";

describe("the words around the map", () => {
  const base = {
    practiceName: "Mill Lane Surgery",
    layer: MAP_LAYERS.imd_decile,
    drawnAreas: 35,
    neighbours: true,
    assets: 1,
    themeLabel: "Older people",
    practiceShown: false,
  };

  it("describes what is drawn, what darker means and every symbol, for a screen reader", () => {
    expect(mapDescription(base)).toBe(
      "The map shows the 35 neighbourhoods (lower layer super output areas, LSOAs) where most of Mill Lane Surgery's patients live, shaded by its IMD 2019 decile: darker means the area is more deprived (decile 1 is England's most deprived tenth of areas). Neighbourhoods in plain grey have none of its patients. White dots mark 1 community asset for older people. This data does not say where the practice is. The table after the map lists every neighbourhood with its figures.",
    );
    const plain = mapDescription({
      ...base,
      neighbours: false,
      assets: 0,
      themeLabel: null,
      practiceShown: true,
    });
    expect(plain).not.toMatch(/grey|White dots/);
    expect(plain).toMatch(/The black square marks the practice\./);
  });

  it("gives a selected neighbourhood's figures on every layer the build has", () => {
    const area = areaRow({
      code: "E01000042",
      name: "Mill Lane 001A",
      patients: 1228,
      share: 7.94,
      values: { imd_decile: 3 },
    });
    expect(describeArea(area, availableLayers(new Set(["imd_decile", "living_alone_66plus"])))).toBe(
      "Mill Lane 001A (E01000042): 1,228 patients, 7.9% of the practice's patients; IMD 2019 decile: 3; Households of one person aged 66+: No data.",
    );
  });

  it("says what the picture leaves out, and nothing when it leaves nothing out", () => {
    expect(
      frameNote(
        { outsideFrame: { areas: 52, patients: 217 }, noBoundary: { areas: 1, patients: 7 } },
        15_500,
      ),
    ).toBe(
      "52 more neighbourhoods, home to 217 of the practice's patients (1.4% of them), lie beyond the map; the table lists them. 1 neighbourhood, home to 7 patients, has no boundary in this data, so is not drawn.",
    );
    expect(
      frameNote({ outsideFrame: { areas: 0, patients: 0 }, noBoundary: { areas: 0, patients: 0 } }, 100),
    ).toBeNull();
  });
});
