import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverInputs } from "../../discovery/discover-inputs.ts";
import { readPolygonGeometry } from "../../geo/geojson-geometry.ts";
import { shapeContains } from "../../geo/point-in-shape.ts";
import { importers } from "../../importers/registry.ts";
import { generateDemo } from "../generate.ts";
import { readCsv, readCsvObjects } from "../testing/read-csv.ts";
import { buildWorld } from "../world.ts";
import { assetCatalogue } from "./asset-catalogue.ts";

const realTrafford = join(import.meta.dirname, "../../../../shared/data/real/trafford");
let dir = "";
beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "demo-assets-")), "pcn");
  await generateDemo({ scale: "pcn", outDir: dir });
});

const ASSET_FILES = {
  "community-assets.csv": "community-assets",
  "osm-community-places.geojson": "osm-geojson",
  "open-referral-services.json": "open-referral",
  "libraries.csv": "assets-trafford-libraries",
  "allotments.csv": "assets-osm-allotments",
  "food-banks.csv": "assets-gm-food-banks",
  "mental-health-services.csv": "assets-trafford-mental-health",
  "care-homes.csv": "assets-cqc-care-homes",
  "pharmacies.csv": "assets-nhs-pharmacies",
  "postcode-lookup.csv": "postcode-lookup",
  "gp-practice-list.csv": "gp-practice-list",
} as const;

describe("demo community assets", () => {
  it("come in every layout the pipeline reads, each recognised by its content", async () => {
    const found = await discoverInputs([dir], importers);
    const kinds = Object.fromEntries(
      found.flatMap((file) =>
        file.status === "recognised" ? [[file.input.path.split("/").pop(), file.importer.kind]] : [],
      ),
    );
    expect(kinds).toMatchObject(ASSET_FILES);
  });

  it.skipIf(!existsSync(realTrafford))("use the real publishers' headers byte for byte", () => {
    const firstLine = (path: string) => readFileSync(path, "utf8").split("\n")[0];
    for (const [demo, real] of [
      ["libraries.csv", "trafford_libraries.csv"],
      ["allotments.csv", "trafford_allotments.csv"],
      ["food-banks.csv", "gm_food_banks.csv"],
      ["mental-health-services.csv", "trafford_mental_health_services.csv"],
      ["care-homes.csv", "trafford_care_homes.csv"],
      ["pharmacies.csv", "trafford_pharmacies.csv"],
      ["gp-practice-list.csv", "trafford_gp_patient_registrations.csv"],
    ] as const) {
      expect(firstLine(join(dir, demo)), demo).toBe(firstLine(join(realTrafford, real)));
    }
  });

  it("agree with the boundaries and the postcode lookup, apart from the few made unplaceable on purpose", () => {
    const world = buildWorld("pcn", 20220401);
    const { assets } = assetCatalogue(world);
    const boundaries = JSON.parse(readFileSync(join(dir, "lsoa-boundaries.geojson"), "utf8")) as {
      features: { properties: { LSOA11CD: string }; geometry: unknown }[];
    };
    const shapes = new Map(
      boundaries.features.map((feature) => {
        const read = readPolygonGeometry(feature.geometry, ["Polygon"]);
        return [feature.properties.LSOA11CD, read.ok ? read.shape : []];
      }),
    );
    const lookup = new Map(
      readCsvObjects(join(dir, "postcode-lookup.csv")).map((row) => [row.pcds, row.lsoa21]),
    );
    expect(lookup.size).toBe(readCsv(join(dir, "postcode-lookup.csv")).rows.length);
    for (const asset of assets) {
      if (asset.unplaceable !== null) {
        expect(asset.lsoaIndex).toBeNull();
        if (asset.postcode !== null) expect(lookup.has(asset.postcode)).toBe(false);
        continue;
      }
      const code = world.areas.lsoas[asset.lsoaIndex ?? -1]?.code ?? "";
      expect(shapeContains(shapes.get(code) ?? [], asset.lon ?? 0, asset.lat ?? 0), asset.name).toBe(true);
      expect(lookup.get(asset.postcode ?? ""), asset.name).toBe(code);
    }
    const unplaceable = new Set(
      assets.filter((asset) => asset.unplaceable !== null).map((asset) => asset.layout),
    );
    expect(unplaceable).toEqual(
      new Set([
        "template",
        "osm",
        "open-referral",
        "allotments",
        "food-banks",
        "mental-health",
        "pharmacies",
      ]),
    );
  });
});
