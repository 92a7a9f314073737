import { type AssetCsvLayout, assetCsvImporter } from "./asset-csv.ts";
import { assetName, assetText, latitudeRule, longitudeRule } from "./asset-value-rules.ts";
import type { ColumnSpec, Importer } from "./importer.ts";

/**
 * Publishers' own asset CSVs, each read through a declared mapping from the asset fields to its headings.
 * Every heading listed is required, so a file is taken for a layout only when its whole header is there;
 * headings not mapped to a field (`area_code`, `ward_name` …) are simply not read. The layouts are those of
 * the Trafford Data Lab open data (Trafford Council, CQC, NHS, GM food banks, OpenStreetMap allotments).
 *
 * To add a publisher, declare its mapping here; for a one-off file, map its headings to the template's
 * columns in pipeline-inputs.json instead (community-assets-csv.ts).
 */
type Mapping = Readonly<Partial<Record<string, string>>>;

const DAYS = [
  ["Mon", "monday"],
  ["Tue", "tuesday"],
  ["Wed", "wednesday"],
  ["Thu", "thursday"],
  ["Fri", "friday"],
  ["Sat", "saturday"],
  ["Sun", "sunday"],
] as const;

function spec(name: string, heading: string): ColumnSpec {
  const rule =
    name === "name"
      ? assetName
      : name === "lon"
        ? longitudeRule
        : name === "lat"
          ? latitudeRule
          : assetText(heading);
  return { name, label: heading, aliases: [], presence: "required", rule };
}

/** The asset fields' headings, plus headings that only serve to recognise the layout. */
function publisherLayout(
  layout: Omit<AssetCsvLayout, "columns"> & { fields: Mapping; recognisedBy?: readonly string[] },
): Importer {
  const columns = [
    ...Object.entries(layout.fields).map(([name, heading]) => spec(name, heading ?? name)),
    ...(layout.recognisedBy ?? []).map((heading, index) => spec(`recognised_${index}`, heading)),
  ];
  return assetCsvImporter({ ...layout, columns });
}

export const publisherAssetCsvs: readonly Importer[] = [
  publisherLayout({
    kind: "assets-trafford-libraries",
    title: "libraries (Trafford Council via Trafford Data Lab)",
    category: "library",
    source: "Trafford Council libraries (Trafford Data Lab)",
    fields: {
      name: "name",
      address: "address",
      postcode: "postcode",
      category: "type",
      contact: "email",
      website: "website",
      lon: "lon",
      lat: "lat",
    },
    recognisedBy: ["area_code"],
  }),
  publisherLayout({
    kind: "assets-osm-allotments",
    title: "allotments (OpenStreetMap via Trafford Data Lab)",
    category: "allotment",
    source: "OpenStreetMap allotments (Trafford Data Lab), © OpenStreetMap contributors, ODbL",
    fields: { name: "name", external_id: "osm_id", lon: "lon", lat: "lat" },
  }),
  publisherLayout({
    kind: "assets-gm-food-banks",
    title: "Greater Manchester food banks (Trafford Data Lab)",
    category: "food bank",
    source: "Greater Manchester food banks (Trafford Data Lab)",
    fields: {
      name: "Name",
      description: "Referral method",
      opening_times: "Opening times",
      address: "Address",
      postcode: "Postcode",
      contact: "Contact",
      website: "Website",
    },
    recognisedBy: ["Area code"],
    descriptionPrefix: "Referral: ",
  }),
  publisherLayout({
    kind: "assets-trafford-mental-health",
    title: "mental health services (Trafford Data Lab)",
    category: "mental health service",
    source: "Mental health services in and around Trafford (Trafford Data Lab)",
    fields: {
      name: "name",
      description: "description",
      address: "address",
      postcode: "postcode",
      contact: "telephone",
      website: "website",
    },
  }),
  publisherLayout({
    kind: "assets-cqc-care-homes",
    title: "care homes (CQC via Trafford Data Lab)",
    category: "care home",
    source: "Care Quality Commission care homes (Trafford Data Lab)",
    fields: {
      name: "name",
      external_id: "cqc_id",
      category: "type",
      address: "address",
      postcode: "postcode",
      contact: "telephone",
      website: "website",
      lon: "lon",
      lat: "lat",
    },
    recognisedBy: ["provider", "cqc_webpage"],
  }),
  publisherLayout({
    kind: "assets-nhs-pharmacies",
    title: "community pharmacies (NHS via Trafford Data Lab)",
    category: "pharmacy",
    source: "NHS community pharmacies (Trafford Data Lab)",
    fields: {
      name: "pharmacy_name",
      address: "address",
      postcode: "postcode",
      external_id: "organisation_data_service_code",
      ...Object.fromEntries(DAYS.map(([, day]) => [`opening_${day}`, `opening_hours_${day}`])),
    },
    openingByDay: DAYS.map(([label, day]) => ({ day: label, column: `opening_${day}` })),
  }),
];
