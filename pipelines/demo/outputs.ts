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
 * Community-asset files (Open Referral UK JSON, OSM GeoJSON, the CSV template) are to join this list as
 * further entries, written by modules under `pipelines/demo/assets/` from the same world (practice
 * catchments, LSOA polygons, postcodes).
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
];
