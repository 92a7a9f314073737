import type { DuckDBConnection } from "@duckdb/node-api";
import { type AssetRow, appendAssetRows, createAssetRowsTable, emptyAsset } from "../assets/asset-rows.ts";
import type { FileStart, Importer, RecognisedInput } from "./importer.ts";
import { type FailAt, jsonInputFailure } from "./json-input-failure.ts";
import { readJsonInput } from "./json-text.ts";
import { normaliseOpenReferral, type OpenReferralService } from "./open-referral-shapes.ts";

/**
 * Open Referral UK / HSDS service directories as JSON, in any of the shapes publishers serve:
 * - an API page of services (`{"content": [...]}` in Open Referral UK 1.0, `{"contents": [...]}` in HSDS 3),
 *   a bare array of services, or one service;
 * - the "tabular" JSON of HSDS: `service`, `location`, `service_at_location`, `address`/`physical_address`,
 *   `taxonomy_term`/`taxonomy` with `attribute`/`service_taxonomy` links (singular or plural keys).
 *
 * Each service at each of its locations is one asset (a service with no location is still listed, and
 * reported as having none). Taxonomy terms (Open Referral UK's `service_taxonomys`, HSDS 3 `attributes`)
 * feed the theme rules. Services whose status is inactive or defunct are left out and counted.
 */
export const openReferral: Importer = {
  kind: "open-referral",
  title: "Open Referral UK / HSDS services (JSON)",
  columns: [],

  recogniseContent(start: FileStart) {
    return (
      /"service_at_locations?"\s*:/.test(start.text) ||
      /"service_taxonom(y|ys|ies)"\s*:/.test(start.text) ||
      /^\s*\{\s*"services?"\s*:\s*\[/.test(start.text)
    );
  },

  createTables: createAssetRowsTable,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const { text, value } = await readJsonInput(input.path);
    const normalised = normaliseOpenReferral(value);
    const fail = jsonInputFailure(input.path, text);
    if (normalised === null) {
      fail([], {
        expected:
          'Open Referral services: a page ({"content": [...]}), an array of services, or HSDS tabular JSON',
        found: "none of these",
        fix: "download the services again from the directory's /services endpoint",
      });
    }
    const services = normalised ?? [];
    const assets: { row: number; asset: AssetRow }[] = [];
    let inactive = 0;
    for (const [index, service] of services.entries()) {
      if (service.name === null) {
        fail([...service.path, "name"], {
          expected: "a name for every service",
          found: "a service without one",
          fix: "give the service a name, or remove it",
        });
      }
      if (service.status !== null && /inactive|defunct|closed/i.test(service.status)) {
        inactive++;
        continue;
      }
      const locations = service.locations.length > 0 ? service.locations : [null];
      for (const location of locations) {
        if (location !== null) checkCoordinates(location, fail);
        assets.push({ row: index, asset: assetOf(service, location) });
      }
    }
    await appendAssetRows(db, input.fileId, openReferral.kind, assets);
    return {
      rows: assets.length,
      periods: [],
      notes:
        inactive === 0
          ? []
          : [`${inactive} ${inactive === 1 ? "service" : "services"} marked inactive or defunct left out`],
    };
  },
};

function checkCoordinates(location: OpenReferralService["locations"][number], fail: FailAt): void {
  const { lon, lat } = location;
  if (lon === null && lat === null) return;
  if (lon === null || lat === null || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    fail(location.path, {
      expected: "a location's latitude and longitude in WGS84 degrees",
      found: `latitude ${String(lat)}, longitude ${String(lon)}`,
      fix: "correct the location's coordinates in the directory, or remove them and give a postcode",
    });
  }
}

function assetOf(
  service: OpenReferralService,
  location: OpenReferralService["locations"][number] | null,
): AssetRow {
  const asset = emptyAsset(service.name ?? "");
  asset.external_id = location === null || location.id === null ? service.id : `${service.id}@${location.id}`;
  asset.description = service.description;
  asset.category = service.organisation === null ? null : `service of ${service.organisation}`;
  asset.tags = service.terms.map((term) => `taxonomy=${term.replace(/;/g, ",")}`).join("; ") || null;
  asset.opening_times = service.openingTimes;
  asset.contact = service.contact;
  asset.website = service.website;
  asset.source = "Open Referral UK service directory";
  asset.last_checked = service.lastChecked;
  if (location !== null) {
    asset.lon = location.lon;
    asset.lat = location.lat;
    asset.postcode = location.postcode;
    asset.address = location.address;
    if (location.name !== null && location.name !== service.name) {
      asset.address = [location.name, location.address].filter((part) => part !== null).join(", ");
    }
  }
  return asset;
}
