import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverInputs } from "../discovery/discover-inputs.ts";
import { importAndQuery } from "../testing/import-and-query.ts";
import { scratchFiles } from "../testing/scratch-files.ts";
import { importers } from "./registry.ts";

const realData = join(import.meta.dirname, "../../../shared/data/real");
const scratch = scratchFiles("lsoa-boundaries-");

const square = [
  [
    [-2, 53],
    [-1.99, 53],
    [-1.99, 53.01],
    [-2, 53],
  ],
];
const collection = (properties: object, geometry: object = { type: "Polygon", coordinates: square }) => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", geometry, properties }],
});
const file = (name: string, value: unknown) => scratch(name, JSON.stringify(value));

const staged = (path: string) =>
  importAndQuery(path, "SELECT lsoa_code, lsoa_name, vintage FROM lsoa_boundaries_staged ORDER BY lsoa_code");

describe("ONS LSOA boundaries (GeoJSON)", () => {
  it("recognises the property names of each vintage and publisher, in Polygon or MultiPolygon features", async () => {
    const byName = await staged(
      file("a.geojson", collection({ LSOA21CD: "E01034001", LSOA21NM: "Trafford 001H" })),
    );
    expect(byName.rows).toEqual([{ lsoa_code: "E01034001", lsoa_name: "Trafford 001H", vintage: "2021" }]);
    const lower = await staged(
      file(
        "b.geojson",
        collection({ lsoa11cd: "e01012571" }, { type: "MultiPolygon", coordinates: [square] }),
      ),
    );
    expect(lower.rows).toEqual([{ lsoa_code: "E01012571", lsoa_name: null, vintage: "2011" }]);
    // The shapes stay in memory for the asset stage, by code: flat rings of [lon, lat, lon, lat, …].
    expect([...(lower.result.shapes ?? new Map())]).toEqual([
      ["E01012571", [[Float64Array.from([-2, 53, -1.99, 53, -1.99, 53.01, -2, 53])]]],
    ]);
    // A re-publisher's generic name: the vintage is read from the codes when they say (E01034001 is 2021-only).
    const generic = await staged(
      file("c.geojson", collection({ area_code: "E01034001", area_name: "Trafford 001H" })),
    );
    expect(generic.rows[0]).toMatchObject({ vintage: "2021" });
    expect(generic.result.periods).toEqual(["2021 LSOAs"]);
  });

  it("leaves GeoJSON of other areas, and area_code that is not an LSOA, to other layouts", async () => {
    const wards = file("wards.geojson", collection({ area_code: "E05000001", area_name: "Ward" }));
    const [found] = await discoverInputs([wards], importers);
    expect(found?.status).toBe("ignored");
    expect(found?.status === "ignored" && found.reason).toContain("JSON that matches no known layout");
  });

  it.skipIf(!existsSync(realData))(
    "reads the real Pennine Lancashire (2011) and Trafford (2021) boundary files",
    async () => {
      const pennine = await staged(join(realData, "pennine-lancashire/lsoa-2011.geojson"));
      expect(pennine.result.rows).toBe(343);
      expect(pennine.rows[0]).toMatchObject({
        vintage: "2011",
        lsoa_name: expect.stringMatching(/^(Blackburn|Burnley|Hyndburn|Pendle|Ribble|Rossendale)/),
      });
      const trafford = await staged(join(realData, "trafford/lsoa-2021-trafford.geojson"));
      expect(trafford.result.rows).toBe(139);
      expect(new Set(trafford.rows.map((row) => row.vintage))).toEqual(new Set(["2021"]));
    },
  );
});
