import type { JsonPath } from "./json-text.ts";

/**
 * The shapes Open Referral services come in, brought to one: nested services (Open Referral UK 1.0 API
 * pages, HSDS 3 API pages, a single service) and HSDS tabular JSON (one array per table, joined by ids).
 * Fields are read loosely, as directories fill them unevenly; `path` says where each service and location
 * sits in the file, so an error can point at its line.
 */
export type OpenReferralLocation = {
  id: string | null;
  name: string | null;
  lon: number | null;
  lat: number | null;
  postcode: string | null;
  address: string | null;
  path: JsonPath;
};

export type OpenReferralService = {
  id: string;
  name: string | null;
  description: string | null;
  status: string | null;
  organisation: string | null;
  website: string | null;
  contact: string | null;
  openingTimes: string | null;
  lastChecked: string | null;
  terms: string[];
  locations: OpenReferralLocation[];
  path: JsonPath;
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | null => {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
};
const number = (value: unknown): number | null => {
  const parsed = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : null;
};
/** The array under the first of `keys` the object has (HSDS tabular JSON uses singular or plural names). */
const table = (root: Json, ...keys: string[]): { key: string; rows: Json[] } => {
  const key = keys.find((candidate) => Array.isArray(root[candidate])) ?? keys[0] ?? "";
  return { key, rows: list(root[key]) };
};

export function normaliseOpenReferral(value: unknown): OpenReferralService[] | null {
  if (Array.isArray(value)) return list(value).map((service, index) => nestedService(service, [index]));
  if (!isObject(value)) return null;
  for (const key of ["content", "contents", "items", "data"]) {
    if (Array.isArray(value[key]))
      return list(value[key]).map((service, index) => nestedService(service, [key, index]));
  }
  const services = table(value, "service", "services");
  if (services.rows.length > 0) {
    const tabular = ["location", "locations", "service_at_location", "service_at_locations"].some((key) =>
      Array.isArray(value[key]),
    );
    return tabular
      ? tabularServices(value, services)
      : services.rows.map((service, index) => nestedService(service, [services.key, index]));
  }
  if ("service_at_locations" in value || ("name" in value && "organization" in value)) {
    return [nestedService(value, [])];
  }
  return null;
}

function nestedService(service: Json, path: JsonPath): OpenReferralService {
  const locations = list(service.service_at_locations).flatMap((at, index) =>
    isObject(at.location)
      ? [location(at.location, [...path, "service_at_locations", index, "location"])]
      : [],
  );
  const direct = list(service.locations).map((place, index) =>
    location(place, [...path, "locations", index]),
  );
  const terms = [
    ...list(service.service_taxonomys).map((link) =>
      isObject(link.taxonomy) ? text(link.taxonomy.name) : null,
    ),
    ...list(service.attributes).map((link) =>
      isObject(link.taxonomy_term) ? text(link.taxonomy_term.name) : null,
    ),
    ...list(service.taxonomies).map((term) => text(term.name)),
  ].filter((term): term is string => term !== null);
  const phones = [
    ...list(service.phones),
    ...list(service.contacts).flatMap((contact) => list(contact.phones)),
  ];
  return {
    ...common(service, path),
    organisation: isObject(service.organization) ? text(service.organization.name) : null,
    contact:
      text(service.email) ??
      text(phones[0]?.number) ??
      list(service.contacts)
        .map((contact) => text(contact.email))
        .find((email) => email !== null) ??
      null,
    openingTimes: openingTimes([...list(service.regular_schedules), ...list(service.schedules)]),
    terms: [...new Set(terms)],
    locations: [...locations, ...direct],
  };
}

function common(service: Json, path: JsonPath) {
  const modified = text(service.last_modified) ?? text(service.assured_date);
  return {
    id: text(service.id) ?? formatPath(path),
    name: text(service.name),
    description: text(service.description),
    status: text(service.status),
    website: text(service.url) ?? text(service.website),
    lastChecked: modified === null ? null : modified.slice(0, 10),
    path,
  };
}

const formatPath = (path: JsonPath) => path.join(".") || "service";

function location(place: Json, path: JsonPath, addresses: Json[] = []): OpenReferralLocation {
  const address = [...list(place.physical_addresses), ...list(place.addresses), ...addresses][0];
  const street =
    address === undefined ? [] : [text(address.address_1), text(address.address_2), text(address.city)];
  return {
    id: text(place.id),
    name: text(place.name),
    lat: number(place.latitude),
    lon: number(place.longitude),
    postcode: text(address?.postal_code) ?? text(place.postcode),
    address: street.filter((part) => part !== null).join(", ") || null,
    path,
  };
}

/** "Monday 09:00–17:00; Tuesday …" from regular schedules, or each schedule's own description. */
function openingTimes(schedules: Json[]): string | null {
  const parts = schedules
    .map((schedule) => {
      const day = text(schedule.weekday) ?? text(schedule.byday);
      const opens = text(schedule.opens_at);
      const closes = text(schedule.closes_at);
      if (day !== null && opens !== null && closes !== null)
        return `${day} ${opens.slice(0, 5)}–${closes.slice(0, 5)}`;
      return text(schedule.description);
    })
    .filter((part): part is string => part !== null);
  return parts.length === 0 ? null : [...new Set(parts)].join("; ");
}

function tabularServices(root: Json, services: { key: string; rows: Json[] }): OpenReferralService[] {
  const locations = table(root, "location", "locations");
  const atLocations = table(root, "service_at_location", "service_at_locations").rows;
  const addresses = [
    ...table(root, "address", "addresses").rows,
    ...table(root, "physical_address", "physical_addresses").rows,
  ];
  const terms = new Map(
    [
      ...table(root, "taxonomy_term", "taxonomy_terms").rows,
      ...table(root, "taxonomy", "taxonomies").rows,
    ].map((term) => [text(term.id), text(term.name)]),
  );
  const links = [
    ...table(root, "attribute", "attributes").rows.map((link) => [
      text(link.link_id),
      text(link.taxonomy_term_id),
    ]),
    ...table(root, "service_taxonomy", "service_taxonomies", "service_taxonomys").rows.map((link) => [
      text(link.service_id),
      text(link.taxonomy_id),
    ]),
  ];
  const phones = table(root, "phone", "phones").rows;
  const schedules = [
    ...table(root, "schedule", "schedules").rows,
    ...table(root, "regular_schedule", "regular_schedules").rows,
  ];
  return services.rows.map((service, index) => {
    const id = text(service.id);
    const placed = atLocations
      .filter((at) => id !== null && text(at.service_id) === id)
      .flatMap((at) => {
        const position = locations.rows.findIndex((place) => text(place.id) === text(at.location_id));
        const place = locations.rows[position];
        if (place === undefined) return [];
        const placeAddresses = addresses.filter((address) => text(address.location_id) === text(place.id));
        return [location(place, [locations.key, position], placeAddresses)];
      });
    const serviceTerms = links
      .filter(([serviceId]) => id !== null && serviceId === id)
      .map(([, termId]) => terms.get(termId ?? null) ?? null)
      .filter((term): term is string => term !== null);
    return {
      ...common(service, [services.key, index]),
      organisation: null,
      contact: text(service.email) ?? text(phones.find((phone) => text(phone.service_id) === id)?.number),
      openingTimes: openingTimes(schedules.filter((schedule) => text(schedule.service_id) === id)),
      terms: [...new Set(serviceTerms)],
      locations: placed,
    };
  });
}
