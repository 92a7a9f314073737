import { communityAssetColumns } from "../../importers/community-assets-csv.ts";
import type { World } from "../world.ts";
import { type WrittenFile, writeCsv } from "../writers/csv.ts";
import { fixed } from "../writers/number-format.ts";
import { assetCatalogue, type DemoAsset } from "./asset-catalogue.ts";
import { address, email, telephone } from "./contact-details.ts";

/**
 * `community-assets.csv`: the project's own template (README "Community asset CSV template"), as a
 * community development worker would keep it: groups and activities, some located by coordinates, some by
 * postcode, some only by LSOA; half with their themes filled in, half left for the keyword rules. Its
 * headings are the importer's (community-assets-csv.ts), less the optional publisher `id` a worker's list lacks.
 */
export const templateHeader = communityAssetColumns
  .filter((column) => column.name !== "external_id")
  .map((column) => column.label);

/** What each kind of group is, and the themes a worker would tick for it. */
const GROUPS: Readonly<Record<string, { description: string; themes: string; times: string }>> = {
  "Walking Group": {
    description: "Friendly led walks of about an hour at an easy pace; all welcome.",
    themes: "physical_activity; social_connection",
    times: "Wednesdays 10:00",
  },
  "Lunch Club": {
    description: "Hot two-course lunch and company for older residents.",
    themes: "older_people; social_connection",
    times: "Tuesdays and Fridays 12:00–14:00",
  },
  "Men's Shed": {
    description: "Woodwork, repairs and a brew: a place for men to make things and talk.",
    themes: "social_connection; mental_wellbeing",
    times: "Mondays and Thursdays 09:30–15:00",
  },
  "Carers' Café": {
    description: "Drop-in for unpaid carers: advice, a break and peer support.",
    themes: "carers",
    times: "First Saturday of the month 10:00–12:00",
  },
  "Digital Drop-in": {
    description: "Help with phones, tablets and getting online; devices to borrow.",
    themes: "digital_inclusion",
    times: "Thursdays 13:00–15:00",
  },
  "Cook and Eat Class": {
    description: "Six-week course: cooking healthy meals on a budget.",
    themes: "diabetes_healthy_eating; money_food_housing",
    times: "Mondays 18:00–20:00",
  },
  "Knit and Natter": {
    description: "Knitting, crochet and conversation.",
    themes: "social_connection",
    times: "Wednesdays 14:00–16:00",
  },
  "Chair-based Exercise": {
    description: "Gentle exercise to music for people with limited mobility; falls prevention.",
    themes: "physical_activity; older_people",
    times: "Fridays 11:00",
  },
  "Memory Café": {
    description: "A welcoming café for people living with dementia and those who care for them.",
    themes: "older_people; carers",
    times: "Second Tuesday of the month 14:00–16:00",
  },
  "Community Fridge": {
    description: "Surplus food shared free with anyone who needs it.",
    themes: "money_food_housing",
    times: "Daily 10:00–18:00",
  },
};

export function writeCommunityAssetsTemplate(world: World, path: string, file: string): WrittenFile {
  const assets = assetCatalogue(world).assets.filter((asset) => asset.layout === "template");
  return writeCsv(path, file, templateHeader, (emit) => {
    for (const asset of assets) emit(templateRow(world, asset));
  });
}

function templateRow(world: World, asset: DemoAsset): string[] {
  const group = Object.entries(GROUPS).find(([kind]) => asset.name.endsWith(kind))?.[1];
  // Located in three ways in turn; the deliberately unplaceable rows keep only what they were made with.
  const mode =
    asset.unplaceable !== null
      ? "as-made"
      : (["coordinates", "coordinates", "postcode", "lsoa"] as const)[asset.serial % 4];
  const lsoa = asset.lsoaIndex === null ? null : world.areas.lsoas[asset.lsoaIndex];
  const withCoordinates =
    (mode === "coordinates" || mode === "as-made") && asset.lon !== null && asset.lat !== null;
  return [
    asset.name,
    group?.description ?? "",
    asset.serial % 2 === 0 ? (group?.themes ?? "") : "",
    "community group",
    withCoordinates ? fixed(asset.lon as number, 6) : "",
    withCoordinates ? fixed(asset.lat as number, 6) : "",
    mode === "postcode" || mode === "as-made" ? (asset.postcode ?? "") : "",
    mode === "lsoa" ? (lsoa?.code ?? "") : "",
    asset.unplaceable === "no-location" ? "" : address(asset),
    group?.times ?? "",
    asset.serial % 3 === 0 ? email(asset) : telephone(asset),
    "",
    "Demo voluntary sector directory",
    `2024-0${1 + (asset.serial % 3)}-${String(1 + (asset.serial % 28)).padStart(2, "0")}`,
  ];
}
