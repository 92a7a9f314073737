import { describe, expect, it } from "vitest";
import type { BoundarySet } from "../geo/boundary-set.ts";
import { LsoaLocator } from "../geo/lsoa-locator.ts";
import type { Shape } from "../geo/shape.ts";
import { type AssetLocation, placeAsset } from "./place-asset.ts";

/** Two unit squares side by side: E01000001 west of x = 1, E01000002 east of it (2021 LSOAs). */
function boundaries(vintage: string | null = "2021"): BoundarySet {
  const square = (x: number): Shape => [[Float64Array.from([x, 0, x + 1, 0, x + 1, 1, x, 1, x, 0])]];
  const shapes = [square(0), square(1)];
  const codes = ["E01000001", "E01000002"];
  return {
    codes,
    names: [null, null],
    shapes,
    vintage,
    sourceFile: 0,
    index: new Map(codes.map((code, index) => [code, index])),
    locator: new LsoaLocator(shapes),
  };
}

const at = (fields: Partial<AssetLocation>): AssetLocation => ({
  lon: null,
  lat: null,
  postcode: null,
  lsoaCode: null,
  lookup: null,
  ...fields,
});

describe("placeAsset", () => {
  it("takes an LSOA code, then coordinates, then a postcode", () => {
    const area = boundaries();
    expect(placeAsset(at({ lsoaCode: "E01000002", lon: 0.5, lat: 0.5 }), area)).toMatchObject({
      lsoaCode: "E01000002",
      method: "lsoa_code",
    });
    expect(placeAsset(at({ lon: 1.5, lat: 0.5 }), area)).toMatchObject({
      lsoaCode: "E01000002",
      method: "coordinates",
    });
    const lookup = { lsoa21: "E01000001", lsoa11: "E01000002", lsoaCode: null, lon: 0.2, lat: 0.2 };
    expect(placeAsset(at({ postcode: " m33 7zz", lookup }), area)).toMatchObject({
      lsoaCode: "E01000001",
      method: "postcode",
      postcode: "M33 7ZZ",
      lon: 0.2,
    });
  });

  it("uses the lookup's LSOA of the boundaries' vintage, or its position when the boundaries lack that LSOA", () => {
    const lookup = { lsoa21: "E01099999", lsoa11: "E01000002", lsoaCode: null, lon: 0.5, lat: 0.5 };
    expect(placeAsset(at({ postcode: "M1 1AA", lookup }), boundaries("2011")).lsoaCode).toBe("E01000002");
    expect(placeAsset(at({ postcode: "M1 1AA", lookup }), boundaries("2021")).lsoaCode).toBe("E01000002");
    const elsewhere = { ...lookup, lsoa11: null, lon: 9, lat: 9 };
    expect(placeAsset(at({ postcode: "M1 1AA", lookup: elsewhere }), boundaries())).toMatchObject({
      lsoaCode: null,
      reason: "outside_area",
      detail: "postcode M1 1AA is in LSOA E01099999, which is not in the boundaries",
    });
  });

  it("says why an asset cannot be placed, the most precise evidence first", () => {
    const area = boundaries();
    expect(placeAsset(at({ lon: 5, lat: 0.5, postcode: "ZZ9 9ZZ", lookup: "missing" }), area)).toMatchObject({
      reason: "outside_area",
      detail: "coordinates 5, 0.5 are outside every LSOA in the boundaries",
    });
    expect(placeAsset(at({ lon: 0.5, lat: 1.5 }), area).detail).toContain("swapped?");
    expect(placeAsset(at({ postcode: "ZZ9 9ZZ", lookup: "missing" }), area).reason).toBe("unknown_postcode");
    expect(placeAsset(at({ postcode: "WA154 1HF", lookup: "missing" }), area).reason).toBe(
      "invalid_postcode",
    );
    expect(placeAsset(at({ postcode: "M1 1AA" }), area).reason).toBe("no_postcode_lookup");
    expect(placeAsset(at({ lon: 0.5, lat: 0.5 }), null).reason).toBe("no_boundaries");
    expect(placeAsset(at({ lon: 0, lat: 0 }), area).reason).toBe("no_location");
    expect(placeAsset(at({ lsoaCode: "E01000009" }), area).reason).toBe("outside_area");
    expect(placeAsset(at({ lsoaCode: "E01000009" }), null)).toMatchObject({
      lsoaCode: "E01000009",
      method: "lsoa_code",
    });
  });
});
