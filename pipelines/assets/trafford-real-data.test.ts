import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, build } from "../build.ts";
import { readCsvObjects } from "../demo/testing/read-csv.ts";
import { readPolygonGeometry } from "../geo/geojson-geometry.ts";
import type { Shape } from "../geo/shape.ts";
import { windingContains } from "../geo/testing/generated-shapes.ts";
import { withMemoryDb } from "../testing/with-memory-db.ts";

/**
 * The real Trafford folder (../shared/data/real/trafford): no practice-by-LSOA registrations, 2021 LSOA
 * boundaries, an ONSPD postcode extract, and six publishers' asset files. Every asset is checked against a
 * reference worked out here from the raw files alone: a scan of all 139 boundaries by winding number for
 * coordinates, the postcode file for postcodes.
 */
const trafford = path.resolve(import.meta.dirname, "../../../shared/data/real/trafford");
const present = existsSync(path.join(trafford, "lsoa-2021-trafford.geojson"));
if (!present)
  console.warn(
    `Skipping the Trafford asset test: ${trafford} is not here (it ships beside the project in CI).`,
  );

type AssetRow = {
  name: string;
  layout: string;
  source_file: string;
  source_row: number;
  lsoa_code: string | null;
  placement: string;
  unplaced_reason: string | null;
};

describe.skipIf(!present)("real data: Trafford assets placed into the 2021 LSOA boundaries", () => {
  const outDir = mkdtempSync(path.join(tmpdir(), "trafford-assets-"));
  let result: BuildResult;
  let assets: AssetRow[];
  let practices: Record<string, unknown>[];
  let mappedLsoas: number;

  beforeAll(async () => {
    result = await build({ inputs: [trafford], outDir });
    await withMemoryDb(async (db) => {
      const read = async (table: string) =>
        (
          await db.runAndReadAll(
            `SELECT * FROM read_parquet('${path.join(result.directory, `${table}.parquet`)}')`,
          )
        ).getRowObjectsJS() as Record<string, unknown>[];
      assets = (await read("assets")) as AssetRow[];
      practices = await read("practice_locations");
      mappedLsoas = (await read("lsoa_geo")).length;
    });
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("builds without practice registrations, giving assets, practice locations and the LSOA map", () => {
    expect(result.warnings).toContain(
      "no practice-by-LSOA registrations, so no practice catchments: assets are placed and themed, but supply per practice and need against assets are not computed",
    );
    expect(practices).toHaveLength(26);
    expect(practices.every((practice) => practice.lsoa_code !== null && practice.lon !== null)).toBe(true);
    expect(mappedLsoas).toBe(139);
  });

  it("reports placement counts per source", () => {
    const counts = new Map<string, Record<string, number>>();
    for (const asset of assets) {
      const entry = counts.get(asset.source_file) ?? {};
      const key = asset.placement === "unplaced" ? `unplaced: ${asset.unplaced_reason}` : asset.placement;
      entry[key] = (entry[key] ?? 0) + 1;
      counts.set(asset.source_file, entry);
    }
    expect(Object.fromEntries(counts)).toEqual({
      "trafford_allotments.csv": { coordinates: 35 },
      "trafford_care_homes.csv": { coordinates: 56 },
      "trafford_libraries.csv": { coordinates: 13 },
      "trafford_pharmacies.csv": { postcode: 57 },
      "trafford_mental_health_services.csv": {
        postcode: 44,
        "unplaced: unknown_postcode": 15,
        "unplaced: invalid_postcode": 1,
      },
      "gm_food_banks.csv": { postcode: 7, "unplaced: unknown_postcode": 164 },
    });
    for (const file of ["gm_food_banks.csv", "trafford_mental_health_services.csv"]) {
      const report = result.inputs.find((input) => input.file.endsWith(file));
      expect(report?.status === "imported" && report.notes?.[0]).toMatch(
        /^placed \d+ of \d+ assets in an LSOA/,
      );
    }
  });

  it("agrees with a brute-force scan of every boundary on every asset with coordinates", () => {
    const boundaries = readBoundaries();
    const withCoordinates = ["trafford_allotments.csv", "trafford_care_homes.csv", "trafford_libraries.csv"];
    let checked = 0;
    for (const file of withCoordinates) {
      const rows = readCsvObjects(path.join(trafford, file));
      for (const [index, row] of rows.entries()) {
        const lon = Number(row.lon);
        const lat = Number(row.lat);
        const expected = boundaries.find(({ shape }) => windingContains(shape, lon, lat))?.code ?? null;
        const asset = assets.find(
          (candidate) => candidate.source_file === file && candidate.source_row === index + 1,
        );
        expect(asset?.lsoa_code, `${file} row ${index + 1}`).toBe(expected);
        expect(asset?.placement).toBe(expected === null ? "unplaced" : "coordinates");
        checked++;
      }
    }
    expect(checked).toBe(35 + 56 + 13);
  });

  it("places every asset with a postcode in the lookup at the lookup's LSOA, and reports the rest as unknown", () => {
    const lookup = new Map(
      readCsvObjects(path.join(trafford, "trafford_postcodes.csv")).map((row) => [
        (row.postcode ?? "").replace(/\s+/g, "").toUpperCase(),
        row.lsoa_code,
      ]),
    );
    const codes = new Set(readBoundaries().map(({ code }) => code));
    for (const [file, heading] of [
      ["trafford_pharmacies.csv", "postcode"],
      ["trafford_mental_health_services.csv", "postcode"],
      ["gm_food_banks.csv", "Postcode"],
    ] as const) {
      for (const [index, row] of readCsvObjects(path.join(trafford, file)).entries()) {
        const expected = lookup.get((row[heading] ?? "").replace(/\s+/g, "").toUpperCase()) ?? null;
        const asset = assets.find(
          (candidate) => candidate.source_file === file && candidate.source_row === index + 1,
        );
        if (expected !== null) {
          expect(codes.has(expected)).toBe(true);
          expect(asset?.lsoa_code, `${file} row ${index + 1}`).toBe(expected);
        } else {
          expect(asset?.lsoa_code).toBeNull();
          expect(["unknown_postcode", "invalid_postcode"]).toContain(asset?.unplaced_reason);
        }
      }
    }
  });
});

function readBoundaries(): { code: string; shape: Shape }[] {
  const collection = JSON.parse(readFileSync(path.join(trafford, "lsoa-2021-trafford.geojson"), "utf8")) as {
    features: { properties: { area_code: string }; geometry: unknown }[];
  };
  return collection.features.map((feature) => {
    const read = readPolygonGeometry(feature.geometry, ["Polygon", "MultiPolygon"]);
    if (!read.ok) throw new Error(`bad geometry for ${feature.properties.area_code}`);
    return { code: feature.properties.area_code, shape: read.shape };
  });
}
