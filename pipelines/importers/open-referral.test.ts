import { describe, expect, it } from "vitest";
import { importAndQuery } from "../testing/import-and-query.ts";
import { scratchFiles } from "../testing/scratch-files.ts";

const scratch = scratchFiles("open-referral-");
const file = (name: string, value: unknown) => scratch(name, JSON.stringify(value, null, 2));

async function assetsOf(path: string) {
  const { kind, result, rows } = await importAndQuery(
    path,
    "SELECT external_id, name, category, tags, lon, lat, postcode, address, opening_times, contact, last_checked FROM asset_rows ORDER BY source_row, external_id",
  );
  return { kind, notes: result.notes ?? [], rows };
}

describe("Open Referral UK / HSDS JSON", () => {
  it("reads an Open Referral UK 1.0 page: one asset per service location, taxonomies as tags", async () => {
    const { kind, notes, rows } = await assetsOf(
      file("oruk.json", {
        totalElements: 3,
        content: [
          {
            id: "s1",
            name: "Carers Support",
            description: "Advice for carers",
            status: "active",
            email: "carers@example.org",
            organization: { id: "o1", name: "Carers Trust" },
            service_at_locations: [
              {
                id: "sl1",
                location: {
                  id: "l1",
                  name: "Town Hall",
                  latitude: 53.4,
                  longitude: -2.3,
                  physical_addresses: [{ address_1: "1 High St", city: "Sale", postal_code: "M33 7ZZ" }],
                },
              },
              {
                id: "sl2",
                location: { id: "l2", name: "Library", physical_addresses: [{ postal_code: "M33 1AA" }] },
              },
            ],
            service_taxonomys: [
              { id: "t", taxonomy: { id: "x", name: "Carers", vocabulary: "esdServiceTypes" } },
            ],
            regular_schedules: [{ weekday: "Tuesday", opens_at: "09:00:00", closes_at: "17:00:00" }],
          },
          {
            id: "s2",
            name: "Helpline",
            status: "active",
            service_at_locations: [],
            contacts: [{ phones: [{ number: "0800 000" }] }],
          },
          { id: "s3", name: "Old Club", status: "inactive" },
        ],
      }),
    );
    expect(kind).toBe("open-referral");
    expect(notes).toEqual(["1 service marked inactive or defunct left out"]);
    expect(rows).toEqual([
      {
        external_id: "s1@l1",
        name: "Carers Support",
        category: "service of Carers Trust",
        tags: "taxonomy=Carers",
        lon: -2.3,
        lat: 53.4,
        postcode: "M33 7ZZ",
        address: "Town Hall, 1 High St, Sale",
        opening_times: "Tuesday 09:00–17:00",
        contact: "carers@example.org",
        last_checked: null,
      },
      expect.objectContaining({ external_id: "s1@l2", lon: null, postcode: "M33 1AA", address: "Library" }),
      expect.objectContaining({
        external_id: "s2",
        name: "Helpline",
        lon: null,
        postcode: null,
        contact: "0800 000",
      }),
    ]);
  });

  it("reads HSDS 3 services with attributes, and HSDS tabular JSON joined by ids", async () => {
    const hsds3 = await assetsOf(
      file("hsds3.json", {
        contents: [
          {
            id: "a",
            name: "Counselling",
            status: "active",
            last_modified: "2023-03-15T10:30:45.123Z",
            attributes: [{ taxonomy_term: { name: "Mental health" } }],
            service_at_locations: [{ location: { id: "l", latitude: "53.1", longitude: "-2.2" } }],
          },
        ],
      }),
    );
    expect(hsds3.rows).toEqual([
      expect.objectContaining({
        external_id: "a@l",
        tags: "taxonomy=Mental health",
        lat: 53.1,
        lon: -2.2,
        last_checked: "2023-03-15",
      }),
    ]);
    const tabular = await assetsOf(
      file("tabular.json", {
        service: [{ id: "s", name: "Food Pantry", status: "active" }],
        location: [{ id: "l", name: "Church Hall", latitude: 53.2, longitude: -2.4 }],
        service_at_location: [{ id: "x", service_id: "s", location_id: "l" }],
        address: [{ location_id: "l", address_1: "2 Low Rd", postal_code: "M1 1AA" }],
        taxonomy_term: [{ id: "t", name: "Food" }],
        attribute: [{ link_id: "s", taxonomy_term_id: "t" }],
      }),
    );
    expect(tabular.rows).toEqual([
      expect.objectContaining({
        external_id: "s@l",
        name: "Food Pantry",
        tags: "taxonomy=Food",
        postcode: "M1 1AA",
        address: "Church Hall, 2 Low Rd",
        lat: 53.2,
      }),
    ]);
  });
});
