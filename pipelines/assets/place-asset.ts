import type { BoundarySet } from "../geo/boundary-set.ts";

/** Why an asset has no LSOA. Stable ids for the `assets` table; the detail text goes to the report. */
export const UNPLACED_REASONS = {
  outside_area: "outside the area",
  unknown_postcode: "postcode not in the postcode lookup",
  invalid_postcode: "not a UK postcode",
  no_postcode_lookup: "postcode only, and no postcode lookup given",
  no_boundaries: "coordinates only, and no LSOA boundaries given",
  no_location: "no coordinates, postcode or LSOA code",
} as const;
export type UnplacedReason = keyof typeof UNPLACED_REASONS;

export type PlacementMethod = "lsoa_code" | "coordinates" | "postcode";

/** Where an asset says it is, with what the postcode lookup knows about its postcode. */
export type AssetLocation = {
  lon: number | null;
  lat: number | null;
  postcode: string | null;
  lsoaCode: string | null;
  /** The lookup row for the postcode; `null` when no lookup was given, `"missing"` when it lacks the postcode. */
  lookup: PostcodeLookupRow | "missing" | null;
};

export type PostcodeLookupRow = {
  lsoa21: string | null;
  lsoa11: string | null;
  lsoaCode: string | null;
  lon: number | null;
  lat: number | null;
};

export type Placement = {
  lsoaCode: string | null;
  method: PlacementMethod | null;
  /** Coordinates to map the asset at: its own, else its postcode's. */
  lon: number | null;
  lat: number | null;
  /** The postcode tidied to ONS form ("M33 7ZZ"), or as given when it is not a postcode. */
  postcode: string | null;
  reason: UnplacedReason | null;
  detail: string | null;
};

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

/** "m337zz " → "M337ZZ": the key postcodes are matched on. */
export const postcodeKey = (postcode: string) => postcode.toUpperCase().replace(/\s+/g, "");

/**
 * Decides an asset's LSOA, most direct evidence first:
 * 1. an LSOA code given by the file (if the build has boundaries, it must be one of them);
 * 2. coordinates, by point-in-polygon against the boundaries;
 * 3. a postcode, through the lookup: the lookup's LSOA of the boundaries' vintage if the boundaries hold
 *    it, else the postcode's coordinates by point-in-polygon.
 * The first that succeeds places the asset. If none does, the first failure is the reason given, so an
 * asset whose coordinates fall outside the area is reported as outside even if its postcode is unknown.
 */
export function placeAsset(location: AssetLocation, boundaries: BoundarySet | null): Placement {
  const postcode = tidyPostcode(location.postcode);
  const lookup = typeof location.lookup === "object" ? location.lookup : null;
  const lon = location.lon ?? lookup?.lon ?? null;
  const lat = location.lat ?? lookup?.lat ?? null;
  // No closures here: this runs once per asset (42,000 in England), and each closure would cost an
  // allocation (and, under tsx, a name) per call.
  let failure: { reason: UnplacedReason; detail: string } | null = null;

  if (location.lsoaCode !== null) {
    if (boundaries === null || boundaries.index.has(location.lsoaCode)) {
      return placed(location.lsoaCode, "lsoa_code", lon, lat, postcode);
    }
    failure = { reason: "outside_area", detail: `LSOA ${location.lsoaCode} is not in the boundaries` };
  }
  const hasCoordinates =
    location.lon !== null && location.lat !== null && !(location.lon === 0 && location.lat === 0);
  if (hasCoordinates) {
    const found = locate(boundaries, location.lon as number, location.lat as number);
    if (found !== null) return placed(found, "coordinates", lon, lat, postcode);
    failure ??=
      boundaries === null
        ? { reason: "no_boundaries", detail: "has coordinates, but no LSOA boundaries were given" }
        : {
            reason: "outside_area",
            detail: outsideDetail(boundaries, location.lon as number, location.lat as number),
          };
  }
  if (location.postcode !== null) {
    const result = placeByPostcode(location, postcode ?? location.postcode, boundaries);
    if ("lsoaCode" in result) return placed(result.lsoaCode, "postcode", lon, lat, postcode);
    failure ??= result;
  }
  const first = failure ?? {
    reason: "no_location" as const,
    detail: "no coordinates, postcode or LSOA code",
  };
  return { lsoaCode: null, method: null, lon, lat, postcode, reason: first.reason, detail: first.detail };
}

function placed(
  lsoaCode: string,
  method: PlacementMethod,
  lon: number | null,
  lat: number | null,
  postcode: string | null,
): Placement {
  return { lsoaCode, method, lon, lat, postcode, reason: null, detail: null };
}

function placeByPostcode(
  location: AssetLocation,
  postcode: string,
  boundaries: BoundarySet | null,
): { lsoaCode: string } | { reason: UnplacedReason; detail: string } {
  if (!POSTCODE.test(postcodeKey(postcode))) {
    return { reason: "invalid_postcode", detail: `"${postcode}" is not a UK postcode` };
  }
  if (location.lookup === null) {
    return {
      reason: "no_postcode_lookup",
      detail: `has postcode ${postcode} only, and no postcode lookup was given`,
    };
  }
  if (location.lookup === "missing") {
    return { reason: "unknown_postcode", detail: `postcode ${postcode} is not in the postcode lookup` };
  }
  const row = location.lookup;
  const order =
    boundaries?.vintage === "2011"
      ? [row.lsoa11, row.lsoaCode, row.lsoa21]
      : [row.lsoa21, row.lsoaCode, row.lsoa11];
  const codes = order.filter((code): code is string => code !== null);
  const inBoundaries = codes.find((code) => boundaries === null || boundaries.index.has(code));
  if (inBoundaries !== undefined) return { lsoaCode: inBoundaries };
  if (row.lon !== null && row.lat !== null) {
    const found = locate(boundaries, row.lon, row.lat);
    if (found !== null) return { lsoaCode: found };
  }
  if (codes.length === 0 && (row.lon === null || boundaries === null)) {
    return {
      reason: "unknown_postcode",
      detail: `postcode ${postcode} has no LSOA or position in the lookup`,
    };
  }
  return {
    reason: "outside_area",
    detail: `postcode ${postcode} is in LSOA ${codes[0] ?? "(none given)"}, which is not in the boundaries`,
  };
}

function locate(boundaries: BoundarySet | null, lon: number, lat: number): string | null {
  if (boundaries === null) return null;
  const index = boundaries.locator.locate(lon, lat);
  return index < 0 ? null : (boundaries.codes[index] ?? null);
}

function outsideDetail(boundaries: BoundarySet, lon: number, lat: number): string {
  const swapped = boundaries.locator.locate(lat, lon) >= 0 ? " (longitude and latitude swapped?)" : "";
  return `coordinates ${lon}, ${lat} are outside every LSOA in the boundaries${swapped}`;
}

/** ONS form: upper case, one space before the inward code; text that is not a postcode is kept as given. */
function tidyPostcode(postcode: string | null): string | null {
  if (postcode === null) return null;
  const key = postcodeKey(postcode);
  return POSTCODE.test(key) ? `${key.slice(0, -3)} ${key.slice(-3)}` : postcode.trim();
}
