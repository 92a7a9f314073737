import type { DuckDBConnection } from "@duckdb/node-api";
import { type AssetRow, appendAssetRows, createAssetRowsTable, emptyAsset } from "../assets/asset-rows.ts";
import { readPolygonGeometry } from "../geo/geojson-geometry.ts";
import { representativePoint } from "../geo/representative-point.ts";
import type { FileStart, Importer, RecognisedInput } from "./importer.ts";
import { jsonInputFailure } from "./json-input-failure.ts";
import { type JsonPath, jsonValueAt, readJsonInput } from "./json-text.ts";

/**
 * OpenStreetMap features as GeoJSON: an Overpass Turbo export (tags flat in `properties`, `@id` like
 * "node/123") or osmtogeojson's older shape (tags under `properties.tags`). Points are placed where they
 * are; areas (an allotment site, a park) at a point inside them; lines at their middle vertex.
 *
 * A feature is a community asset when it carries one of the tags below; others (untagged nodes of ways,
 * benches) are left out and counted in the report.
 */
const ASSET_KEYS = ["social_facility", "healthcare", "amenity", "leisure", "shop", "club", "sport"] as const;
/** Tags kept on the asset for the theme rules and for the page, besides the name and contact details. */
const KEPT_KEYS = [
  ...ASSET_KEYS,
  "landuse",
  "social_facility:for",
  "healthcare:speciality",
  "community_centre",
];
const SOURCE = "OpenStreetMap contributors (ODbL)";

type Tags = Record<string, unknown>;

function tagsOf(properties: unknown): Tags {
  if (properties === null || typeof properties !== "object") return {};
  const record = properties as Tags;
  return record.tags !== null && typeof record.tags === "object" ? (record.tags as Tags) : record;
}

const isAsset = (tags: Tags) =>
  ASSET_KEYS.some((key) => typeof tags[key] === "string") || tags.landuse === "allotments";

const humanise = (value: string) => value.replace(/_/g, " ");

export const osmGeojson: Importer = {
  kind: "osm-geojson",
  title: "OpenStreetMap features (GeoJSON, e.g. an Overpass Turbo export)",
  columns: [],

  recogniseContent(start: FileStart) {
    if (!/"type"\s*:\s*"FeatureCollection"/.test(start.text)) return false;
    const feature = jsonValueAt(start.text, ["features", 0]) as
      | { id?: unknown; properties?: unknown }
      | undefined;
    if (feature === undefined) return /"@id"\s*:\s*"(node|way|relation)\//.test(start.text);
    const properties = (feature.properties ?? {}) as Tags;
    const osmId = /^(node|way|relation)\/\d+$/;
    return (
      osmId.test(String(feature.id ?? "")) ||
      osmId.test(String(properties["@id"] ?? "")) ||
      (typeof properties.tags === "object" && properties.tags !== null) ||
      isAsset(tagsOf(properties))
    );
  },

  createTables: createAssetRowsTable,

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const { text, value } = await readJsonInput(input.path);
    const fail = jsonInputFailure(input.path, text);
    const features = (value as { features?: unknown })?.features;
    if (!Array.isArray(features)) {
      fail([], {
        expected: "a GeoJSON FeatureCollection",
        found: "no features array",
        fix: "export the data again as GeoJSON",
      });
    }
    const assets: { row: number; asset: AssetRow }[] = [];
    let leftOut = 0;
    for (const [index, feature] of (features as unknown[]).entries()) {
      const record = (feature ?? {}) as { id?: unknown; properties?: unknown; geometry?: unknown };
      const tags = tagsOf(record.properties);
      if (!isAsset(tags)) {
        leftOut++;
        continue;
      }
      const point = featurePoint(record.geometry);
      if ("problem" in point) {
        fail(["features", index, "geometry", ...point.problem.path], point.problem);
      }
      const key = ASSET_KEYS.find((candidate) => typeof tags[candidate] === "string");
      const kind = key === undefined ? "allotments" : String(tags[key]);
      const tag = (name: string) =>
        typeof tags[name] === "string" && tags[name] !== "" ? (tags[name] as string) : null;
      const asset = emptyAsset(tag("name") ?? `${humanise(kind)} (unnamed)`);
      const properties = (record.properties ?? {}) as Tags;
      asset.external_id = String(
        record.id ??
          properties["@id"] ??
          (properties.type && properties.id ? `${properties.type}/${properties.id}` : `feature ${index + 1}`),
      );
      asset.description = tag("description");
      asset.category = humanise(kind);
      asset.tags = KEPT_KEYS.filter((name) => tag(name) !== null)
        .map((name) => `${name}=${tag(name)}`)
        .join("; ");
      if ("lon" in point) {
        asset.lon = point.lon;
        asset.lat = point.lat;
      }
      asset.postcode = tag("addr:postcode");
      const street = [tag("addr:housenumber"), tag("addr:street")].filter((part) => part !== null).join(" ");
      asset.address =
        [street, tag("addr:city")].filter((part) => part !== null && part !== "").join(", ") || null;
      asset.opening_times = tag("opening_hours");
      asset.contact = tag("phone") ?? tag("contact:phone") ?? tag("email") ?? tag("contact:email");
      asset.website = tag("website") ?? tag("contact:website") ?? tag("url");
      asset.source = SOURCE;
      assets.push({ row: index, asset });
    }
    await appendAssetRows(db, input.fileId, osmGeojson.kind, assets);
    const notes =
      leftOut === 0
        ? []
        : [
            `${leftOut} ${leftOut === 1 ? "feature" : "features"} with none of the tags ${ASSET_KEYS.join(", ")} or landuse=allotments left out (not community assets)`,
          ];
    return { rows: assets.length, periods: [], notes };
  },
};

type FeaturePoint =
  | { lon: number; lat: number }
  | { none: true }
  | { problem: { path: JsonPath; expected: string; found: string; fix: string } };

function featurePoint(geometry: unknown): FeaturePoint {
  if (geometry === null || geometry === undefined) return { none: true };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === "Point" || type === "LineString") {
    const positions = type === "Point" ? [coordinates] : Array.isArray(coordinates) ? coordinates : [];
    const middle = Math.floor(positions.length / 2);
    const position = positions[middle];
    const path: JsonPath = type === "Point" ? ["coordinates"] : ["coordinates", middle];
    if (!Array.isArray(position) || typeof position[0] !== "number" || typeof position[1] !== "number") {
      return {
        problem: {
          path,
          expected: "a position [longitude, latitude]",
          found: JSON.stringify(position),
          fix: "export the data again",
        },
      };
    }
    const [lon, lat] = position as [number, number];
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      return {
        problem: {
          path,
          expected: "WGS84 longitude and latitude in degrees",
          found: `[${lon}, ${lat}]`,
          fix: "export the data in WGS84 (EPSG:4326), as Overpass Turbo does",
        },
      };
    }
    return { lon, lat };
  }
  if (type === "Polygon" || type === "MultiPolygon") {
    const read = readPolygonGeometry(geometry, ["Polygon", "MultiPolygon"]);
    if (!read.ok) return { problem: read.problem };
    const [lon, lat] = representativePoint(read.shape);
    return { lon, lat };
  }
  return { none: true };
}
