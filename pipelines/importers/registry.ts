import { gpRegistrationsByLsoa } from "./gp-registrations-by-lsoa.ts";
import type { Importer } from "./importer.ts";
import { iod2019LsoaScores } from "./iod-2019-lsoa-scores.ts";
import { practiceNetworkMap } from "./practice-network-map.ts";

/**
 * Every layout the pipeline can read. Discovery tries each against every file's header; to add a source,
 * write `importers/<source>.ts` exporting an Importer and list it here.
 */
export const importers: readonly Importer[] = [gpRegistrationsByLsoa, iod2019LsoaScores, practiceNetworkMap];
