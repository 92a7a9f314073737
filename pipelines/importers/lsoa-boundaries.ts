import type { DuckDBConnection } from "@duckdb/node-api";
import { foreignCrs, readPolygonGeometry, WGS84_FIX } from "../geo/geojson-geometry.ts";
import type { Shape } from "../geo/shape.ts";
import { PipelineInputError } from "../pipeline-input-error.ts";
import { appendRows } from "./append-rows.ts";
import type { FileStart, Importer, RecognisedInput } from "./importer.ts";
import { inputPath } from "./input-path.ts";
import { jsonInputFailure } from "./json-input-failure.ts";
import { jsonValueAt, locateForMessage, readJsonInput } from "./json-text.ts";

/**
 * ONS LSOA boundaries as GeoJSON (Open Geography portal downloads, and copies of them such as Trafford Data
 * Lab's): a FeatureCollection of Polygon or MultiPolygon features whose properties carry the LSOA code.
 * ONS names the property by vintage (`LSOA11CD`, `LSOA21CD`, lower case in some exports); re-publishers use
 * `area_code` or `lsoa_code`, which are taken only when their values look like LSOA codes.
 */
const NAMED_CODE_PROPERTIES = [
  "LSOA21CD",
  "lsoa21cd",
  "LSOA11CD",
  "lsoa11cd",
  "LSOA01CD",
  "lsoa01cd",
] as const;
const GENERIC_CODE_PROPERTIES = ["area_code", "lsoa_code", "LSOA_CODE", "code"] as const;
const NAME_PROPERTIES = [
  "LSOA21NM",
  "lsoa21nm",
  "LSOA11NM",
  "lsoa11nm",
  "LSOA01NM",
  "lsoa01nm",
  "area_name",
  "lsoa_name",
  "LSOA_NAME",
  "name",
];
const LSOA_CODE = /^[EWS]01[0-9]{6}$/;
/** The last 2011 LSOA code; higher E01 codes exist only among 2021 LSOAs. */
const LAST_2011_CODE = "E01033768";

const FIX_PROPERTY = `give each feature its LSOA code in a property named ${NAMED_CODE_PROPERTIES.slice(0, 3).join(", ")} or area_code, as ONS Open Geography downloads do`;

type CodeProperty = { name: string; vintage: string | null };

/** Which property of the first feature holds the LSOA code, judged from its name and value. */
function codeProperty(properties: unknown): CodeProperty | null {
  if (properties === null || typeof properties !== "object") return null;
  const record = properties as Record<string, unknown>;
  const named = NAMED_CODE_PROPERTIES.find((name) => name in record);
  if (named !== undefined) return { name: named, vintage: `20${named.slice(4, 6)}` };
  const generic = GENERIC_CODE_PROPERTIES.find(
    (name) =>
      typeof record[name] === "string" && LSOA_CODE.test((record[name] as string).trim().toUpperCase()),
  );
  return generic === undefined ? null : { name: generic, vintage: null };
}

