import { assetCsvImporter } from "./asset-csv.ts";
import {
  assetLsoaCodeRule,
  assetName,
  assetText,
  lastCheckedRule,
  latitudeRule,
  longitudeRule,
} from "./asset-value-rules.ts";
import type { ColumnSpec } from "./importer.ts";

/**
 * The project's community-asset template (README "Community asset CSV template"): one row per asset with
 * a name, what it is (`themes` and/or `category`) and where (`longitude` + `latitude`, `postcode` or
 * `lsoa_code`). Any other publisher's CSV can be read through it by naming its headings in
 * pipeline-inputs.json: {"kind": "community-assets", "columns": {"name": "Venue", "postcode": "Post code"}}.
 */
const text = (name: string, label: string, aliases: readonly string[], what: string): ColumnSpec => ({
  name,
  label,
  aliases,
  presence: "optional",
  rule: assetText(what),
});

export const communityAssetColumns: readonly ColumnSpec[] = [
  { name: "name", label: "name", aliases: ["Name", "asset_name"], presence: "required", rule: assetName },
  text("description", "description", ["Description"], "a short description"),
  {
    ...text("themes", "themes", ["theme", "Themes"], "themes separated by ;"),
    presence: { anyOf: "what" },
  },
  {
    ...text("category", "category", ["Category", "asset_type"], "what the asset is, e.g. food bank"),
    presence: { anyOf: "what" },
  },
  {
    name: "lon",
    label: "longitude",
    aliases: ["lon", "lng", "long"],
    presence: { anyOf: "where" },
    rule: longitudeRule,
  },
  { name: "lat", label: "latitude", aliases: ["lat"], presence: "optional", rule: latitudeRule },
  {
    ...text("postcode", "postcode", ["Postcode", "post_code"], "a UK postcode such as M33 7ZZ"),
    presence: { anyOf: "where" },
  },
  {
    name: "lsoa_code",
    label: "lsoa_code",
    aliases: ["LSOA code", "lsoa21cd", "lsoa11cd"],
    presence: { anyOf: "where" },
    rule: assetLsoaCodeRule,
  },
  text("address", "address", ["Address"], "the address"),
  text(
    "opening_times",
    "opening_times",
    ["opening times", "opening_hours", "Opening hours"],
    "opening times",
  ),
  text("contact", "contact", ["Contact", "telephone", "phone", "email"], "a phone number or email address"),
  text("website", "website", ["url", "Website"], "a web address"),
  text("source", "source", ["Source"], "who supplied the entry"),
  {
    name: "last_checked",
    label: "last_checked",
    aliases: ["last checked", "date_checked", "last_updated"],
    presence: "optional",
    rule: lastCheckedRule,
  },
  text("external_id", "id", ["asset_id"], "the asset's id in its source"),
];

export const communityAssetsCsv = assetCsvImporter({
  kind: "community-assets",
  title: "community assets (project CSV template)",
  category: null,
  source: "community asset list",
  columns: communityAssetColumns,
});
