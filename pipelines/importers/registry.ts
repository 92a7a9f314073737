import { census2021Nomis } from "./census/census-2021-nomis.ts";
import { census2021Tidy } from "./census/census-2021-tidy.ts";
import { communityAssetsCsv } from "./community-assets-csv.ts";
import { epcnWorkbook } from "./epcn-workbook.ts";
import { fingertipsExport } from "./fingertips-export.ts";
import { gpPracticeList } from "./gp-practice-list.ts";
import { gpRegistrationsByAge } from "./gp-registrations-by-age.ts";
import { gpRegistrationsByLsoa } from "./gp-registrations-by-lsoa.ts";
import type { Importer } from "./importer.ts";
import { iod2019Deciles } from "./iod-2019-deciles.ts";
import { iod2019LsoaScores } from "./iod-2019-lsoa-scores.ts";
import { lsoa20112021Lookup } from "./lsoa-2011-2021-lookup.ts";
import { lsoaBoundaries } from "./lsoa-boundaries.ts";
import { openReferral } from "./open-referral.ts";
import { osmGeojson } from "./osm-geojson.ts";
import { postcodeLookup } from "./postcode-lookup.ts";
import { practiceNetworkMap } from "./practice-network-map.ts";
import { publisherAssetCsvs } from "./publisher-asset-csvs.ts";

/**
 * Every layout the pipeline can read. Discovery tries each against every file's header; to add a source,
 * write `importers/<source>.ts` exporting an Importer and list it here.
 */
export const importers: readonly Importer[] = [
  gpRegistrationsByLsoa,
  gpRegistrationsByAge,
  iod2019LsoaScores,
  iod2019Deciles,
  census2021Nomis,
  census2021Tidy,
  lsoa20112021Lookup,
  // Before the CSV practice map, so that a build given both names the workbook in its error.
  epcnWorkbook,
  practiceNetworkMap,
  fingertipsExport,
  // Geography and community assets. JSON layouts are recognised by content, boundaries first; the
  // publishers' asset CSVs come before the template so that a tie in matched columns goes to them.
  lsoaBoundaries,
  osmGeojson,
  openReferral,
  postcodeLookup,
  gpPracticeList,
  ...publisherAssetCsvs,
  communityAssetsCsv,
];