export const lsoaBoundaries: Importer = {
  kind: "lsoa-boundaries",
  title: "ONS LSOA boundaries (GeoJSON)",
  columns: [],

  recogniseContent(start: FileStart) {
    if (!/"type"\s*:\s*"FeatureCollection"/.test(start.text)) return false;
    const geometryType = jsonValueAt(start.text, ["features", 0, "geometry", "type"]);
    if (geometryType !== undefined && geometryType !== "Polygon" && geometryType !== "MultiPolygon")
      return false;
    return codeProperty(jsonValueAt(start.text, ["features", 0, "properties"])) !== null;
  },

  async createTables(db: DuckDBConnection) {
    await db.run(`CREATE TABLE lsoa_boundaries_staged (
      source_file INTEGER, feature INTEGER, lsoa_code VARCHAR, lsoa_name VARCHAR, vintage VARCHAR)`);
  },

  async load(db: DuckDBConnection, input: RecognisedInput) {
    const { text, value } = await readJsonInput(input.path);
    const fail = jsonInputFailure(input.path, text);
    const collection = value as Record<string, unknown>;
    const features = collection?.features;
    if (collection?.type !== "FeatureCollection" || !Array.isArray(features) || features.length === 0) {
      fail([], {
        expected: "a GeoJSON FeatureCollection with at least one feature",
        found: Array.isArray(features) ? "no features" : "no features array",
        fix: "export the boundaries again as GeoJSON",
      });
    }
    const crs = foreignCrs(collection);
    if (crs !== null) {
      fail(["crs"], {
        expected: "WGS84 longitude/latitude (CRS84 or EPSG:4326)",
        found: `the CRS "${crs}"`,
        fix: WGS84_FIX,
      });
    }
    const list = features as unknown[];
    const first = list[0] as { properties?: unknown } | undefined;
    const property = codeProperty(first?.properties);
    if (property === null) {
      const found =
        first?.properties && typeof first.properties === "object" ? Object.keys(first.properties) : [];
      fail(["features", 0, "properties"], {
        expected: "an LSOA code property on each feature",
        found:
          found.length === 0
            ? "no properties"
            : `only the properties ${found.map((name) => `"${name}"`).join(", ")}`,
        fix: FIX_PROPERTY,
      });
    }
    const codeName = (property as CodeProperty).name;
    const seen = new Map<string, number>();
    const rows: (string | number | null)[][] = [];
    const shapes = new Map<string, Shape>();
    for (const [index, feature] of list.entries()) {
      const properties = (feature as { properties?: unknown })?.properties;
      const record =
        properties !== null && typeof properties === "object" ? (properties as Record<string, unknown>) : {};
      const raw = record[codeName];
      const code = typeof raw === "string" ? raw.trim().toUpperCase() : "";
      if (!LSOA_CODE.test(code)) {
        fail(["features", index, "properties", ...(raw === undefined ? [] : [codeName])], {
          expected: `an LSOA code such as E01012345 in the property "${codeName}"`,
          found:
            raw === undefined
              ? `a feature without it (properties: ${
                  Object.keys(record)
                    .map((name) => `"${name}"`)
                    .join(", ") || "none"
                })`
              : `${JSON.stringify(raw)}`,
          fix: `correct the feature, or remove it if it is not an LSOA; ${FIX_PROPERTY}`,
        });
      }
      const earlier = seen.get(code);
      if (earlier !== undefined) {
        fail(["features", index, "properties", codeName], {
          expected: "one feature per LSOA",
          found: `${code} again (first at line ${locateForMessage(text, ["features", earlier]).line})`,
          fix: "remove the repeated feature, or merge its parts into one MultiPolygon",
        });
      }
      seen.set(code, index);
      const geometry = readPolygonGeometry((feature as { geometry?: unknown })?.geometry, [
        "Polygon",
        "MultiPolygon",
      ]);
      if (!geometry.ok) fail(["features", index, "geometry", ...geometry.problem.path], geometry.problem);
      shapes.set(code, geometry.ok ? geometry.shape : []);
      const nameKey = NAME_PROPERTIES.find((name) => typeof record[name] === "string");
      rows.push([
        input.fileId,
        index,
        code,
        nameKey === undefined ? null : String(record[nameKey]).trim(),
        property?.vintage ?? null,
      ]);
    }
    const vintage =
      property?.vintage ??
      ([...seen.keys()].some((code) => code > LAST_2011_CODE && code.startsWith("E01")) ? "2021" : null);
    if (property?.vintage === null && vintage !== null) for (const row of rows) row[4] = vintage;
    await appendRows(
      db,
      "lsoa_boundaries_staged",
      ["INTEGER", "INTEGER", "VARCHAR", "VARCHAR", "VARCHAR"],
      rows,
    );
    return {
      rows: rows.length,
      shapes,
      periods: vintage === null ? [] : [`${vintage} LSOAs`],
      notes: [
        `LSOA code from the property "${codeName}"${vintage === null ? "; vintage not stated (2011 or 2021)" : ""}`,
      ],
    };
  },

  async checkAcrossFiles(db: DuckDBConnection, inputs: readonly RecognisedInput[]) {
    const repeated = (
      await db.runAndReadAll(`
        SELECT lsoa_code, list(source_file ORDER BY source_file) AS files
        FROM lsoa_boundaries_staged GROUP BY lsoa_code HAVING count(*) > 1 ORDER BY lsoa_code LIMIT 1`)
    ).getRowObjectsJS()[0];
    if (repeated === undefined) return;
    const files = (repeated.files as unknown[]).map((id) => inputPath(inputs, id));
    throw new PipelineInputError({
      file: files[1] ?? "",
      expected: "each LSOA in one boundary file only",
      found: `${String(repeated.lsoa_code)} in ${files.join(" and ")}`,
      fix: 'give one boundary file per build (of one LSOA vintage, 2011 or 2021), or list the other as "ignore" in pipeline-inputs.json',
    });
  },
};
