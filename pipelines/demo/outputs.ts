import { writeCommunityAssetsTemplate } from "./assets/community-assets-template.ts";
import { writeOpenReferral } from "./assets/open-referral.ts";
import { writeOsmGeojson } from "./assets/osm-geojson.ts";
import { writePostcodeLookup } from "./assets/postcode-lookup.ts";
import { writePracticeList } from "./assets/practice-list.ts";
import {
  writeAllotments,
  writeCareHomes,
  writeFoodBanks,
  writeLibraries,
  writeMentalHealthServices,
  writePharmacies,
} from "./assets/publisher-csvs.ts";
import { writeCensusTable } from "./census.ts";
import { censusTables } from "./census-tables.ts";
import { writePracticeImd, writeQofIndicator } from "./fingertips.ts";
import { practiceImdIndicator, qofIndicators } from "./fingertips-indicators.ts";
import { writeRegistrationsByLsoa, writeRegistrationsBySingleAge } from "./gp-registrations.ts";
import { writeImdFile7 } from "./imd-file7.ts";
import { writeLsoaBoundaries } from "./lsoa-boundaries.ts";
import { writePracticeLookup } from "./practice-lookup.ts";
import type { World } from "./world.ts";
import type { WrittenFile } from "./writers/csv.ts";

/**
 * Every file the demo writes, each in an official layout the pipeline's importers read, each a view of the
 * one world model. File names follow the publishers' own where they have one.
 *
 * Community-asset files (the CSV template, OSM GeoJSON, Open Referral UK JSON, publishers' CSVs) and the
 * postcode lookup are written by modules under `pipelines/demo/assets/` from the same world.
 */
export interface DemoOutput {
  readonly file: string;
  readonly write: (world: World, path: string, file: string) => WrittenFile;
}

export const demoOutputs: readonly DemoOutput[] = [
  { file: "gp-reg-pat-prac-lsoa-all.csv", write: writeRegistrationsByLsoa },
  { file: "gp-reg-pat-prac-sing-age.csv", write: writeRegistrationsBySingleAge },
  { file: "practice-pcn-icb.csv", write: writePracticeLookup },
  { file: "imd2019-file7.csv", write: writeImdFile7 },
  { file: "lsoa-boundaries.geojson", write: writeLsoaBoundaries },
  ...qofIndicators.map(
    (indicator): DemoOutput => ({
      file: indicator.file,
      write: (world, path, file) => writeQofIndicator(indicator, world, path, file),
    }),
  ),
  { file: practiceImdIndicator.file, write: writePracticeImd },
  ...censusTables.map(
    (table): DemoOutput => ({
      file: table.file,
      write: (world, path, file) => writeCensusTable(table, world, path, file),
    }),
  ),
  // Community assets in each layout the pipeline reads, and the postcode lookup that places those with
  // postcodes only (pipelines/demo/assets/).
  { file: "postcode-lookup.csv", write: writePostcodeLookup },
  { file: "gp-practice-list.csv", write: writePracticeList },
  { file: "community-assets.csv", write: writeCommunityAssetsTemplate },
  { file: "osm-community-places.geojson", write: writeOsmGeojson },
  { file: "open-referral-services.json", write: writeOpenReferral },
  { file: "libraries.csv", write: writeLibraries },
  { file: "allotments.csv", write: writeAllotments },
  { file: "food-banks.csv", write: writeFoodBanks },
  { file: "mental-health-services.csv", write: writeMentalHealthServices },
  { file: "care-homes.csv", write: writeCareHomes },
  { file: "pharmacies.csv", write: writePharmacies },
];
