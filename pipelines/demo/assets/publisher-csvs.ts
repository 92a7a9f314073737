import type { World } from "../world.ts";
import { type LineEnding, type WrittenFile, writeCsv } from "../writers/csv.ts";
import { fixed } from "../writers/number-format.ts";
import { type AssetLayout, assetCatalogue, type DemoAsset } from "./asset-catalogue.ts";
import { address, email, slug, telephone, website } from "./contact-details.ts";

/**
 * The publishers' asset CSVs, each in the layout of the real Trafford Data Lab file of that kind
 * (../shared/data/real/trafford), headers byte for byte: libraries and care homes with coordinates,
 * allotments with coordinates only, food banks, mental health services and pharmacies with postcodes only.
 * Their own quirks come too: "NA" for missing values, a local authority code on every row, CRLF line ends
 * in the food banks file.
 */
type Row = (asset: DemoAsset, world: World) => string[];

const la = (asset: DemoAsset, world: World) => {
  const lsoa = asset.lsoaIndex === null ? undefined : world.areas.lsoas[asset.lsoaIndex];
  const lad = lsoa === undefined ? undefined : world.areas.lads[lsoa.ladIndex];
  return { name: lad?.name ?? asset.town, code: lad?.code ?? "E07000999" };
};
const coordinate = (value: number | null) => (value === null ? "NA" : fixed(value, 6));

function publisherCsv(
  layout: AssetLayout,
  header: readonly string[],
  row: Row,
  lineEnding: LineEnding = "\n",
) {
  return (world: World, path: string, file: string): WrittenFile => {
    const assets = assetCatalogue(world).assets.filter((asset) => asset.layout === layout);
    return writeCsv(
      path,
      file,
      header,
      (emit) => {
        for (const asset of assets) emit(row(asset, world));
      },
      lineEnding,
    );
  };
}

export const writeLibraries = publisherCsv(
  "libraries",
  ["name", "address", "postcode", "type", "email", "website", "area_name", "area_code", "lon", "lat"],
  (asset, world) => [
    asset.name,
    address(asset),
    asset.postcode ?? "NA",
    asset.serial % 4 === 0 ? "Partnership run library" : "Local authority run library",
    email(asset),
    website(asset),
    la(asset, world).name,
    la(asset, world).code,
    coordinate(asset.lon),
    coordinate(asset.lat),
  ],
);

export const writeAllotments = publisherCsv("allotments", ["name", "osm_id", "lon", "lat"], (asset) => [
  asset.name,
  String(91_000_000_000 + asset.serial),
  coordinate(asset.lon),
  coordinate(asset.lat),
]);

export const writeFoodBanks = publisherCsv(
  "food-banks",
  [
    "Name",
    "Referral method",
    "Opening times",
    "Address",
    "Postcode",
    "Contact",
    "Website",
    "Area name",
    "Area code",
  ],
  (asset, world) => [
    asset.name,
    ["Not known", "Referral needed", "Drop-in", "Referral needed"][asset.serial % 4] ?? "Not known",
    asset.serial % 5 === 0 ? "NA" : `${["Monday", "Wednesday", "Friday"][asset.serial % 3]} 10am - 1pm`,
    address(asset),
    asset.postcode ?? "NA",
    email(asset),
    asset.serial % 6 === 0 ? "NA" : website(asset),
    la(asset, world).name,
    la(asset, world).code,
  ],
  // The GM food banks file, alone of these, has Windows line ends.
  "\r\n",
);

const MENTAL_HEALTH: Readonly<Record<string, string>> = {
  Mind: "Local mental health charity: advice, peer support groups and counselling.",
  "Wellbeing Hub": "Drop-in wellbeing activities, courses and a listening service.",
  "Anxiety Support Group": "Self-help group for people living with anxiety.",
  "Bereavement Service": "Free counselling for adults who have lost someone close.",
  "Hearing Voices Group": "Peer support group for people who hear voices.",
};

export const writeMentalHealthServices = publisherCsv(
  "mental-health",
  ["name", "description", "address", "postcode", "telephone", "website"],
  (asset) => [
    asset.name,
    Object.entries(MENTAL_HEALTH).find(([kind]) => asset.name.endsWith(kind))?.[1] ??
      "Mental health support.",
    address(asset),
    asset.postcode ?? "NA",
    telephone(asset),
    website(asset),
  ],
);

export const writeCareHomes = publisherCsv(
  "care-homes",
  [
    "name",
    "cqc_id",
    "type",
    "address",
    "postcode",
    "telephone",
    "website",
    "provider",
    "inspection_date",
    "cqc_webpage",
    "area_name",
    "area_code",
    "lon",
    "lat",
  ],
  (asset, world) => {
    const cqcId = `1-9${String(100_000_000 + asset.serial * 7919).slice(1)}`;
    return [
      asset.name,
      cqcId,
      asset.name.includes("Nursing") ? "Nursing homes" : "Residential homes",
      address(asset),
      asset.postcode ?? "NA",
      telephone(asset).replace(/ /g, ""),
      asset.serial % 2 === 0 ? "NA" : website(asset),
      `${slug(asset.town).replace(/-/g, " ")} care partnership`.replace(/^./, (letter) =>
        letter.toUpperCase(),
      ),
      asset.serial % 9 === 0 ? "NA" : `2023-${String(1 + (asset.serial % 12)).padStart(2, "0")}-15`,
      `https://example.org/cqc/location/${cqcId}`,
      la(asset, world).name,
      la(asset, world).code,
      coordinate(asset.lon),
      coordinate(asset.lat),
    ];
  },
);

const WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const writePharmacies = publisherCsv(
  "pharmacies",
  [
    "pharmacy_name",
    "address",
    "postcode",
    ...WEEK.map((day) => `opening_hours_${day}`),
    "organisation_data_service_code",
    "health_and_wellbeing_board",
    "ward_code",
    "ward_name",
    "locality",
    "la_code",
    "la_name",
  ],
  (asset, world) => {
    const late = asset.serial % 4 === 0;
    return [
      asset.name,
      address(asset),
      asset.postcode ?? "NA",
      ...WEEK.map((day) =>
        day === "sunday"
          ? late
            ? "10:00-16:00"
            : "CLOSED"
          : day === "saturday"
            ? "09:00-13:00"
            : late
              ? "08:00-22:00"
              : "09:00-18:00",
      ),
      `FQ${String(100 + asset.serial).padStart(3, "0")}`,
      la(asset, world).name,
      "E05999999",
      "Demo ward",
      "Central",
      la(asset, world).code,
      la(asset, world).name,
    ];
  },
);
