import { describe, expect, it } from "vitest";
import { tinyInputs } from "../../tests/fixtures/pipeline/tiny-inputs.ts";
import { badInputHarness, type InputChanges } from "../testing/bad-input-harness.ts";
import { expectReadable } from "../testing/expect-readable.ts";
import { TINY_ASSETS, TINY_BOUNDARIES, TINY_POSTCODES, tinyAssetFiles } from "./testing/tiny-asset-files.ts";

// A good build with boundaries and assets first; every bad run must leave it byte for byte as it was.
const { failingBuild } = badInputHarness("bad-asset-input-", (changes: InputChanges = {}) =>
  tinyInputs({ ...tinyAssetFiles(), ...changes }),
);

const assetsWith = (row: string) => `${TINY_ASSETS}${row}\n`;
/** The assets header, with one data row; its data line is line 2. */
const oneAsset = (row: string, header = TINY_ASSETS.split("\n")[0]) => `${header}\n${row}\n`;
const lines = (text: string) => text.split("\n").length;

describe("bad boundary files", () => {
  it("JSON broken by a stray comma: line and character", async () => {
    const broken = TINY_BOUNDARIES.replace('"Testshire 001B" }', '"Testshire 001B", }').replace(
      '"LSOA11NM":"Testshire 001B"}',
      '"LSOA11NM":"Testshire 001B",}',
    );
    const error = await failingBuild({ "lsoa-boundaries.geojson": broken });
    expectReadable(error, { file: "lsoa-boundaries.geojson", line: 7 });
    expect(error.found).toBe('"}" where JSON does not allow it');
  });

  it("a download cut short", async () => {
    const error = await failingBuild({ "lsoa-boundaries.geojson": TINY_BOUNDARIES.slice(0, 900) });
    expectReadable(error, { file: "lsoa-boundaries.geojson" });
    expect(error.found).toContain("cut short");
  });

  it("a feature without the code property lists the properties it has", async () => {
    const error = await failingBuild({
      "lsoa-boundaries.geojson": TINY_BOUNDARIES.replace(
        '"LSOA11CD":"E01000004","LSOA11NM":"Testshire 002B"',
        '"lsoa_cd":"E01000004","LSOA11NM":"Testshire 002B"',
      ),
    });
    expectReadable(error, { file: "lsoa-boundaries.geojson", line: 9 });
    expect(error.found).toBe('a feature without it (properties: "lsoa_cd", "LSOA11NM")');
    expect(error.expected).toContain('in the property "LSOA11CD"');
  });

  it("coordinates in British National Grid metres", async () => {
    const error = await failingBuild({
      "lsoa-boundaries.geojson": TINY_BOUNDARIES.replace("[[[-1.99,53],", "[[[398000,412000],"),
    });
    expectReadable(error, { file: "lsoa-boundaries.geojson", line: 7 });
    expect(error.found).toContain("British National Grid");
    expect(error.fix).toContain("EPSG:4326");
  });

  it("a file that declares a projected CRS", async () => {
    const error = await failingBuild({
      "lsoa-boundaries.geojson": TINY_BOUNDARIES.replace(
        "urn:ogc:def:crs:OGC:1.3:CRS84",
        "urn:ogc:def:crs:EPSG::27700",
      ),
    });
    expectReadable(error, { file: "lsoa-boundaries.geojson", line: 4 });
  });

  it("a feature that is a point, not an area", async () => {
    const error = await failingBuild({
      "lsoa-boundaries.geojson": TINY_BOUNDARIES.replace(
        /"geometry":\{"type":"Polygon","coordinates":\[\[\[-1\.96,53\][^}]*\}/,
        '"geometry":{"type":"Point","coordinates":[-1.955,53.005]}',
      ),
    });
    expectReadable(error, { file: "lsoa-boundaries.geojson", line: 10 });
    expect(error.found).toBe("a Point geometry");
  });

  it("the same LSOA twice", async () => {
    const error = await failingBuild({
      "lsoa-boundaries.geojson": TINY_BOUNDARIES.replace('"LSOA11CD":"E01000005"', '"LSOA11CD":"E01000004"'),
    });
    expectReadable(error, { file: "lsoa-boundaries.geojson", line: 10 });
    expect(error.found).toBe("E01000004 again (first at line 9)");
  });

  it("LSOAs missing from the boundaries: the registrations line of the first", async () => {
    const error = await failingBuild({
      "lsoa-boundaries.geojson": TINY_BOUNDARIES.split("\n")
        .filter((line) => !line.includes("E01000004") && !line.includes("E01000005"))
        .join("\n"),
      "community-assets.csv": oneAsset("Riverside Walking Group,,physical_activity,,-1.985,53.005,,,,,,,,"),
    });
    expectReadable(error, { file: "gp-registrations.csv", line: 6, column: "LSOA_CODE" });
    expect(error.found).toContain("E01000004, not in it: 2 LSOAs holding 40.0% of the practices' patients");
  });
});

describe("bad community asset files", () => {
  it("text where a longitude should be", async () => {
    const error = await failingBuild({
      "community-assets.csv": assetsWith("Bad Club,,,group,west,53.0,,,,,,,,"),
    });
    expectReadable(error, { file: "community-assets.csv", line: lines(TINY_ASSETS), column: "longitude" });
    expect(error.found).toBe('"west" (text, not a number)');
  });

  it("a latitude out of range", async () => {
    const error = await failingBuild({
      "community-assets.csv": assetsWith("Bad Club,,,group,-1.98,95,,,,,,,,"),
    });
    expectReadable(error, { file: "community-assets.csv", line: lines(TINY_ASSETS), column: "latitude" });
    expect(error.found).toBe('"95" (a number outside -90 to 90)');
  });

  it("a theme not in the taxonomy", async () => {
    const error = await failingBuild({
      "community-assets.csv": assetsWith("Bad Club,,gardening; carers,,-1.98,53.005,,,,,,,,"),
    });
    expectReadable(error, { file: "community-assets.csv", line: lines(TINY_ASSETS), column: "themes" });
    expect(error.found).toBe('"gardening"');
    expect(error.expected).toContain("physical_activity");
  });

  it("longitude given without latitude", async () => {
    const error = await failingBuild({
      "community-assets.csv": oneAsset("Bad Club,-1.98,group", "name,longitude,category"),
    });
    expectReadable(error, { file: "community-assets.csv", line: 1, column: "latitude" });
  });

  it("an asset with no name", async () => {
    const error = await failingBuild({ "community-assets.csv": oneAsset(",,,group,-1.98,53.005,,,,,,,,") });
    expectReadable(error, { file: "community-assets.csv", line: 2, column: "name" });
    expect(error.found).toBe("an empty cell");
  });

  it("an LSOA code in the wrong shape", async () => {
    const error = await failingBuild({
      "community-assets.csv": oneAsset("Bad Club,,,group,,,,E0100004,,,,,,"),
    });
    expectReadable(error, { file: "community-assets.csv", line: 2, column: "lsoa_code" });
  });

  it("a last-checked date that is not a date", async () => {
    const error = await failingBuild({
      "community-assets.csv": oneAsset("Bad Club,,,group,-1.98,53.005,,,,,,,,last spring"),
    });
    expectReadable(error, { file: "community-assets.csv", line: 2, column: "last_checked" });
  });

  it("an OpenStreetMap point in metres", async () => {
    const osm = JSON.stringify(
      {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            id: "node/1",
            properties: { "@id": "node/1", amenity: "library" },
            geometry: { type: "Point", coordinates: [-1.98, 53.005] },
          },
          {
            type: "Feature",
            id: "node/2",
            properties: { "@id": "node/2", amenity: "community_centre" },
            geometry: { type: "Point", coordinates: [398000, 412000] },
          },
        ],
      },
      null,
      1,
    );
    const error = await failingBuild({ "osm.geojson": osm });
    expectReadable(error, { file: "osm.geojson", line: 28 });
    expect(error.found).toBe("[398000, 412000]");
  });

  it("an Open Referral service without a name, and a location with half its coordinates", async () => {
    const service = (name: string | null, location: object) => ({
      id: `s-${name}`,
      ...(name === null ? {} : { name }),
      status: "active",
      service_at_locations: [{ id: "sl", location: { id: "l", ...location } }],
    });
    const unnamed = await failingBuild({
      "services.json": JSON.stringify(
        { content: [service("Carers", { latitude: 53.005, longitude: -1.98 }), service(null, {})] },
        null,
        2,
      ),
    });
    expectReadable(unnamed, { file: "services.json", line: 18 });
    const half = await failingBuild({
      "services.json": JSON.stringify(
        { content: [service("Carers", { latitude: 53.005, longitude: "east" })] },
        null,
        2,
      ),
    });
    expectReadable(half, { file: "services.json", line: 10 });
    expect(half.found).toBe("latitude 53.005, longitude null");
  });

  it("a postcode twice in the lookup", async () => {
    const error = await failingBuild({
      "postcodes.csv": `${TINY_POSTCODES}TE4 1AA,E01000005,E01000005,53.005,-1.955\n`,
    });
    expectReadable(error, { file: "postcodes.csv", line: 5, column: "postcode" });
  });

  it("a mapping that gives columns for a file recognised by content", async () => {
    const error = await failingBuild({
      "pipeline-inputs.json": JSON.stringify({
        files: { "lsoa-boundaries.geojson": { kind: "lsoa-boundaries", columns: { lsoa_code: "code" } } },
      }),
    });
    expectReadable(error, { file: "pipeline-inputs.json", column: "files.lsoa-boundaries.geojson.columns" });
  });
});
