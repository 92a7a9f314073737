import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tinyInputs } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { buildManifestSchema } from "../output/build-manifest.ts";
import { buildOnce } from "../testing/build-once.ts";
import { tinyAssetFiles } from "./testing/tiny-asset-files.ts";

const once = buildOnce({
  prefix: "asset-stage-",
  inputs: () => tinyInputs(tinyAssetFiles()),
  now: () => new Date("2024-05-01T09:30:00Z"),
});
const read = (table: string, where = "true", order = "1") => once.read(table, where, order);

describe("assets on the tiny inputs (hand-checked in testing/tiny-asset-files.ts)", () => {
  it("places each asset by LSOA code, coordinates (holes and second parts included) or postcode, or says why not", async () => {
    const assets = await read("assets", "true", "source_row");
    expect(
      assets.map((asset) => [asset.name, asset.lsoa_code, asset.placement, asset.unplaced_reason]),
    ).toEqual([
      ["Riverside Walking Group", "E01000002", "coordinates", null],
      ["Hill Run Club", "E01000004", "coordinates", null],
      ["Park Leisure Centre", "E01000004", "postcode", null],
      ["Station Food Bank", "E01000005", "lsoa_code", null],
      ["Enclave Lunch Club", "E01000007", "coordinates", null],
      ["North Part Library", "E01000006", "coordinates", null],
      ["Faraway Group", null, "unplaced", "outside_area"],
      ["Unknown Postcode Club", null, "unplaced", "unknown_postcode"],
      ["Nowhere Group", null, "unplaced", "no_location"],
    ]);
    const leisure = assets.find((asset) => asset.name === "Park Leisure Centre");
    // The postcode is tidied, and the lookup's position stands in for the missing coordinates.
    expect(leisure).toMatchObject({
      postcode: "TE4 1AA",
      lon: -1.962,
      lat: 53.005,
      asset_id: expect.stringMatching(/^community-assets:park-leisure-centre-te4-1aa$/),
    });
  });

  it("lists the unplaced ones in the report, with line, name and reason", () => {
    const file = once.result.inputs.find((input) => input.file.endsWith("community-assets.csv"));
    expect(file?.status === "imported" && file.notes).toEqual([
      "placed 6 of 9 assets in an LSOA (4 by coordinates, 1 by LSOA code, 1 by postcode); not placed: 1 no coordinates, postcode or LSOA code, 1 outside the area, 1 postcode not in the postcode lookup",
      "not placed, line 8: Faraway Group — coordinates -3, 54 are outside every LSOA in the boundaries",
      "not placed, line 9: Unknown Postcode Club — postcode ZZ9 9ZZ is not in the postcode lookup",
      "not placed, line 10: Nowhere Group — no coordinates, postcode or LSOA code",
    ]);
    expect(once.result.warnings).toContain(
      "3 of 9 community assets could not be placed in an LSOA; each asset file's notes say which and why",
    );
  });

  it("gives themes by declaration or by rule, and says which rule", async () => {
    const themes = await read("asset_themes", "true", "asset_id, theme");
    const of = (name: string) =>
      themes.filter((row) => String(row.asset_id).includes(name)).map((row) => [row.theme, row.rule]);
    expect(of("park-leisure-centre")).toEqual([["physical_activity", 'category "leisure centre"']]);
    expect(of("enclave-lunch-club")).toEqual([
      ["older_people", "declared in the file"],
      ["social_connection", "declared in the file"],
    ]);
    expect(of("north-part-library")).toEqual([
      ["digital_inclusion", 'category "library"'],
      ["social_connection", 'category "library"'],
    ]);
  });

  it("shares each LSOA's assets among practices by their patients there, per 10,000 registered", async () => {
    const supply = await read("practice_theme_supply", "theme = 'physical_activity'", "practice_code");
    expect(supply.map((row) => [row.practice_code, row.assets_contributing, row.per_10k])).toEqual([
      ["A00001", 1, expect.closeTo(15, 10)],
      ["A00002", 1, expect.closeTo(10, 10)],
      ["A00003", 2, expect.closeTo(20_000 / 510, 10)],
      ["A00004", 0, 0],
    ]);
    expect(supply.map((row) => row.supply_percentile)).toEqual([
      expect.closeTo(200 / 3, 10),
      expect.closeTo(100 / 3, 10),
      100,
      0,
    ]);
    // Shares add up: the build's practices hold all of these assets (no out-of-area patients in 02 or 04).
    expect(supply.reduce((sum, row) => sum + Number(row.assets_attributed), 0)).toBeCloseTo(3, 10);
  });

  it("places each practice on need against assets, keeping the indicators behind the need", async () => {
    const need = await read("need_assets", "theme = 'money_food_housing'", "practice_code");
    // Only A00004 has patients where the food bank is (E01000005); it is also the most deprived.
    expect(
      need.map((row) => [row.practice_code, row.need_percentile, row.supply_percentile, row.quadrant]),
    ).toEqual([
      ["A00001", 0, expect.closeTo(100 / 3, 10), "lower_need_fewer_assets"],
      ["A00002", expect.closeTo(100 / 3, 10), expect.closeTo(100 / 3, 10), "lower_need_fewer_assets"],
      ["A00003", expect.closeTo(200 / 3, 10), expect.closeTo(100 / 3, 10), "priority"],
      ["A00004", 100, 100, "high_need_more_assets"],
    ]);
    const indicators = await read(
      "need_indicators",
      "theme = 'money_food_housing' AND practice_code = 'A00004'",
      "indicator_id",
    );
    expect(indicators.map((row) => row.indicator_id)).toEqual(
      expect.arrayContaining(["employment_score", "imd_score", "income_score"]),
    );
    expect(indicators.every((row) => row.need_percentile === 100)).toBe(true);
    // Themes with no need indicator in the build have a supply but no quadrant.
    const activity = await read("need_assets", "theme = 'physical_activity'");
    expect(activity.every((row) => row.need_percentile === null && row.quadrant === null)).toBe(true);
  });

  it("writes the mapped LSOAs' boundaries for the browser, with a gzip twin, and their measures", async () => {
    const text = readFileSync(join(once.result.directory, "lsoa_boundaries.geojson"), "utf8");
    expect(
      gunzipSync(readFileSync(join(once.result.directory, "lsoa_boundaries.geojson.gz"))).toString("utf8"),
    ).toBe(text);
    const collection = JSON.parse(text) as {
      features: { properties: { lsoa_code: string }; geometry: { type: string } }[];
    };
    expect(
      collection.features.map((feature) => [feature.properties.lsoa_code, feature.geometry.type]),
    ).toEqual([
      ["E01000001", "Polygon"],
      ["E01000002", "Polygon"],
      ["E01000003", "Polygon"],
      ["E01000004", "Polygon"],
      ["E01000005", "Polygon"],
      ["E01000006", "MultiPolygon"],
      ["E01000007", "Polygon"],
    ]);
    const manifest = buildManifestSchema.parse(
      JSON.parse(readFileSync(join(once.result.directory, "manifest.json"), "utf8")),
    );
    expect(manifest.outputs.find((output) => output.file === "lsoa_boundaries.geojson")).toMatchObject({
      rows: 7,
    });
    const geo = await read("lsoa_geo", "true", "lsoa_code");
    expect(geo.find((row) => row.lsoa_code === "E01000002")).toMatchObject({
      lsoa_name: "Testshire 001B",
      vintage: "2011",
      registered_patients: 500,
      centroid_lon: expect.closeTo(-1.985, 9),
      centroid_lat: expect.closeTo(53.005, 9),
    });
  });
});
