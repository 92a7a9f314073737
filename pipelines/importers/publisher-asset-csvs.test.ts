import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importOneFile } from "../../tests/fixtures/pipeline/import-one-file.ts";
import { discoverInputs } from "../discovery/discover-inputs.ts";
import { importers } from "./registry.ts";

const trafford = join(import.meta.dirname, "../../../shared/data/real/trafford");
const dir = mkdtempSync(join(tmpdir(), "publisher-assets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(trafford))("publishers' asset CSVs (real Trafford Data Lab files)", () => {
  it("recognises each file by its own full header", async () => {
    const found = await discoverInputs([trafford], importers);
    const kinds = Object.fromEntries(
      found.flatMap((file) =>
        file.status === "recognised" ? [[file.input.path.split("/").pop(), file.importer.kind]] : [],
      ),
    );
    expect(kinds).toMatchObject({
      "trafford_libraries.csv": "assets-trafford-libraries",
      "trafford_allotments.csv": "assets-osm-allotments",
      "gm_food_banks.csv": "assets-gm-food-banks",
      "trafford_mental_health_services.csv": "assets-trafford-mental-health",
      "trafford_care_homes.csv": "assets-cqc-care-homes",
      "trafford_pharmacies.csv": "assets-nhs-pharmacies",
      "trafford_postcodes.csv": "postcode-lookup",
      "trafford_gp_patient_registrations.csv": "gp-practice-list",
    });
  });

  it("maps each layout's headings to the asset fields, reading NA as nothing", async () => {
    const rows = async (name: string) => {
      const imported = await importOneFile(join(trafford, name));
      try {
        return await imported.query("SELECT * FROM asset_rows ORDER BY source_row LIMIT 3");
      } finally {
        imported.close();
      }
    };
    expect((await rows("trafford_care_homes.csv"))[0]).toMatchObject({
      name: "10 Spennithorne Road",
      external_id: "1-466088203",
      category: "care home: Residential homes",
      website: null,
      lon: -2.365264,
    });
    expect((await rows("trafford_pharmacies.csv"))[0]).toMatchObject({
      name: "Allied Pharmacy Davyhulme Medical Centre",
      external_id: "FKJ04",
      postcode: "M41 7WJ",
      opening_times:
        "Mon 09:00-18:00; Tue 09:00-18:00; Wed 09:00-18:00; Thu 09:00-18:00; Fri 09:00-18:00; Sat CLOSED; Sun CLOSED",
    });
    expect((await rows("gm_food_banks.csv"))[0]).toMatchObject({
      name: "BRASS Bolton",
      description: "Referral: Not known",
      category: "food bank",
      opening_times: "Wednesday 10am - 4pm",
    });
  });
});

describe("a publisher's CSV of another layout", () => {
  it("is read through the template by naming its headings in pipeline-inputs.json", async () => {
    const folder = mkdtempSync(join(dir, "mapped-"));
    writeFileSync(join(folder, "venues.csv"), "Venue,Kind,Post code\nThe Hub,community centre,M33 7ZZ\n");
    writeFileSync(
      join(folder, "pipeline-inputs.json"),
      JSON.stringify({
        files: {
          "venues.csv": {
            kind: "community-assets",
            columns: { name: "Venue", category: "Kind", postcode: "Post code" },
          },
        },
      }),
    );
    const [, venues] = await discoverInputs([folder], importers);
    expect(venues?.status === "recognised" && venues.importer.kind).toBe("community-assets");
  });
});
